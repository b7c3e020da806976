using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using SharesGen.Generator.Model;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Each operation's security alternatives reach the model and the generated code, as the spec declares them: the
/// operation's own <c>security</c>, else the document's; anonymous (<c>{}</c>), API keys in headers, bearer tokens, and
/// schemes no credentials can present (HTTP basic, a key in the query) each as what they are.
/// </summary>
public class OperationSecurityTests
{
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Widgets
          version: 1.0.0
        security:
          - api_email: []
            api_key: []
          - api_token: []
        paths:
          /widgets:
            get:
              operationId: widgets-list
              responses:
                '204':
                  description: Listed.
            post:
              operationId: widget-create
              security:
                - api_email: []
                  api_key: []
              responses:
                '204':
                  description: Created.
          /widgets/{widget_id}:
            parameters:
              - name: widget_id
                in: path
                required: true
                schema:
                  type: string
            get:
              operationId: widget-get
              security:
                - {}
                - api_token: []
              responses:
                '204':
                  description: Read.
            delete:
              operationId: widget-delete
              security:
                - basic: []
                - query_key: []
                  api_token: []
              responses:
                '204':
                  description: Deleted.
        components:
          securitySchemes:
            api_email:
              type: apiKey
              in: header
              name: X-Auth-Email
            api_key:
              type: apiKey
              in: header
              name: X-Auth-Key
            api_token:
              type: http
              scheme: bearer
            basic:
              type: http
              scheme: basic
            query_key:
              type: apiKey
              in: query
              name: key
        """;

    [Test]
    public void Each_operation_carries_its_own_alternatives_or_the_documents()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec));

        GeneratorAssertions.ReportedNothing(run);
        string Describe(string operationId) => string.Join(" | ", run.Model.Operations.Single(o => o.OperationId == operationId).Security
            .Select(r => r.Schemes.IsEmpty ? "anonymous" : string.Join(" + ", r.Schemes.Select(s => $"{s.Kind}:{s.Name}"))));
        Assert.Multiple(() =>
        {
            Assert.That(Describe("widgets-list"), Is.EqualTo("ApiKeyHeader:X-Auth-Email + ApiKeyHeader:X-Auth-Key | Bearer:Authorization"), "the document's");
            Assert.That(Describe("widget-create"), Is.EqualTo("ApiKeyHeader:X-Auth-Email + ApiKeyHeader:X-Auth-Key"), "its own");
            Assert.That(Describe("widget-get"), Is.EqualTo("anonymous | Bearer:Authorization"));
            Assert.That(Describe("widget-delete"), Is.EqualTo("Other:HTTP basic authentication | Bearer:Authorization + Other:an API key in the query 'key'"));
        });
    }

    [Test]
    public void The_generated_client_declares_them_once_per_distinct_set_and_compiles()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec));

        var declared = run.Sources
            .SelectMany(s => s.SourceText.ToString().Split('\n'))
            .Select(line => Regex.Match(line.Replace("global::SharesGen.Runtime.", string.Empty), @"ApiSecurity (s_security\d*) = (.*);$"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value + " = " + m.Groups[2].Value);

        Assert.That(declared, Is.EquivalentTo(new[]
        {
            "s_security = ApiSecurity.ApiKeyHeaders(\"X-Auth-Email\", \"X-Auth-Key\").Or(ApiSecurity.BearerToken)",
            "s_security2 = ApiSecurity.ApiKeyHeaders(\"X-Auth-Email\", \"X-Auth-Key\")",
            "s_security3 = ApiSecurity.Anonymous.Or(ApiSecurity.BearerToken)",
            "s_security4 = ApiSecurity.Requires(ApiSecurityScheme.Other(\"HTTP basic authentication\")).Or(ApiSecurity.Requires(ApiSecurityScheme.Bearer, ApiSecurityScheme.Other(\"an API key in the query 'key'\")))",
        }));
        GeneratorAssertions.CompilesCleanly(run);
    }

    /// <summary>The kit's server enforces the same reading, by the headers each alternative needs.</summary>
    [Test]
    public void The_contract_lists_the_headers_of_each_alternative_it_can_check()
    {
        var contract = ContractOf(GeneratorHarness.Run(SpecFile.Inline(Spec)));

        string Headers(string operationId) => string.Join(" | ", contract.Operations.Single(o => o.OperationId == operationId).Security.Select(a => string.Join(" + ", a.Headers)));
        Assert.Multiple(() =>
        {
            Assert.That(Headers("widgets-list"), Is.EqualTo("X-Auth-Email + X-Auth-Key | Authorization"));
            Assert.That(Headers("widget-create"), Is.EqualTo("X-Auth-Email + X-Auth-Key"));
            Assert.That(Headers("widget-get"), Is.Empty, "anonymous calls are allowed: nothing to require");
            Assert.That(Headers("widget-delete"), Is.EqualTo("Authorization"), "HTTP basic, and a bearer token beside a query key the server cannot check by a header");
        });
    }

    private static ContractModel ContractOf(GeneratorRun run)
        => run.Model.Contract ?? throw new AssertionException("the harness emits the contract");
}

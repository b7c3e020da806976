using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// A spec update that adds an optional query parameter in the middle of an operation's list cannot change what an
/// existing call site sends: optional parameters are named members of the operation's options object, never
/// positional arguments a new parameter could take the place of.
/// </summary>
public class OptionsStabilityTests
{
    private const string OrderParameter = "        - $ref: '#/components/parameters/resource-sharing_order'\n";

    // A boolean right before include_resources: with positional optional parameters, an old call site's `true` for
    // include_resources would now bind to include_archived, and compile.
    private const string InsertedParameters = """
                - name: include_archived
                  in: query
                  schema:
                    type: boolean
                - name: since
                  in: query
                  schema:
                    type: string

        """;

    /// <summary>Written against the spec before the update, compiled unchanged against both.</summary>
    private const string CallSites = """
        using System;
        using System.Threading.Tasks;
        using Contoso.Cloudflare;
        using SharesGen.Runtime;

        namespace Consumer.App;

        /// <summary>Call sites of the list operation, as a consumer wrote them.</summary>
        public static class CallSites
        {
            /// <summary>Lists shares twice, with and without options.</summary>
            public static async Task RunAsync(Uri baseAddress)
            {
                var client = new SharesClient(new ApiClientOptions
                {
                    BaseAddress = baseAddress,
                    AllowInsecureHttp = true,
                    Credentials = ApiCredentials.GlobalApiKey("user@example.com", "key-1"),
                    Retry = { MaxRetries = 0 },
                });
                var options = new SharesListOptions
                {
                    Status = ShareStatus.Active,
                    Order = ShareOrder.Name,
                    Direction = ShareDirection.Desc,
                    PerPage = 2,
                    IncludeResources = true,
                    IncludeRecipientCounts = false,
                    Tag = ["env=prod"],
                };
                await foreach (var share in client.Shares.ListAsync("a1", options))
                {
                }

                await foreach (var page in client.Shares.ListAsync("a1").AsPages())
                {
                }
            }
        }
        """;

    [Test]
    public async Task An_optional_query_parameter_inserted_mid_list_leaves_every_byte_an_existing_call_site_sends_unchanged()
    {
        var before = SpecFile.Shares();
        var after = before with { Text = InsertOnce(before.Text, OrderParameter, InsertedParameters) };

        var sentBefore = await SendAsync(before, expectInserted: false);
        var sentAfter = await SendAsync(after, expectInserted: true);

        Assert.That(sentAfter, Is.EqualTo(sentBefore));
        Assert.That(sentBefore, Has.Count.EqualTo(2));
        Assert.That(sentBefore[0], Does.StartWith(
            "GET /client/v4/accounts/a1/shares?status=active&order=name&direction=desc&per_page=2&include_resources=true&include_recipient_counts=false&tag=env%3Dprod HTTP/1.1\r\n"));
        Assert.That(sentBefore[1], Does.StartWith("GET /client/v4/accounts/a1/shares HTTP/1.1\r\n"));
    }

    private static async Task<IReadOnlyList<string>> SendAsync(SpecFile spec, bool expectInserted)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(CallSites), spec);
        Assert.That(run.CompilationDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error), Is.Empty);
        var options = run.Sources.Single(s => s.HintName.EndsWith(".SharesOperations.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.That(options.Contains("public bool? IncludeArchived { get; set; }", StringComparison.Ordinal), Is.EqualTo(expectInserted), "the update reached the options class");

        using var assembly = GeneratedAssembly.Load(run);
        await using var server = new CapturingSocketServer("""{"success":true,"errors":[],"messages":[],"result":[],"result_info":{"page":1,"per_page":2,"count":0,"total_count":0}}""");
        var call = assembly.Type("Consumer.App.CallSites").GetMethod("RunAsync")!;
        await (Task)call.Invoke(null, new object[] { server.BaseAddress })!;
        return server.Requests;
    }

    private static string InsertOnce(string text, string after, string inserted)
    {
        var at = text.IndexOf(after, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0), "the spec's shares-list still lists the order parameter");
        return text.Insert(at + after.Length, inserted);
    }
}

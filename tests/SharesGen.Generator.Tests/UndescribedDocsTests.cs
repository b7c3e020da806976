using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Where the spec describes nothing, every public member is still documented (a consumer builds with
/// GenerateDocumentationFile and warnings as errors), and by what the generator knows, not by a sentence that restates
/// the name ("The <c>id</c> member."): the wire facts, the schema it came from, the path it fills, the values it takes.
/// </summary>
public class UndescribedDocsTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: T, version: '1' }
        paths:
          /zones/{zone_id}/rules:
            parameters:
              - { name: zone_id, in: path, required: true, schema: { type: string } }
            post:
              operationId: rules-create
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/rule' }
              responses:
                '200':
                  description: OK.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/rule' }
          /zones/{zone_id}/rules/{rule_id}:
            parameters:
              - { name: zone_id, in: path, required: true, schema: { type: string } }
              - { name: rule_id, in: path, required: true, schema: { type: string } }
            put:
              operationId: rules-update
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { type: array, items: { $ref: '#/components/schemas/rule' } }
              responses:
                '204': { description: Done. }
        components:
          schemas:
            rule:
              type: object
              required: [id]
              properties:
                id: { type: string }
                mode: { type: string, enum: [on, off] }
                limits:
                  type: object
                  properties:
                    burst: { type: integer }
        """;

    private static GeneratorRun s_run = null!;
    private static string s_sources = null!;

    [OneTimeSetUp]
    public static void Generate()
    {
        s_run = GeneratorHarness.Run(SpecFile.Inline(Spec));
        s_sources = string.Join("\n", s_run.Sources.Select(s => s.SourceText.ToString()));
    }

    [Test]
    public void Every_public_member_is_documented_in_a_strict_build() => GeneratorAssertions.CompilesCleanly(s_run);

    [TestCase("/// <summary>Schema <c>rule</c> of the spec.</summary>", TestName = "A component names its schema")]
    [TestCase("/// <summary>The schema at <c>#/components/schemas/rule/properties/limits</c> in the spec.</summary>", TestName = "An inline object names its pointer")]
    [TestCase("/// <summary>Wire name: <c>id</c>. Required.</summary>", TestName = "A member's summary is its wire facts")]
    [TestCase("/// <summary><c>on</c> or <c>off</c>, or a value a newer version of the API adds.</summary>", TestName = "An enum lists its values")]
    [TestCase("/// <param name=\"ruleId\">The <c>{rule_id}</c> segment of <c>/zones/{zone_id}/rules/{rule_id}</c>.</param>", TestName = "A path parameter names its segment")]
    [TestCase("/// <param name=\"body\">The <see cref=\"Rule\"/> to send, as JSON.</param>", TestName = "A body links its type")]
    [TestCase("/// <param name=\"body\">The <see cref=\"Rule\"/> items to send, as a JSON array.</param>", TestName = "An array body links its item type")]
    [TestCase("/// <summary>Operations under <c>/zones/{zone_id}/rules</c>.</summary>", TestName = "A sub-client names the path it covers")]
    public void An_undescribed_element_says_what_the_generator_knows(string line)
        => Assert.That(s_sources, Does.Contain(line));

    [TestCase("</c> member.")]
    [TestCase("object of the API.")]
    [TestCase("path parameter.")]
    [TestCase("The request body.")]
    [TestCase("</c> operations.")]
    [TestCase("The values of <c>")]
    [TestCase("<remarks>Wire name:")]
    public void No_summary_restates_a_name(string filler) => Assert.That(s_sources, Does.Not.Contain(filler));
}

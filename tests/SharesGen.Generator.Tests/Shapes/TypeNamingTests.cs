using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// Names by meaning, not by counter, as Cloudflare's bundled file needs: its bundler suffixes components of one name
/// with a hash (<c>rule-Ab12Cd34</c>), so many components want the same C# name. Identical ones are one type; a
/// different one is named by the path segment that tells its use apart; no number, no SHARESGEN007.
/// </summary>
public class TypeNamingTests
{
    private const string Rules = """
            rule-Ab12Cd34:
              type: object
              properties:
                expression: { type: string }
                match:
                  type: object
                  properties:
                    hosts: { type: array, items: { type: string } }
            rule-Qq11Ww22:
              type: object
              properties:
                expression: { type: string }
                match:
                  type: object
                  properties:
                    hosts: { type: array, items: { type: string } }
            rule-Zz98Yy76:
              type: object
              properties:
                expression: { type: string }
                enabled: { type: boolean }
    """;

    private static string Spec(string extraPaths = "") => $$"""
        openapi: 3.0.3
        info: { title: Names, version: '1' }
        paths:
        {{extraPaths}}
          /accounts/{account_id}/access/rules:
            get:
              operationId: access-rules-get
              tags: [Access rules]
              parameters: [{ name: account_id, in: path, required: true, schema: { type: string } }]
              responses:
                '200': { description: OK., content: { application/json: { schema: { $ref: '#/components/schemas/rule-Ab12Cd34' } } } }
          /accounts/{account_id}/gateway/rules:
            get:
              operationId: gateway-rules-get
              tags: [Gateway rules]
              parameters: [{ name: account_id, in: path, required: true, schema: { type: string } }]
              responses:
                '200': { description: OK., content: { application/json: { schema: { $ref: '#/components/schemas/rule-Qq11Ww22' } } } }
          /accounts/{account_id}/alerting/rules:
            get:
              operationId: alerting-rules-get
              tags: [Alerting rules]
              parameters: [{ name: account_id, in: path, required: true, schema: { type: string } }]
              responses:
                '200': { description: OK., content: { application/json: { schema: { $ref: '#/components/schemas/rule-Zz98Yy76' } } } }
        components:
          schemas:
        {{Rules}}
                policy-Pp00Oo99: { type: object, properties: { name: { type: string } } }
                policy-Mm55Nn44: { type: object, properties: { title: { type: string } } }
        """;

    /// <summary>Another product with its own colliding pair, used before the rules: unrelated to them.</summary>
    private const string UnrelatedPaths = """
      /accounts/{account_id}/dns/policies:
        get:
          operationId: dns-policies-get
          parameters: [{ name: account_id, in: path, required: true, schema: { type: string } }]
          responses:
            '200': { description: OK., content: { application/json: { schema: { $ref: '#/components/schemas/policy-Pp00Oo99' } } } }
      /accounts/{account_id}/waf/policies:
        get:
          operationId: waf-policies-get
          parameters: [{ name: account_id, in: path, required: true, schema: { type: string } }]
          responses:
            '200': { description: OK., content: { application/json: { schema: { $ref: '#/components/schemas/policy-Mm55Nn44' } } } }
    """;

    [Test]
    public void Identical_schemas_are_one_type_and_a_different_one_is_named_by_where_it_is_used()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec()));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(run);
            Assert.That(run.Model.Objects.Select(o => o.Name), Is.EquivalentTo(new[] { "Rule", "RuleMatch", "AlertingRule" }), "the gateway's rule is the access rule's type");
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [Test]
    public void Names_do_not_move_when_an_unrelated_product_with_collisions_of_its_own_comes_first()
    {
        var alone = GeneratorHarness.Run(SpecFile.Inline(Spec()));
        var withOthers = GeneratorHarness.Run(SpecFile.Inline(Spec(UnrelatedPaths)));

        Assert.Multiple(() =>
        {
            Assert.That(withOthers.Model.Objects.Select(o => o.Name), Is.SupersetOf(alone.Model.Objects.Select(o => o.Name)));
            Assert.That(withOthers.Model.Objects.Select(o => o.Name), Does.Contain("Policy").And.Contain("WafPolicy"));
            Assert.That(withOthers.Reported(DiagnosticDescriptors.NameCollision), Is.Empty);
            foreach (var name in alone.Model.Objects.Select(o => o.Name))
            {
                var file = "Tests.Generated." + name + ".g.cs";
                Assert.That(withOthers.Source(file), Is.EqualTo(alone.Source(file)), file);
            }
        });
    }
}

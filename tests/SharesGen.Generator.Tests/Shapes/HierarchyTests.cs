using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// <c>oneOf</c> with a <c>discriminator</c>: an abstract base, a sealed DTO per variant, and a variant for discriminator
/// values the spec does not name that keeps the object as sent. Matching is by C# type, as with System.Text.Json's
/// polymorphism, but the converter is generated and reflection-free, and an unknown value is data, not an exception.
/// </summary>
public class HierarchyTests
{
    private static readonly string Spec = ShapeSpecs.Returning("ruleset", ShapeSpecs.Hierarchy);

    private const string Probe = """
        using System.Linq;
        using System.Text.Json;
        using Tests.Generated;

        namespace Consumer.App;

        /// <summary>Reads a ruleset and says what each rule is.</summary>
        public static class Probe
        {
            /// <summary>What the rules are, and the ruleset written back.</summary>
            public static string Run(string json)
            {
                var ruleset = JsonSerializer.Deserialize<Ruleset>(json, TestClientJson.Options)!;
                var seen = string.Join(",", ruleset.Rules!.Select(rule => rule switch
                {
                    BlockRule block => block.Action + ":" + block.Reason,
                    RedirectRule redirect => redirect.Action + ":" + redirect.Target,
                    UnknownRule unknown => "unknown:" + (unknown.Action ?? "none"),
                    _ => "?",
                }));
                // A variant made in code says which it is without being told (redirect's action is optional).
                var made = JsonSerializer.Serialize<Rule>(new RedirectRule { Target = "https://example.com" }, TestClientJson.Options);
                return seen + "|" + made + "\n" + JsonSerializer.Serialize(ruleset, TestClientJson.Options);
            }
        }
        """;

    [Test]
    public void A_discriminated_oneOf_generates_a_base_its_variants_and_an_unknown_variant()
    {
        var run = ShapeProbe.Generate(Spec, Probe);

        GeneratorAssertions.ReportedNothing(run);
        Snapshot.VerifyGenerated(run, ShapeProbe.Namespace, "Rule", "BlockRule", "RedirectRule");
    }

    [Test]
    public void Each_variant_reads_as_its_type_wherever_the_discriminator_is_and_an_unknown_one_is_kept_as_sent()
    {
        const string Json = """
            {
              "rules": [
                { "reason": "bots", "action": "block", "added_later": { "x": [1, 2] } },
                { "action": "redirect", "target": "https://a.example" },
                { "action": "forward", "reason": "moved" },
                { "action": "log", "level": 3, "sample": 0.25 },
                { "no_action": true },
                { "action": 7 }
              ],
              "default": { "action": "block" },
              "kept": "too"
            }
            """;
        var run = ShapeProbe.Generate(Spec, Probe);

        var (seen, written) = ShapeProbe.Run(run, Json);

        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.EqualTo("""block:bots,redirect:https://a.example,forward:moved,unknown:log,unknown:none,unknown:none|{"action":"redirect","target":"https://example.com"}"""));
            ShapeProbe.AssertSameJson(written, Json);
        });
    }
}

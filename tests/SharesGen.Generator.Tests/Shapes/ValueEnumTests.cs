using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// Enums over integers, numbers and booleans are extensible structs like the string ones: a value this spec does not
/// name reads, says <c>IsKnown == false</c>, and is written back as it came. <c>null</c> among a nullable enum's values
/// makes the member nullable rather than a value.
/// </summary>
public class ValueEnumTests
{
    private static readonly string Spec = ShapeSpecs.Returning("redirect", ShapeSpecs.Enums);

    private const string Probe = """
        using System.Linq;
        using System.Text.Json;
        using Tests.Generated;

        namespace Consumer.App;

        /// <summary>Reads redirects and says which enum values they hold.</summary>
        public static class Probe
        {
            /// <summary>What each redirect holds, and the redirects written back.</summary>
            public static string Run(string json)
            {
                using var document = JsonDocument.Parse(json);
                var redirects = document.RootElement.EnumerateArray().Select(e => e.Deserialize<Redirect>(TestClientJson.Options)!).ToList();
                var seen = string.Join(";", redirects.Select(r => string.Join(",",
                    Show(r.StatusCode?.Value, r.StatusCode?.IsKnown, r.StatusCode == RedirectStatusCode.Value301),
                    Show(r.Ratio?.Value, r.Ratio?.IsKnown, r.Ratio == RedirectRatio.Value1Point5),
                    Show(r.Enabled?.Value, r.Enabled?.IsKnown, r.Enabled == RedirectEnabled.True),
                    Show(r.Mode?.Value, r.Mode?.IsKnown, r.Mode == RedirectMode.On),
                    Show(r.UntypedLevel?.Value, r.UntypedLevel?.IsKnown, r.UntypedLevel == RedirectUntypedLevel.Value2))));
                return seen + "\n[" + string.Join(",", redirects.Select(r => JsonSerializer.Serialize(r, TestClientJson.Options))) + "]";
            }

            private static string Show(object? value, bool? known, bool named)
                => value is null ? "-" : System.FormattableString.Invariant($"{value}{(known == true ? "" : "?")}{(named ? "!" : "")}");
        }
        """;

    [Test]
    public void Integer_number_and_boolean_enums_generate_extensible_structs()
    {
        var run = ShapeProbe.Generate(Spec, Probe);

        GeneratorAssertions.ReportedNothing(run);
        Snapshot.VerifyGenerated(run, ShapeProbe.Namespace, "RedirectStatusCode", "RedirectRatio", "RedirectEnabled", "RedirectMode", "RedirectUntypedLevel");
    }

    [Test]
    public void Known_values_compare_equal_and_values_the_spec_does_not_name_are_kept()
    {
        const string Json = """
            [
              { "status_code": 301, "ratio": 1.5, "enabled": true, "mode": "on", "untyped_level": 2 },
              { "status_code": 308, "ratio": 2.5, "enabled": false, "mode": "auto", "untyped_level": 9, "later": [1] },
              { "mode": null }
            ]
            """;
        var run = ShapeProbe.Generate(Spec, Probe);

        var (seen, written) = ShapeProbe.Run(run, Json);

        Assert.Multiple(() =>
        {
            Assert.That(seen.Split(';'), Is.EqualTo(new[]
            {
                "301!,1.5!,True!,on!,2!",
                "308?,2.5?,False?,auto?,9?",
                "-,-,-,-,-",
            }));
            ShapeProbe.AssertSameJson(written, Json);
        });
    }
}

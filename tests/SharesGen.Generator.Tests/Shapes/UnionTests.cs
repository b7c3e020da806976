using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// <c>oneOf</c>/<c>anyOf</c> without a discriminator: a class over the raw JSON with an <c>Is…</c>, <c>TryGet…</c> and
/// <c>From…</c> per alternative, as Stainless's SDKs keep a union's JSON beside its typed views. Reading decides nothing,
/// so a value that matches no alternative (a newer server's) is kept and written back byte for byte.
/// </summary>
public class UnionTests
{
    private static readonly string Spec = ShapeSpecs.Returning("target", ShapeSpecs.Unions);

    private const string Probe = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Text.Json;
        using Tests.Generated;

        namespace Consumer.App;

        /// <summary>Reads targets and says which alternatives each matches.</summary>
        public static class Probe
        {
            /// <summary>What each target is, and the targets written back.</summary>
            public static string Run(string json)
            {
                using var document = JsonDocument.Parse(json);
                var targets = document.RootElement.EnumerateArray().Select(e => e.Deserialize<Target>(TestClientJson.Options)!).ToList();
                var seen = string.Join(";", targets.Select(Describe));
                // Made in code from an alternative: the implicit conversion, and From… for a list.
                TargetValue host = "example.com";
                var made = new Target { Value = host, Ttl = TargetTtl.FromNumber(60), Hosts = TargetHosts.FromStringList(new List<string> { "a" }) };
                return seen + "|" + JsonSerializer.Serialize(made, TestClientJson.Options) + "\n"
                    + "[" + string.Join(",", targets.Select(t => JsonSerializer.Serialize(t, TestClientJson.Options))) + "]";
            }

            private static string Describe(Target target)
            {
                var parts = new List<string>();
                if (target.Value is { } value)
                {
                    parts.Add(value.TryGetString(out var text) ? "string " + text
                        : value.TryGetInteger(out var number) ? "integer " + number
                        : value.TryGetLink(out var link) ? "link " + link.Url
                        : "value " + value.Json.ValueKind);
                }

                if (target.Ttl is { } ttl)
                {
                    parts.Add(ttl.TryGetNumber(out var seconds) ? "ttl " + seconds : ttl.IsAuto ? "ttl auto" : "ttl " + ttl);
                }

                if (target.Record is { } record)
                {
                    parts.Add(record.TryGetARecord(out var a) ? "A " + a.Content : record.TryGetTxtRecord(out var txt) ? "TXT " + txt.Content : "record " + record);
                }

                if (target.Hosts is { } hosts)
                {
                    parts.Add(hosts.TryGetStringList(out var list) ? "hosts " + string.Join("+", list) : hosts.TryGetBoolean(out var all) ? "all " + all : "hosts " + hosts);
                }

                return string.Join(",", parts);
            }
        }
        """;

    [Test]
    public void A_oneOf_without_a_discriminator_generates_a_union_with_an_accessor_per_alternative()
    {
        var run = ShapeProbe.Generate(Spec, Probe);

        GeneratorAssertions.ReportedNothing(run);
        Snapshot.VerifyGenerated(run, ShapeProbe.Namespace, "TargetValue", "TargetTtl", "TargetRecord", "TargetHosts");
    }

    [Test]
    public void Each_alternative_reads_through_its_accessor_and_a_value_that_matches_none_is_kept_as_sent()
    {
        const string Json = """
            [
              { "value": "example.com", "ttl": 300, "record": { "type": "A", "content": "192.0.2.1" }, "hosts": ["a", "b"] },
              { "value": 42, "ttl": "auto", "record": { "type": "TXT", "content": "v=spf1", "priority": 1 }, "hosts": true },
              { "value": { "url": "https://example.com", "extra": [1] }, "ttl": "later", "record": { "type": "MX" }, "hosts": { "all": 1 } },
              { "value": [1, "two"], "unknown": { "deep": [null] } },
              { "value": { "no_url": 1 } }
            ]
            """;
        var run = ShapeProbe.Generate(Spec, Probe);

        var (seen, written) = ShapeProbe.Run(run, Json);

        Assert.Multiple(() =>
        {
            Assert.That(seen.Split('|')[0].Split(';'), Is.EqualTo(new[]
            {
                "string example.com,ttl 300,A 192.0.2.1,hosts a+b",
                "integer 42,ttl auto,TXT v=spf1,all True",
                // A value that matches no alternative is kept as it came, spacing and all.
                """link https://example.com,ttl "later",record { "type": "MX" },hosts { "all": 1 }""",
                "value Array",
                "value Object",
            }));
            Assert.That(seen.Split('|')[1], Is.EqualTo("""{"value":"example.com","ttl":60,"hosts":["a"]}"""));
            ShapeProbe.AssertSameJson(written, Json);
        });
    }

    /// <summary>
    /// Cloudflare's list item states its members (ip, asn, …) and beside them a <c>oneOf</c> of those members' own
    /// schemas: which one is set, not what the item is. It is the object, without a warning.
    /// </summary>
    [Test]
    public void A_oneOf_of_the_objects_own_members_beside_its_properties_says_which_is_set_and_is_no_union()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(ShapeSpecs.Returning("item", """
                    item:
                      type: object
                      oneOf:
                        - $ref: '#/components/schemas/item_ip'
                        - $ref: '#/components/schemas/item_asn'
                      properties:
                        ip: { $ref: '#/components/schemas/item_ip' }
                        asn: { $ref: '#/components/schemas/item_asn' }
                        comment: { type: string }
                    item_ip: { type: string }
                    item_asn: { type: integer }
            """)));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(run);
            Assert.That(run.Model.Unions, Is.Empty);
            Assert.That(run.Model.Objects.Single(o => o.Name == "Item").Properties.Select(p => p.Name), Is.EqualTo(new[] { "Ip", "Asn", "Comment" }));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }
}

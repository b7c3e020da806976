using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// <c>allOf</c> wherever Cloudflare writes it (the root, a property, an array's items, nested) merges into one DTO;
/// <c>additionalProperties: {schema}</c> is a dictionary of that type, alone or beside properties.
/// </summary>
public class AllOfAndMapTests
{
    private static readonly string Spec = ShapeSpecs.Returning("zone", ShapeSpecs.AllOfAndMaps);

    private const string Probe = """
        using System.Linq;
        using System.Text.Json;
        using Tests.Generated;

        namespace Consumer.App;

        /// <summary>Reads a zone through its merged members and its maps.</summary>
        public static class Probe
        {
            /// <summary>What the zone holds, and the zone written back.</summary>
            public static string Run(string json)
            {
                var zone = JsonSerializer.Deserialize<Zone>(json, TestClientJson.Options)!;
                var child = zone.Children![0];
                var seen = string.Join(",",
                    zone.Id, zone.Created!.Value.Year, zone.Name, zone.Owner!.Id + "/" + zone.Owner.Email,
                    child.Id + "/" + child.Created!.Value.Month, zone.Labels!["team"], zone.Counts!["errors"] + 1,
                    zone.Nested!["x"].Single().Id, zone.Weights!.Default, zone.Weights.AdditionalProperties!["heavy"] * 2);
                return seen + "\n" + JsonSerializer.Serialize(zone, TestClientJson.Options);
            }
        }
        """;

    [Test]
    public void AllOf_merges_at_every_level_and_maps_are_typed_dictionaries()
    {
        var run = ShapeProbe.Generate(Spec, Probe);

        GeneratorAssertions.ReportedNothing(run);
        Snapshot.VerifyGenerated(run, ShapeProbe.Namespace, "Zone", "ZoneWeights");
    }

    [Test]
    public void Merged_members_and_map_entries_read_typed_and_nothing_else_is_lost()
    {
        const string Json = """
            {
              "id": "z1", "created": "2024-05-01T10:00:00Z", "name": "example.com",
              "owner": { "id": "u1", "email": "a@example.com", "role": "admin" },
              "children": [{ "id": "c1", "created": "2024-06-01T00:00:00Z", "more": true }],
              "labels": { "team": "edge", "env": "prod" },
              "counts": { "errors": 41 },
              "nested": { "x": [{ "id": "b1" }], "y": [] },
              "weights": { "default": 0.5, "heavy": 4, "light": 0.25 },
              "plan": { "name": "free" }
            }
            """;
        var run = ShapeProbe.Generate(Spec, Probe);

        var (seen, written) = ShapeProbe.Run(run, Json);

        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.EqualTo("z1,2024,example.com,u1/a@example.com,c1/6,edge,42,b1,0.5,8"));
            ShapeProbe.AssertSameJson(written, Json);
        });
    }
}

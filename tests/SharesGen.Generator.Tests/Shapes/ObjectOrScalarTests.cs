using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// A schema with <c>properties</c> and no <c>type</c> admits any JSON value. Cloudflare means an object almost every
/// time, and the generator reads it as one; but where the spec's own examples (the schema's, or an ancestor's walked
/// down to it) give something else, as the page-rule <c>actions</c> example gives <c>value: "on"</c>, that place is a
/// union of the object and what the examples show, which keeps the JSON as it came.
/// </summary>
public class ObjectOrScalarTests
{
    /// <summary>Cloudflare's page rule in small: the example is the array's, the typeless schema two levels down, through a oneOf of one.</summary>
    private static readonly string Spec = ShapeSpecs.Returning("page_rule", """
                page_rule:
                  type: object
                  properties:
                    actions:
                      type: array
                      example:
                        - id: browser_check
                          value: "on"
                      items:
                        oneOf:
                          - $ref: '#/components/schemas/route'
                    settings:
                      description: Typeless too, and no example says otherwise, so an object.
                      properties:
                        level: { type: integer }
                route:
                  type: object
                  properties:
                    id: { type: string }
                    value:
                      description: A redirect, or a setting's value.
                      properties:
                        status: { type: string }
                        url: { type: string }
        """);

    private const string Probe = """
        using System.Linq;
        using System.Text.Json;
        using Tests.Generated;

        namespace Consumer.App;

        /// <summary>Reads a page rule, says what each action's value is and writes it back.</summary>
        public static class Probe
        {
            /// <summary>What each value is, one made in code, and the rule written back.</summary>
            public static string Run(string json)
            {
                var rule = JsonSerializer.Deserialize<PageRule>(json, TestClientJson.Options)!;
                var seen = string.Join(";", rule.Actions!.Select(a => a.Value switch
                {
                    null => "none",
                    var v when v.TryGetString(out var text) => "string " + text,
                    var v when v.TryGetRouteValue(out var redirect) => "redirect " + redirect.Status + " " + redirect.Url,
                    var v => "json " + v.Json.ValueKind,
                }));
                RouteValueOrString setting = "off";
                RouteValueOrString redirect = new RouteValue { Url = "https://example.com/" };
                var made = new PageRule { Actions = new[] { new Route { Value = setting }, new Route { Value = redirect } }, Settings = new PageRuleSettings { Level = 1 } };
                return seen + "|" + JsonSerializer.Serialize(made, TestClientJson.Options) + "\n" + JsonSerializer.Serialize(rule, TestClientJson.Options);
            }
        }
        """;

    [Test]
    public void A_typeless_object_whose_ancestors_example_gives_a_string_there_is_a_union_of_the_object_and_a_string()
    {
        var run = ShapeProbe.Generate(Spec, Probe);

        Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(run);
            Assert.That(run.Model.Unions.Select(u => (u.Name, string.Join(",", u.Branches.Select(b => b.Label)))), Is.EqualTo(new[] { ("RouteValueOrString", "RouteValue,String") }));
            // The object keeps its name and shape; the typeless member no example contradicts stays an object.
            Assert.That(run.Model.Objects.Select(o => o.Name), Is.SupersetOf(new[] { "RouteValue", "PageRuleSettings" }));
            Assert.That(run.Model.Objects.Single(o => o.Name == "PageRule").Properties.Single(p => p.JsonName == "settings").Type.Name, Is.EqualTo("PageRuleSettings"));
        });
    }

    [Test]
    public void The_string_the_example_gives_and_the_object_both_round_trip_and_anything_else_is_kept_as_sent()
    {
        const string Json = """
            {
              "actions": [
                { "id": "browser_check", "value": "on" },
                { "id": "forwarding_url", "value": { "status": "301", "url": "https://example.com/a", "extra": [1] } },
                { "id": "security_level", "value": 5 },
                { "id": "nothing" }
              ],
              "settings": { "level": 2 }
            }
            """;
        var run = ShapeProbe.Generate(Spec, Probe);

        var (seen, written) = ShapeProbe.Run(run, Json);

        Assert.Multiple(() =>
        {
            Assert.That(seen.Split('|')[0].Split(';'), Is.EqualTo(new[] { "string on", "redirect 301 https://example.com/a", "json Number", "none" }));
            Assert.That(seen.Split('|')[1], Is.EqualTo("""{"actions":[{"value":"off"},{"value":{"url":"https://example.com/"}}],"settings":{"level":1}}"""));
            ShapeProbe.AssertSameJson(written, Json);
        });
    }

    /// <summary>
    /// The other ways an example reaches a typeless schema: its own, a member of an <c>allOf</c> branch's example,
    /// a map's value; and those that do not: an object example, and a <c>oneOf</c> of two (which alternative it is
    /// is not the example's to say).
    /// </summary>
    [Test]
    public void Every_example_that_reaches_a_typeless_object_counts_and_only_those()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(ShapeSpecs.Returning("limits", """
                    limits:
                      type: object
                      properties:
                        rate:
                          description: Its own examples, an integer and (in an allOf branch) a number.
                          example: 5
                          allOf:
                            - example: 2.5
                              properties:
                                per: { type: string }
                        burst:
                          properties:
                            size: { type: integer }
                        tags:
                          type: object
                          additionalProperties:
                            properties:
                              label: { type: string }
                        either:
                          oneOf:
                            - properties: { a: { type: string } }
                            - properties: { b: { type: string } }
                        shown:
                          example: { size: 1 }
                          properties:
                            size: { type: integer }
                      example:
                        burst: true
                        tags: { red: [1] }
                        either: "x"
            """)));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(run);
            // An integer is a number: one alternative for both.
            Assert.That(run.Model.Unions.Select(u => (u.Name, string.Join(",", u.Branches.Select(b => b.Label)))), Is.EquivalentTo(new[]
            {
                ("LimitsRateOrNumber", "LimitsRate,Number"),
                ("LimitsBurstOrBoolean", "LimitsBurst,Boolean"),
                ("LimitsTagOrJsonList", "LimitsTag,JsonList"),
                // The oneOf's own union, its alternatives left objects: the example is not walked into either.
                ("LimitsEither", "Option1,Option2"),
            }));
            var members = run.Model.Objects.Single(o => o.Name == "Limits").Properties.ToDictionary(p => p.JsonName, p => p.Type.Name);
            Assert.That(members["shown"], Is.EqualTo("LimitsShown"));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    /// <summary>An object named like the kind beside it would declare <c>IsString</c> twice: its accessors yield, with a warning.</summary>
    [Test]
    public void An_object_named_like_a_kind_beside_it_takes_another_label()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(ShapeSpecs.Returning("holder", """
                    holder:
                      type: object
                      example: { value: "on" }
                      properties:
                        value: { $ref: '#/components/schemas/string' }
                    string:
                      properties:
                        text: { type: string }
            """)));

        Assert.Multiple(() =>
        {
            Assert.That(run.Model.Unions.Select(u => (u.Name, string.Join(",", u.Branches.Select(b => b.Label)))), Is.EqualTo(new[] { ("StringOrString", "String2,String") }));
            Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), Is.EqualTo(new[] { "SHARESGEN007" }));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }
}

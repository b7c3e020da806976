using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests.Corpus;

/// <summary>
/// The corpus the validator is measured on, from one seed: the hand-picked <see cref="EdgeCases"/>, every spec example as it is and broken three ways, then
/// for every schema target a number of valid payloads, one with an enum value the spec does not name (where the
/// target has an enum), and a number of broken ones, cycling through the mutations so each kind is well represented.
/// </summary>
internal static class PayloadCorpus
{
    public static IReadOnlyList<CorpusCase> Build(ApiContract contract, int seed, int validPerTarget, int brokenPerTarget, int brokenPerExample)
    {
        var random = new Random(seed);
        var factory = new PayloadFactory(contract, random);
        var mutator = new Mutator(factory, random);
        var cases = new List<CorpusCase>();
        var made = Mutator.All.ToDictionary(m => m, _ => 0);
        cases.AddRange(EdgeCases.All());

        foreach (var example in contract.Examples.Where(e => e.Schema is not null))
        {
            var target = example.Name;
            cases.Add(new CorpusCase(target + "#0", target, example.Schema!, example.Json, CaseKind.SpecExample, Mutation.None, null));
            for (var i = 1; i <= brokenPerExample; i++)
            {
                if (Break(contract, mutator, random, JsonNode.Parse(example.Json), example.Schema!, made) is { } broken)
                {
                    cases.Add(new CorpusCase($"{target}#{i}", target, example.Schema!, broken.Json, CaseKind.Broken, broken.Mutation, broken.Pointer));
                }
            }
        }

        foreach (var target in SchemaTarget.All(contract))
        {
            var n = 0;
            var valid = new List<JsonNode?>();
            for (var i = 0; i < validPerTarget; i++)
            {
                var payload = factory.Valid(target.Schema);
                valid.Add(payload);
                cases.Add(new CorpusCase(Id(target, n++), target.Name, target.Schema, Text(payload), CaseKind.Valid, Mutation.None, null));
            }

            if (UnknownEnum(contract, random, Mutator.Copy(valid[0]), target.Schema) is { } unknown)
            {
                cases.Add(new CorpusCase(Id(target, n++), target.Name, target.Schema, unknown.Json, CaseKind.UnknownEnumValue, Mutation.None, unknown.Pointer));
            }

            for (var i = 0; i < (target.IsParameter ? 2 * brokenPerTarget : brokenPerTarget); i++)
            {
                var basis = Mutator.Copy(valid[i % valid.Count]);
                if (Break(contract, mutator, random, basis, target.Schema, made) is { } broken)
                {
                    cases.Add(new CorpusCase(Id(target, n++), target.Name, target.Schema, broken.Json, CaseKind.Broken, broken.Mutation, broken.Pointer));
                }
            }
        }

        return cases;
    }

    /// <summary>
    /// One mutation: of those that apply somewhere in this payload, the one made least so far, so that kinds only a
    /// few schemas allow (<c>maximum</c>, <c>maxItems</c> are only on query parameters) are as well represented as the rest.
    /// </summary>
    private static (string Json, Mutation Mutation, string Pointer)? Break(ApiContract contract, Mutator mutator, Random random, JsonNode? payload, SchemaNode schema, Dictionary<Mutation, int> made)
    {
        var sites = SchemaSites.Of(contract, payload, schema);
        var options = Mutator.All
            .Select(m => (Mutation: m, Sites: sites.Where(site => mutator.Applies(m, site)).ToArray()))
            .Where(o => o.Sites.Length > 0)
            .OrderBy(o => made[o.Mutation])
            .ThenBy(o => o.Mutation)
            .ToArray();
        if (options.Length == 0)
        {
            return null;
        }

        var (mutation, applicable) = options[0];
        made[mutation]++;
        var site = applicable[random.Next(applicable.Length)];
        var (root, pointer) = mutator.Apply(payload, site, mutation);
        return (Text(root), mutation, pointer);
    }

    /// <summary>A string enum member set to a value the spec does not name; null when the payload has no such member.</summary>
    private static (string Json, string Pointer)? UnknownEnum(ApiContract contract, Random random, JsonNode? payload, SchemaNode schema)
    {
        var sites = SchemaSites.Of(contract, payload, schema)
            .Where(s => s.Resolved.Enum.Count > 0 && s.Value is JsonValue)
            .ToArray();
        if (sites.Length == 0)
        {
            return null;
        }

        var site = sites[random.Next(sites.Length)];
        var value = JsonValue.Create("future-value-" + random.Next(100).ToString(CultureInfo.InvariantCulture));
        if (site.Pointer.Length == 0)
        {
            return (value.ToJsonString(), string.Empty);
        }

        switch (site.Value!.Parent)
        {
            case JsonObject obj:
                obj[site.Value.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[site.Value.GetElementIndex()] = value;
                break;
        }

        return (Text(payload), site.Pointer);
    }

    private static string Id(SchemaTarget target, int n) => target.Name + "#" + n.ToString(CultureInfo.InvariantCulture);

    private static string Text(JsonNode? node) => node is null ? "null" : node.ToJsonString(JsonOptions.Plain);
}

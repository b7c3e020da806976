using System;
using System.Linq;
using System.Text.Json.Nodes;
using SharesGen.Testing.Contracts;

namespace SharesGen.Testing.Synthesis;

/// <summary>
/// Shows a stored item through the schema an operation answers with: the members the schema declares and the item
/// holds (when they conform), members nested collections supply, and made-up values for required members the item
/// lacks. Made-up values are kept in the item, so an id or a creation time stays the same on every read.
/// </summary>
internal sealed class Projection(ApiContract contract, ValueSynthesizer synthesizer)
{
    /// <summary>A supplier of a member's value from outside the item (a nested collection's items), or null.</summary>
    public delegate JsonNode? Supplier(string name, SchemaNode member);

    public JsonNode? Show(JsonObject stored, SchemaNode schema, Random random, Supplier? supply = null)
    {
        var resolved = contract.Resolve(schema);
        if (resolved.Type is not (null or "object"))
        {
            // A scalar or array answer for an item (rare): the made-up value.
            return synthesizer.Make(schema, random);
        }

        if (resolved.Properties.Count == 0 && resolved.AnyOf.Count == 0)
        {
            return stored.DeepClone(); // a free-form object shows everything
        }

        var shown = new JsonObject();
        foreach (var (name, member) in resolved.Properties)
        {
            var required = resolved.Required.Contains(name, StringComparer.Ordinal);
            if (stored.TryGetPropertyValue(name, out var value) && synthesizer.Conforms(value, member))
            {
                shown[name] = value?.DeepClone();
            }
            else if (supply?.Invoke(name, member) is { } supplied)
            {
                shown[name] = supplied;
            }
            else if (required)
            {
                var made = synthesizer.Make(member, random, name);
                if (!stored.ContainsKey(name))
                {
                    stored[name] = made?.DeepClone();
                }

                shown[name] = made;
            }
        }

        foreach (var name in resolved.Required.Where(r => !shown.ContainsKey(r)))
        {
            shown[name] = stored.TryGetPropertyValue(name, out var value) ? value?.DeepClone() : null;
        }

        var before = shown.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        synthesizer.SatisfyAlternatives(shown, resolved, random);
        foreach (var (name, value) in shown.Where(p => !before.Contains(p.Key) && !stored.ContainsKey(p.Key)).ToArray())
        {
            stored[name] = value?.DeepClone();
        }

        return shown;
    }
}

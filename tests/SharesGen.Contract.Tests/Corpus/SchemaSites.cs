using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests.Corpus;

/// <summary>A place in a payload where a mutation can be made, with the schema that governs it there.</summary>
/// <param name="Pointer">The JSON pointer of the value.</param>
/// <param name="Node">The schema node as written at this place (a reference may carry <c>nullable</c>).</param>
/// <param name="Resolved">The node with references followed.</param>
/// <param name="Value">The value now at this place.</param>
internal sealed record SchemaSite(string Pointer, SchemaNode Node, SchemaNode Resolved, JsonNode? Value)
{
    /// <summary>Null is allowed here (OpenAPI 3.0: <c>nullable</c> on the node or its target, or <c>null</c> in the enum).</summary>
    public bool AllowsNull => Node.Nullable || Resolved.Nullable || Resolved.EnumAllowsNull;
}

/// <summary>
/// Walks a payload along its schema and lists every value with the schema that governs it. It stops at an
/// <c>anyOf</c>: below one, breaking a value may only make another alternative match, so only the <c>anyOf</c>'s own
/// place is offered.
/// </summary>
internal static class SchemaSites
{
    public static List<SchemaSite> Of(ApiContract contract, JsonNode? payload, SchemaNode schema)
    {
        var sites = new List<SchemaSite>();
        Walk(contract, payload, schema, string.Empty, sites, depth: 0);
        return sites;
    }

    private static void Walk(ApiContract contract, JsonNode? value, SchemaNode node, string pointer, List<SchemaSite> sites, int depth)
    {
        var resolved = contract.Resolve(node);
        sites.Add(new SchemaSite(pointer, node, resolved, value));
        if (resolved.AnyOf.Count > 0 || depth > 32)
        {
            return;
        }

        switch (value)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (resolved.Properties.TryGetValue(name, out var property))
                    {
                        Walk(contract, child, property, pointer + "/" + Escape(name), sites, depth + 1);
                    }
                }

                break;
            case JsonArray array when resolved.Items is { } items:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(contract, array[i], items, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), sites, depth + 1);
                }

                break;
        }
    }

    /// <summary>A member name as a JSON Pointer token (RFC 6901): <c>~</c> as <c>~0</c>, then <c>/</c> as <c>~1</c>.</summary>
    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Whether JSON <c>null</c> is a valid value for a schema, as a validator reads OpenAPI 3.0: a schema that states no
/// <c>type</c> constrains only what its keywords apply to (<c>properties</c> and <c>required</c> only to objects), so
/// <c>null</c> passes it, as it passes one that says <c>nullable: true</c>; an <c>enum</c> without <c>null</c>, a stated
/// type, or any <c>allOf</c> branch that refuses it refuses it. Cloudflare writes many bodies this way
/// (<c>allOf: [{ properties: { result: … } }]</c>), and a mock, or the server, may answer them with a bare <c>null</c>.
/// </summary>
internal static class NullAdmission
{
    public static bool Admits(OpenApiSchema schema) => Admits(schema, new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance));

    /// <summary>Whether every definition of <paramref name="member"/> in <paramref name="schema"/> and its <c>allOf</c> branches admits <c>null</c>.</summary>
    public static bool MemberAdmits(OpenApiSchema schema, string member)
    {
        var definitions = new List<OpenApiSchema>();
        CollectDefinitions(schema, member, new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance), definitions);
        return definitions.Count > 0 && definitions.All(d => Admits(d));
    }

    private static bool Admits(OpenApiSchema? schema, HashSet<OpenApiSchema> visiting)
    {
        // A branch the reader could not resolve (a dangling or hostile $ref, reported where it is) says nothing about null.
        if (schema is null || !visiting.Add(schema))
        {
            return true; // a cycle says nothing more about null
        }

        try
        {
            return (schema.Type is null || schema.Nullable)
                   && (schema.Enum is not { Count: > 0 } || schema.Enum.Any(e => e is null or OpenApiNull))
                   && (schema.AllOf ?? []).All(branch => Admits(branch, visiting))
                   && (schema.AnyOf is not { Count: > 0 } || schema.AnyOf.Any(branch => Admits(branch, visiting)))
                   && (schema.OneOf is not { Count: > 0 } || schema.OneOf.Any(branch => Admits(branch, visiting)));
        }
        finally
        {
            visiting.Remove(schema);
        }
    }

    /// <summary>
    /// The definitions of <paramref name="member"/> in <paramref name="schema"/> and then its <c>allOf</c> branches, each
    /// schema once; a plain recursion into one list rather than nested iterators, since every operation's result asks.
    /// </summary>
    private static void CollectDefinitions(OpenApiSchema? schema, string member, HashSet<OpenApiSchema> seen, List<OpenApiSchema> definitions)
    {
        if (schema is null || !seen.Add(schema))
        {
            return;
        }

        if (schema.Properties is { } properties && properties.TryGetValue(member, out var property) && property is not null)
        {
            definitions.Add(property);
        }

        foreach (var branch in schema.AllOf ?? [])
        {
            CollectDefinitions(branch, member, seen, definitions);
        }
    }
}

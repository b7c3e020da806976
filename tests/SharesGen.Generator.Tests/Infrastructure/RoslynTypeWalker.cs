using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// Walks an object graph (fields, so auto-properties too, and the items of collections) and lists every place a
/// Roslyn type that must never cross a pipeline step sits: symbols, syntax, locations, compilations, semantic
/// models and trees, and OpenAPI.NET's document objects. Such a value would root a whole compilation in the cache
/// and compare by reference, so every edit would look like a change (the Roslyn incremental-generator cookbook;
/// System.Text.Json's generator tests).
/// </summary>
internal static class RoslynTypeWalker
{
    private static readonly Type[] s_forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxToken), typeof(SyntaxTree), typeof(Location),
        typeof(Compilation), typeof(SemanticModel),

        // OpenAPI.NET objects are mutable graphs compared by reference: a model holding one would never be "unchanged".
        typeof(Microsoft.OpenApi.Interfaces.IOpenApiElement),
    };

    /// <summary>Paths such as <c>ApiModel.Objects[2].Name</c> to each forbidden value or field; empty when clean.</summary>
    public static IReadOnlyList<string> FindForbidden(object root, string rootName)
    {
        var found = new List<string>();
        Walk(root, rootName, found, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    public static bool IsForbidden(Type type) => s_forbidden.Any(forbidden => forbidden.IsAssignableFrom(type));

    private static void Walk(object? value, string path, List<string> found, HashSet<object> visited)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (IsForbidden(type))
        {
            found.Add($"{path} is a {type.Name}");
            return;
        }

        if (IsLeaf(type) || IsDefaultImmutableArray(value, type) || (!type.IsValueType && !visited.Add(value)))
        {
            return;
        }

        if (value is IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", found, visited);
            }

            return;
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var name = path + "." + MemberName(field);
                if (IsForbidden(field.FieldType))
                {
                    // Declared as a Roslyn type: wrong even while it happens to hold null.
                    found.Add($"{name} is declared as {field.FieldType.Name}");
                    continue;
                }

                Walk(field.GetValue(value), name, found, visited);
            }
        }
    }

    /// <summary>Values with nothing inside worth walking (and framework types whose insides are not ours).</summary>
    private static bool IsLeaf(Type type)
        => type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || type == typeof(decimal)
           || typeof(Type).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type)
           || type == typeof(DiagnosticDescriptor) || type == typeof(LocalizableString) || type.IsSubclassOf(typeof(LocalizableString));

    /// <summary>A default <c>ImmutableArray&lt;T&gt;</c> throws when enumerated; it holds nothing anyway.</summary>
    private static bool IsDefaultImmutableArray(object value, Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
           && (bool)type.GetProperty(nameof(System.Collections.Immutable.ImmutableArray<int>.IsDefault))!.GetValue(value)!;

    /// <summary><c>&lt;Name&gt;k__BackingField</c> → <c>Name</c>, so paths read like the record's properties.</summary>
    private static string MemberName(FieldInfo field)
        => field.IsDefined(typeof(CompilerGeneratedAttribute)) && field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>')] : field.Name;
}

using System.Collections.Generic;
using System.Linq;

namespace SharesGen.Generator.Reading;

/// <summary>Where an operation sits in the client tree, and its method name without <c>Async</c>.</summary>
internal sealed record OperationName(IReadOnlyList<string> Group, string Method);

/// <summary>
/// Names operations from their paths and verbs, the way a hand-written SDK would, whatever the operationIds:
/// <list type="bullet">
/// <item>The literal path segments make the sub-client path: <c>/accounts/{a}/shares/{s}/recipients</c> →
/// <c>Shares.Recipients</c>. A leading <c>scope/{id}</c> pair (<c>accounts/{account_id}</c>) is dropped for the
/// scope most paths use, and kept as the first group for the others (<c>Organizations.Shares</c>).</item>
/// <item>The verb comes from the method and whether the path ends in a parameter (an item) or not
/// (a collection): GET → <c>List</c>/<c>Get</c>, POST → <c>Create</c>, PUT → <c>Update</c>, PATCH → <c>Edit</c>,
/// DELETE → <c>Delete</c>. A collection PUT beside an item PUT becomes <c>UpdateAll</c>.</item>
/// <item>Two operations that still collide keep a name made from the path and method.</item>
/// <item>An override wins over all of the above: the operation's <c>x-sharesgen-name</c> extension, or the
/// consumer's <c>SharesGenOperationNames="operationId=Group.Sub.Method;…"</c> metadata (which wins over the
/// extension, so an unchanged official spec can still be renamed).</item>
/// </list>
/// </summary>
internal static class OperationNaming
{
    /// <summary>Parses an override such as <c>Shares.Recipients.ReplaceAll</c>; null when it is not one.</summary>
    public static OperationName? ParseOverride(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text!.Trim().Split('.').Select(p => Naming.ToPascalCase(p, string.Empty)).ToList();
        if (parts.Any(p => p.Length == 0 || p[0] == '_'))
        {
            return null;
        }

        var method = parts[parts.Count - 1];
        if (method.EndsWith("Async", System.StringComparison.Ordinal) && method.Length > 5)
        {
            method = method.Substring(0, method.Length - 5);
        }

        return new OperationName(parts.Take(parts.Count - 1).ToList(), method);
    }

    /// <summary>Parses <c>operationId=Group.Method;operationId=…</c>.</summary>
    public static IReadOnlyDictionary<string, string> ParseOverrideList(string? text)
    {
        var overrides = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var entry in (text ?? string.Empty).Split(new[] { ';', ',' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = entry.IndexOf('=');
            if (equals > 0)
            {
                overrides[entry.Substring(0, equals).Trim()] = entry.Substring(equals + 1).Trim();
            }
        }

        return overrides;
    }

    public static IReadOnlyList<OperationName> Assign(IReadOnlyList<(string Path, string Method)> operations)
    {
        var parsed = operations.Select(o => Parse(o.Path)).ToList();
        var defaultScope = parsed
            .Where(p => p.Scope is not null)
            .GroupBy(p => p.Scope!, System.StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

        var names = new List<OperationName>();
        for (var i = 0; i < operations.Count; i++)
        {
            var (scope, segments, isItem) = parsed[i];
            var group = new List<string>();
            if (scope is not null && scope != defaultScope)
            {
                group.Add(Naming.ToPascalCase(scope));
            }

            group.AddRange(segments.Select(s => Naming.ToPascalCase(s)));
            names.Add(new OperationName(group, Verb(operations[i].Method, isItem)));
        }

        // A collection PUT beside an item PUT in the same group: the collection one replaces them all.
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Method == "Update" && !parsed[i].IsItem
                && names.Where((n, j) => j != i && n.Method == "Update" && SameGroup(n, names[i])).Any())
            {
                names[i] = names[i] with { Method = "UpdateAll" };
            }
        }

        // Anything still colliding falls back to a name from the method and the whole path.
        var collisions = names
            .Select((n, i) => (Key: string.Join(".", n.Group) + "." + n.Method, Index: i))
            .GroupBy(x => x.Key, System.StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(x => x.Index));
        foreach (var index in collisions.ToList())
        {
            var (path, method) = operations[index];
            names[index] = names[index] with { Method = Naming.ToPascalCase(method.ToLowerInvariant() + " " + path) };
        }

        return names;
    }

    private static bool SameGroup(OperationName a, OperationName b) => a.Group.SequenceEqual(b.Group, System.StringComparer.Ordinal);

    private static string Verb(string method, bool isItem) => method switch
    {
        "GET" => isItem ? "Get" : "List",
        "POST" => "Create",
        "PUT" => "Update",
        "PATCH" => "Edit",
        "DELETE" => isItem ? "Delete" : "DeleteAll",
        _ => Naming.ToPascalCase(method.ToLowerInvariant()),
    };

    private static (string? Scope, IReadOnlyList<string> Segments, bool IsItem) Parse(string path)
    {
        var parts = path.Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries);
        static bool IsParameter(string segment) => segment.StartsWith("{", System.StringComparison.Ordinal);
        string? scope = null;
        var start = 0;
        if (parts.Length >= 3 && !IsParameter(parts[0]) && IsParameter(parts[1]))
        {
            scope = parts[0];
            start = 2;
        }

        var segments = parts.Skip(start).Where(p => !IsParameter(p)).ToList();
        if (segments.Count == 0 && scope is not null)
        {
            // "/accounts/{account_id}" alone: the scope is the resource.
            segments.Add(scope);
            scope = null;
        }

        return (scope, segments, parts.Length > 0 && IsParameter(parts[parts.Length - 1]));
    }
}

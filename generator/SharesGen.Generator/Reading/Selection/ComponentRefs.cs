using System;
using System.Collections.Generic;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Reading.Selection;

/// <summary>
/// The components a selection keeps: what the selected operations refer to, directly or through other components.
/// Kept as <c>kind/name</c> keys (<c>schemas/resource-sharing_share</c>), names unescaped.
/// </summary>
internal sealed class ComponentRefs
{
    /// <summary>The component kinds of OpenAPI 3.0; anything else under <c>components</c> is kept as it is.</summary>
    public static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks",
    };

    private const string Prefix = "#/components/";

    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);
    private readonly Queue<(string Kind, string Name)> _pending = new();

    public bool HasPending => _pending.Count > 0;

    public bool Contains(string kind, string name) => _reached.Contains(kind + "/" + name);

    /// <summary>Records a <c>$ref</c> (or a discriminator mapping's target); anything not local to <c>#/components</c> is ignored.</summary>
    public void AddReference(string? reference)
    {
        if (reference is null || !reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return;
        }

        var rest = reference.Substring(Prefix.Length);
        var slash = rest.IndexOf('/');
        if (slash <= 0 || slash == rest.Length - 1 || rest.IndexOf('/', slash + 1) >= 0)
        {
            return;
        }

        Add(rest.Substring(0, slash), Unescape(rest.Substring(slash + 1)));
    }

    /// <summary>Records a component by kind and name, to be walked in turn.</summary>
    public void Add(string kind, string name)
    {
        if (Kinds.Contains(kind) && _reached.Add(kind + "/" + name))
        {
            _pending.Enqueue((kind, name));
        }
    }

    /// <summary>The next component recorded but not yet walked.</summary>
    public bool TryTakePending(out (string Kind, string Name) component)
    {
        if (_pending.Count > 0)
        {
            component = _pending.Dequeue();
            return true;
        }

        component = default;
        return false;
    }

    /// <summary>A JSON pointer segment, unescaped (<c>~1</c> is <c>/</c>, <c>~0</c> is <c>~</c>; a URI fragment may also percent-encode).</summary>
    private static string Unescape(string segment)
    {
        var decoded = segment.IndexOf('%') >= 0 ? Uri.UnescapeDataString(segment) : segment;
        return PointerSegment.Unescape(decoded);
    }
}

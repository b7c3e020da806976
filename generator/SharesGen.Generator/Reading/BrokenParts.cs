using System;
using System.Collections.Generic;
using System.Linq;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Reading;

/// <summary>
/// The parts of a spec that an error breaks, so that an error stops only its part: an operation is left out of the
/// client, a component schema is read as raw JSON, and everything else is generated as usual.
/// </summary>
internal sealed class BrokenParts
{
    private static readonly HashSet<string> s_methods = new(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private readonly HashSet<string> _operations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _schemas = new(StringComparer.Ordinal);
    private readonly HashSet<string> _components = new(StringComparer.Ordinal);

    /// <summary>The component kinds whose entries stand for a whole part of an operation.</summary>
    private static readonly Dictionary<string, string> s_operationComponents = new(StringComparer.Ordinal)
    {
        ["parameters"] = "parameter",
        ["requestBodies"] = "request body",
        ["responses"] = "response",
    };

    /// <summary>
    /// Marks the part that holds <paramref name="pointer"/> as broken. Returns what becomes of it, for the error's
    /// message, or null when the pointer is in no part SharesGen generates on its own (<c>#/info</c>, <c>#/tags</c>, …).
    /// </summary>
    public string? Break(string? pointer)
    {
        var segments = Segments(pointer);
        if (segments.Length >= 2 && segments[0] == "paths")
        {
            var pathPointer = "#/paths/" + segments[1];
            var path = PointerSegment.Unescape(segments[1]);
            if (segments.Length >= 3 && s_methods.Contains(segments[2]))
            {
                _operations.Add(pathPointer + "/" + segments[2]);
                return $"the operation {segments[2].ToUpperInvariant()} {path} is left out";
            }

            _paths.Add(pathPointer);
            return $"every operation of {path} is left out";
        }

        if (segments.Length >= 3 && segments[0] == "components" && segments[1] == "schemas")
        {
            _schemas.Add("#/components/schemas/" + segments[2]);
            return $"the schema '{PointerSegment.Unescape(segments[2])}' is read as raw JSON (JsonElement)";
        }

        return null;
    }

    /// <summary>
    /// For a <c>$ref</c> that does not resolve: breaks the operation (or path) when the reference stands for a whole
    /// object it needs (the path item, a parameter, the request body, a response), since the reader leaves nothing
    /// there. Returns what becomes of it, or null for a reference anywhere else.
    /// </summary>
    public string? BreakOperationHolding(string refPointer, string target)
    {
        var segments = Segments(refPointer);
        if (segments.Length == 3 && segments[0] == "components" && s_operationComponents.TryGetValue(segments[1], out var kind))
        {
            // A component parameter, body or response that is itself a dangling reference: every operation using it.
            // The reader hands those operations the component's own reference, to the missing target.
            _components.Add(segments[1] + "/" + segments[2]);
            _components.Add(segments[1] + "/" + PointerSegment.Escape(target));
            return $"every operation that uses the {kind} '{PointerSegment.Unescape(segments[2])}' is left out";
        }

        var isWholeObject = segments.Length switch
        {
            2 => segments[0] == "paths",
            4 => segments[0] == "paths" && (segments[2] == "parameters" || (s_methods.Contains(segments[2]) && segments[3] == "requestBody")),
            5 => segments[0] == "paths" && s_methods.Contains(segments[2]) && segments[3] is "parameters" or "responses",
            _ => false,
        };
        return isWholeObject ? Break(refPointer) : null;
    }

    /// <summary>Whether a reference an operation makes (<c>#/components/responses/ok</c>) is to a component broken that way.</summary>
    /// <remarks>A spec with nothing broken, the usual one, is answered without making the key: every operation asks for each reference.</remarks>
    public bool IsComponentBroken(Microsoft.OpenApi.Models.OpenApiReference? reference)
        => _components.Count > 0 && reference?.Type switch
        {
            Microsoft.OpenApi.Models.ReferenceType.Parameter => _components.Contains("parameters/" + PointerSegment.Escape(reference.Id ?? string.Empty)),
            Microsoft.OpenApi.Models.ReferenceType.RequestBody => _components.Contains("requestBodies/" + PointerSegment.Escape(reference.Id ?? string.Empty)),
            Microsoft.OpenApi.Models.ReferenceType.Response => _components.Contains("responses/" + PointerSegment.Escape(reference.Id ?? string.Empty)),
            _ => false,
        };

    /// <summary>Whether the operation at <paramref name="operationPointer"/> (<c>#/paths/~1a/get</c>) is broken, or its path is.</summary>
    public bool IsOperationBroken(string operationPointer)
        => _operations.Contains(operationPointer) || (_paths.Count > 0 && _paths.Contains(operationPointer.Substring(0, operationPointer.LastIndexOf('/'))));

    /// <summary>Whether the component schema at <paramref name="schemaPointer"/> (<c>#/components/schemas/x</c>) is broken.</summary>
    public bool IsSchemaBroken(string schemaPointer) => _schemas.Contains(schemaPointer);

    /// <summary>The pointer's segments, still escaped (<c>~1</c> for <c>/</c>), so a path key stays one segment.</summary>
    private static string[] Segments(string? pointer)
        => (pointer ?? string.Empty).TrimStart('#').Split('/').Where(s => s.Length > 0).ToArray();
}

using System.Collections.Generic;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Options;

namespace SharesGen.Generator.Reading.Selection;

/// <summary>
/// <c>SharesGenInclude</c>/<c>SharesGenExclude</c> applied to one read of a spec: first to its text, so the reader
/// parses only the selected part (<see cref="SelectedText"/>), then to the document it made (<see cref="SelectedDocument"/>).
/// </summary>
internal sealed class SpecSelection
{
    private readonly OperationSelection _selection;
    private readonly HashSet<Selector> _matched;

    private SpecSelection(OperationSelection selection, string text, HashSet<Selector> matched)
    {
        _selection = selection;
        _matched = matched;
        Text = text;
    }

    /// <summary>The text to hand the reader: the spec cut down to the selection when that is possible, else the spec.</summary>
    public string Text { get; }

    public static SpecSelection Begin(SpecInput input)
    {
        var selection = OperationSelection.Parse(input.Include, input.Exclude);
        var matched = new HashSet<Selector>();
        var text = selection.SelectsAll ? input.Text : SelectedText.Cut(input.Text, selection, matched) ?? input.Text;
        return new SpecSelection(selection, text, matched);
    }

    /// <summary>Removes from <paramref name="document"/> what the selection leaves out, and reports entries that select nothing.</summary>
    public void Apply(OpenApiDocument document, ReadContext context)
    {
        if (_selection.SelectsAll)
        {
            return;
        }

        SelectedDocument.Apply(document, _selection, _matched, context);
        _kept = Kept.Of(document);
    }

    /// <summary>
    /// Whether <paramref name="pointer"/> is in a part the selection keeps: the reader's complaints about the rest of
    /// the spec (read whole when it could not be cut) are not the user's concern.
    /// </summary>
    public bool Keeps(string? pointer) => _kept?.Holds(pointer) ?? true;

    private Kept? _kept;

    /// <summary>The operations and components left after <see cref="Apply"/>, by the escaped segments of their pointers.</summary>
    private sealed class Kept
    {
        private readonly HashSet<string> _parts = new(System.StringComparer.Ordinal);

        public static Kept Of(OpenApiDocument document)
        {
            var kept = new Kept();
            foreach (var path in document.Paths)
            {
                var pathSegment = PointerSegment.Escape(path.Key);
                kept._parts.Add("paths/" + pathSegment);
                foreach (var operation in path.Value.Operations)
                {
                    kept._parts.Add("paths/" + pathSegment + "/" + operation.Key.ToString().ToLowerInvariant());
                }
            }

            if (document.Components is { } components)
            {
                Add(kept, "schemas", components.Schemas?.Keys);
                Add(kept, "responses", components.Responses?.Keys);
                Add(kept, "parameters", components.Parameters?.Keys);
                Add(kept, "examples", components.Examples?.Keys);
                Add(kept, "requestBodies", components.RequestBodies?.Keys);
                Add(kept, "headers", components.Headers?.Keys);
                Add(kept, "securitySchemes", components.SecuritySchemes?.Keys);
                Add(kept, "links", components.Links?.Keys);
                Add(kept, "callbacks", components.Callbacks?.Keys);
            }

            return kept;
        }

        public bool Holds(string? pointer)
        {
            var segments = (pointer ?? string.Empty).TrimStart('#').Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length >= 2 && segments[0] == "paths")
            {
                var operation = segments.Length >= 3 && SpecOutline.Methods.Contains(segments[2]);
                return _parts.Contains(operation ? "paths/" + segments[1] + "/" + segments[2] : "paths/" + segments[1]);
            }

            if (segments.Length >= 3 && segments[0] == "components" && ComponentRefs.Kinds.Contains(segments[1]))
            {
                return _parts.Contains(segments[1] + "/" + segments[2]);
            }

            return true;
        }

        private static void Add(Kept kept, string kind, IEnumerable<string>? names)
        {
            foreach (var name in names ?? System.Linq.Enumerable.Empty<string>())
            {
                kept._parts.Add(kind + "/" + PointerSegment.Escape(name));
            }
        }
    }
}

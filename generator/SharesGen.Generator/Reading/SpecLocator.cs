using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Finds the line and column of a JSON pointer (<c>#/paths/~1shares/post</c>) in the spec text, so that
/// diagnostics point at the spec rather than at nothing. The text is parsed for positions only when the first
/// diagnostic needs one: a clean spec pays nothing.
/// </summary>
internal sealed class SpecLocator
{
    private readonly string _path;
    private readonly string _text;
    private ISpecPlaces? _places;

    public SpecLocator(string path, string text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>The location of a 1-based line, for errors that come with a line only.</summary>
    public LocationInfo AtLine(int oneBasedLine) => AtLine(oneBasedLine, oneBasedColumn: 1);

    /// <summary>The location from a 1-based line and column to the end of that line, for errors that come with a position only.</summary>
    public LocationInfo AtLine(int oneBasedLine, int oneBasedColumn)
    {
        var lines = SourceText.From(_text).Lines;
        var index = Math.Max(0, Math.Min(oneBasedLine - 1, lines.Count - 1));
        var line = lines[index];
        var column = Math.Max(0, Math.Min(oneBasedColumn - 1, line.Span.Length));
        var span = TextSpan.FromBounds(line.Span.Start + column, line.Span.End);
        return new LocationInfo(_path, span, new LinePositionSpan(new LinePosition(index, column), new LinePosition(index, line.Span.Length)));
    }

    /// <summary>The location of the deepest node the pointer reaches; the file start when nothing matches.</summary>
    public LocationInfo At(string? pointer) => Of(Resolve(pointer).Value);

    /// <summary>
    /// The location of the key the pointer ends in (<c>4xx</c> of <c>…/responses/4xx</c>), for diagnostics about the key
    /// itself; the value's, when the pointer ends in a sequence index or reaches no key.
    /// </summary>
    public LocationInfo KeyAt(string? pointer)
    {
        var (key, value) = Resolve(pointer);
        return Of(key ?? value);
    }

    /// <summary>Every <c>$ref</c> whose value names <paramref name="target"/> (its last segment): its JSON pointer, place and value, in text order.</summary>
    public IReadOnlyList<(string Pointer, LocationInfo Location, string Reference)> RefsTo(string target)
        => Places.RefsTo(target).Select(found => (found.Pointer, Of(found.Place), found.Reference)).ToList();

    /// <summary>Whether the document is a mapping with <paramref name="key"/> at its root.</summary>
    public bool HasRootKey(string key) => Places.HasRootKey(key);

    /// <summary>How deep <see cref="RefsTo"/> looks (the root is 0): deeper than any spec the reader accepts.</summary>
    internal const int MaxRefDepth = 256;

    /// <summary>Whether a <c>$ref</c> value names the target: is it, or ends in <c>/target</c>.</summary>
    internal static bool Names(string value, string target, string suffix)
        => value == target || value.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>The JSON pointer of a path of (unescaped) segments; only a match, of which there are a handful, pays for the join.</summary>
    internal static string PointerOf(List<string> segments)
    {
        var pointer = new StringBuilder("#");
        foreach (var segment in segments)
        {
            pointer.Append('/').Append(PointerSegment.Escape(segment));
        }

        return pointer.ToString();
    }

    private LocationInfo Of(TextPlace? found)
    {
        if (found is not { } place)
        {
            return new LocationInfo(_path, new TextSpan(0, 0), new LinePositionSpan(default, default));
        }

        var start = new LinePosition(Math.Max(0, place.StartLine), Math.Max(0, place.StartColumn));
        var end = new LinePosition(Math.Max(0, place.EndLine), Math.Max(0, place.EndColumn));
        var spanStart = Math.Min(Math.Max(0, place.StartIndex), _text.Length);
        var spanEnd = Math.Min(Math.Max(spanStart, place.EndIndex), _text.Length);
        return new LocationInfo(_path, TextSpan.FromBounds(spanStart, spanEnd), new LinePositionSpan(start, end < start ? start : end));
    }

    private (TextPlace? Key, TextPlace? Value) Resolve(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return (null, Places.Resolve(Array.Empty<string>()).Value);
        }

        return Places.Resolve(pointer!.TrimStart('#').Split('/').Where(s => s.Length > 0).Select(PointerSegment.Unescape));
    }

    /// <summary>
    /// Read when the first diagnostic needs a position: a clean spec pays nothing. One pass over the parser's events
    /// answers for plain documents; the node tree, for what they leave to it.
    /// </summary>
    private ISpecPlaces Places => _places ??= ReadPlaces(_text);

    private static ISpecPlaces ReadPlaces(string text)
    {
        try
        {
            if (SpecPositions.Read(text) is { } positions)
            {
                return positions;
            }
        }
        catch (Exception)
        {
            // The tree reads the same events and fails the same way: it answers "no positions".
        }

        return SpecTree.Read(text);
    }
}

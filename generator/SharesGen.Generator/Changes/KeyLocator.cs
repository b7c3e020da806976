using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using SharesGen.Generator.Diagnostics;

namespace SharesGen.Generator.Changes;

/// <summary>
/// Moves a location from a mapping value to its key: a property that changed is best shown on its <c>name:</c> line,
/// not on the first line of its schema below. <see cref="Reading.SpecLocator"/> finds values; the key is the text just
/// before one (on the value's line, or on the last line above it that is not blank or a comment).
/// </summary>
internal sealed class KeyLocator
{
    private readonly SourceText _text;

    public KeyLocator(string text) => _text = SourceText.From(text);

    /// <summary>The location of <paramref name="key"/> written just before <paramref name="value"/>, or the value's when it is not there.</summary>
    public LocationInfo KeyOf(LocationInfo value, string key)
    {
        var lines = _text.Lines;
        var lineIndex = value.LineSpan.Start.Line;
        if (lineIndex >= lines.Count)
        {
            return value;
        }

        var pattern = new Regex(@"(?:^|[\s{,\-])(?<key>(['""]?)" + Regex.Escape(key) + @"\1)\s*:", RegexOptions.CultureInvariant);
        var line = lines[lineIndex];
        var beforeValue = _text.ToString(TextSpan.FromBounds(line.Start, System.Math.Min(line.End, line.Start + value.LineSpan.Start.Character)));
        if (Find(pattern, beforeValue, line, lineIndex, value.FilePath) is { } sameLine)
        {
            return sameLine;
        }

        for (var above = lineIndex - 1; above >= 0; above--)
        {
            var candidate = lines[above];
            var content = _text.ToString(candidate.Span);
            var trimmed = content.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            return Find(pattern, content, candidate, above, value.FilePath) ?? value;
        }

        return value;
    }

    private static LocationInfo? Find(Regex pattern, string content, TextLine line, int lineIndex, string path)
    {
        var match = pattern.Matches(content).Cast<Match>().LastOrDefault();
        if (match is null)
        {
            return null;
        }

        var group = match.Groups["key"];
        var start = new LinePosition(lineIndex, group.Index);
        var end = new LinePosition(lineIndex, group.Index + group.Length);
        return new LocationInfo(path, new TextSpan(line.Start + group.Index, group.Length), new LinePositionSpan(start, end));
    }
}

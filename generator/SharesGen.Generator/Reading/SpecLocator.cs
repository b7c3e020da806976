using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SharesGen.Generator.Diagnostics;
using SharpYaml.Serialization;

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
    private YamlNode? _root;
    private bool _parsed;

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
    public LocationInfo At(string? pointer)
    {
        var node = Resolve(pointer);
        if (node is null)
        {
            return new LocationInfo(_path, new TextSpan(0, 0), new LinePositionSpan(default, default));
        }

        return Of(node);
    }

    /// <summary>Every <c>$ref</c> whose value names <paramref name="target"/> (its last segment), in text order.</summary>
    public IReadOnlyList<LocationInfo> RefsTo(string target)
    {
        var found = new List<LocationInfo>();
        if (Root is { } root)
        {
            Collect(root, 0);
        }

        return found;

        void Collect(YamlNode node, int depth)
        {
            if (depth > 256)
            {
                return;
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var pair in mapping.Children)
                    {
                        if (pair.Key is YamlScalarNode { Value: "$ref" } && pair.Value is YamlScalarNode { Value: { } value }
                            && (value == target || value.EndsWith("/" + target, StringComparison.Ordinal)))
                        {
                            found.Add(Of(pair.Value));
                        }
                        else
                        {
                            Collect(pair.Value, depth + 1);
                        }
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children)
                    {
                        Collect(child, depth + 1);
                    }

                    break;
            }
        }
    }

    /// <summary>Whether the document is a mapping with <paramref name="key"/> at its root.</summary>
    public bool HasRootKey(string key)
        => Root is YamlMappingNode mapping && mapping.Children.Any(pair => pair.Key is YamlScalarNode { Value: var name } && name == key);

    /// <summary>SharpYaml marks are 0-based in lines and columns, as Roslyn's are.</summary>
    private LocationInfo Of(YamlNode node)
    {
        var start = new LinePosition(Math.Max(0, node.Start.Line), Math.Max(0, node.Start.Column));
        var end = new LinePosition(Math.Max(0, node.End.Line), Math.Max(0, node.End.Column));
        var spanStart = Math.Min(Math.Max(0, node.Start.Index), _text.Length);
        var spanEnd = Math.Min(Math.Max(spanStart, node.End.Index), _text.Length);
        return new LocationInfo(_path, TextSpan.FromBounds(spanStart, spanEnd), new LinePositionSpan(start, end < start ? start : end));
    }

    private YamlNode? Resolve(string? pointer)
    {
        var node = Root;
        if (node is null || string.IsNullOrEmpty(pointer))
        {
            return node;
        }

        foreach (var rawSegment in pointer!.TrimStart('#').Split('/').Where(s => s.Length > 0))
        {
            var segment = rawSegment.Replace("~1", "/").Replace("~0", "~");
            YamlNode? next = node switch
            {
                YamlMappingNode mapping => mapping.Children
                    .Where(pair => pair.Key is YamlScalarNode key && key.Value == segment)
                    .Select(pair => pair.Value)
                    .FirstOrDefault(),
                YamlSequenceNode sequence when int.TryParse(segment, out var index) && index >= 0 && index < sequence.Children.Count
                    => sequence.Children[index],
                _ => null,
            };
            if (next is null)
            {
                break;
            }

            node = next;
        }

        return node;
    }

    private YamlNode? Root
    {
        get
        {
            if (!_parsed)
            {
                _parsed = true;
                try
                {
                    var stream = new YamlStream();
                    stream.Load(new StringReader(_text));
                    _root = stream.Documents.FirstOrDefault()?.RootNode;
                }
                catch (Exception)
                {
                    // Unparseable text has no positions beyond the line the parser already reported.
                    _root = null;
                }
            }

            return _root;
        }
    }
}

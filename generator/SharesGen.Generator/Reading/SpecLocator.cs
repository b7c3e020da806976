using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
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
    {
        var found = new List<(string, LocationInfo, string)>();
        if (Root is not { } root)
        {
            return found;
        }

        // The walk visits every node of the document (hundreds of thousands in the whole 2023 file): the segments of the path to
        // the node are kept on a stack, and only a match, of which there are a handful, joins them into a pointer.
        var segments = new List<string>();
        var suffix = "/" + target;
        Collect(root, 0);
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
                    var children = mapping.Children;
                    for (var i = 0; i < children.Count; i++)
                    {
                        var pair = children[i];
                        if (pair.Key is YamlScalarNode { Value: "$ref" } && pair.Value is YamlScalarNode { Value: { } value }
                            && (value == target || value.EndsWith(suffix, StringComparison.Ordinal)))
                        {
                            found.Add((PointerOf(segments), Of(pair.Value), value));
                        }
                        else if (pair.Key is YamlScalarNode { Value: { } key } && pair.Value is YamlMappingNode or YamlSequenceNode)
                        {
                            segments.Add(key);
                            Collect(pair.Value, depth + 1);
                            segments.RemoveAt(segments.Count - 1);
                        }
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        if (sequence.Children[i] is YamlMappingNode or YamlSequenceNode)
                        {
                            segments.Add(i.ToString(CultureInfo.InvariantCulture));
                            Collect(sequence.Children[i], depth + 1);
                            segments.RemoveAt(segments.Count - 1);
                        }
                    }

                    break;
            }
        }

        static string PointerOf(List<string> segments)
        {
            var pointer = new System.Text.StringBuilder("#");
            foreach (var segment in segments)
            {
                pointer.Append('/').Append(PointerSegment.Escape(segment));
            }

            return pointer.ToString();
        }
    }

    /// <summary>Whether the document is a mapping with <paramref name="key"/> at its root.</summary>
    public bool HasRootKey(string key)
        => Root is YamlMappingNode mapping && mapping.Children.Any(pair => pair.Key is YamlScalarNode { Value: var name } && name == key);

    /// <summary>SharpYaml marks are 0-based in lines and columns, as Roslyn's are.</summary>
    private LocationInfo Of(YamlNode? node)
    {
        if (node is null)
        {
            return new LocationInfo(_path, new TextSpan(0, 0), new LinePositionSpan(default, default));
        }

        var start = new LinePosition(Math.Max(0, node.Start.Line), Math.Max(0, node.Start.Column));
        var end = new LinePosition(Math.Max(0, node.End.Line), Math.Max(0, node.End.Column));
        var spanStart = Math.Min(Math.Max(0, node.Start.Index), _text.Length);
        var spanEnd = Math.Min(Math.Max(spanStart, node.End.Index), _text.Length);
        return new LocationInfo(_path, TextSpan.FromBounds(spanStart, spanEnd), new LinePositionSpan(start, end < start ? start : end));
    }

    /// <summary>The deepest node the pointer reaches, and the key that led to it (null at the root or after an index).</summary>
    private (YamlNode? Key, YamlNode? Value) Resolve(string? pointer)
    {
        var node = Root;
        YamlNode? key = null;
        if (node is null || string.IsNullOrEmpty(pointer))
        {
            return (null, node);
        }

        foreach (var rawSegment in pointer!.TrimStart('#').Split('/').Where(s => s.Length > 0))
        {
            var segment = PointerSegment.Unescape(rawSegment);
            var next = node switch
            {
                YamlMappingNode mapping => mapping.Children
                    .Where(pair => pair.Key is YamlScalarNode name && name.Value == segment)
                    .Select(pair => (Key: pair.Key, pair.Value))
                    .FirstOrDefault(),
                YamlSequenceNode sequence when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sequence.Children.Count
                    => (Key: null!, Value: sequence.Children[index]),
                _ => default,
            };
            if (next.Value is null)
            {
                break;
            }

            (key, node) = (next.Key, next.Value);
        }

        return (key, node);
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

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SharpYaml.Serialization;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Positions from SharpYaml's node tree of the whole text: what <see cref="SpecPositions"/> leaves to it (anchors and aliases,
/// several documents, keys that are not scalars, duplicate keys), where the tree's way of resolving them is the answer.
/// </summary>
internal sealed class SpecTree : ISpecPlaces
{
    private readonly YamlNode? _root;

    private SpecTree(YamlNode? root) => _root = root;

    public static SpecTree Read(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return new SpecTree(stream.Documents.FirstOrDefault()?.RootNode);
        }
        catch (Exception)
        {
            // Unparseable text has no positions beyond the line the parser already reported.
            return new SpecTree(null);
        }
    }

    public (TextPlace? Key, TextPlace? Value) Resolve(IEnumerable<string> segments)
    {
        var node = _root;
        YamlNode? key = null;
        if (node is null)
        {
            return (null, null);
        }

        foreach (var segment in segments)
        {
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

        return (PlaceOf(key), PlaceOf(node));
    }

    public List<(string Pointer, TextPlace Place, string Reference)> RefsTo(string target)
    {
        var found = new List<(string, TextPlace, string)>();
        if (_root is null)
        {
            return found;
        }

        var segments = new List<string>();
        var suffix = "/" + target;
        Collect(_root, 0);
        return found;

        void Collect(YamlNode node, int depth)
        {
            if (depth > SpecLocator.MaxRefDepth)
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
                            && SpecLocator.Names(value, target, suffix))
                        {
                            found.Add((SpecLocator.PointerOf(segments), PlaceOf(pair.Value)!.Value, value));
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
    }

    public bool HasRootKey(string key)
        => _root is YamlMappingNode mapping && mapping.Children.Any(pair => pair.Key is YamlScalarNode { Value: var name } && name == key);

    private static TextPlace? PlaceOf(YamlNode? node)
        => node is null ? null : new TextPlace(node.Start.Index, node.Start.Line, node.Start.Column, node.End.Index, node.End.Line, node.End.Column);
}

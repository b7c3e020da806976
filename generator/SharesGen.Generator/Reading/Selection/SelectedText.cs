using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SharesGen.Generator.Options;
using SharpYaml.Serialization;

namespace SharesGen.Generator.Reading.Selection;

/// <summary>
/// Cuts a spec down to the selected operations and the components they reach, before OpenAPI.NET reads it: on
/// Cloudflare's whole API (4.2 MB) parsing, validating and reading every product is most of the cost, and a
/// selection pays only for its own part. The text is parsed as YAML (JSON is YAML) for its structure only, and the
/// kept entries are copied from the original text character for character, so the reader sees exactly what the spec
/// says: the same scalars, styles and keys, at the same JSON pointers (which is what diagnostics are located by).
/// <para>
/// Whatever this cannot cut safely (anchors and aliases, a path item that is a <c>$ref</c>, a key that does not start
/// its line, text it cannot parse) leaves the spec whole: <see cref="SelectedDocument"/> then applies the same
/// selection to the document the reader made, with the same result and only the cost saved lost.
/// </para>
/// </summary>
internal static class SelectedText
{
    private static readonly HashSet<string> s_methods = new(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    /// <summary>The spec cut down to <paramref name="selection"/>, or null to read it whole.</summary>
    /// <param name="matched">Collects the selection's entries that matched an operation.</param>
    public static string? Cut(string text, OperationSelection selection, ISet<Selector> matched)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root || HasAliases(root))
            {
                return null;
            }

            return new Cutter(text, selection, matched).Cut(root);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not YAML the cutter understands (a syntax error, a duplicate key) or a shape it does not copy (CannotCut):
            // the spec is read whole, and the reader reports what is wrong with it as usual.
            return null;
        }
    }

    /// <summary>Anchors make one node appear in several places; cutting one place could leave an alias without its anchor.</summary>
    private static bool HasAliases(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node) || !string.IsNullOrEmpty(node.Anchor))
            {
                return true;
            }

            foreach (var child in Children(node))
            {
                pending.Push(child);
            }
        }

        return false;
    }

    private static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.SelectMany(pair => new[] { pair.Key, pair.Value }),
        YamlSequenceNode sequence => sequence.Children,
        _ => Enumerable.Empty<YamlNode>(),
    };

    private static string? Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value;

    private static YamlNode? Child(YamlMappingNode mapping, string key)
        => mapping.Children.FirstOrDefault(pair => Scalar(pair.Key) == key).Value;

    /// <summary>Thrown where the text has a shape the cutter does not copy safely; the spec is then read whole.</summary>
    private sealed class CannotCut : Exception
    {
    }

    private sealed class Cutter
    {
        private readonly string _text;
        private readonly OperationSelection _selection;
        private readonly ISet<Selector> _matched;
        private readonly ComponentRefs _refs = new();
        private readonly StringBuilder _output;

        public Cutter(string text, OperationSelection selection, ISet<Selector> matched)
        {
            _text = text;
            _selection = selection;
            _matched = matched;
            _output = new StringBuilder(Math.Min(text.Length, 1 << 20));
        }

        public string? Cut(YamlMappingNode root)
        {
            var paths = Child(root, "paths") as YamlMappingNode;
            var components = Child(root, "components") as YamlMappingNode;
            var methodsToDrop = new Dictionary<YamlNode, HashSet<string>>(ReferenceEqualityComparer.Instance);
            var pathsToDrop = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
            if (paths is not null)
            {
                SelectOperations(paths, pathsToDrop, methodsToDrop);
            }

            // What stays refers to components, which refer to more: walk until nothing new turns up.
            Collect(root, skip: (parent, pair) =>
                (parent == root && Scalar(pair.Key) == "components")
                || (parent == paths && pathsToDrop.Contains(pair.Key))
                || (methodsToDrop.TryGetValue(parent, out var dropped) && dropped.Contains(Scalar(pair.Key) ?? string.Empty)));
            if (components is not null)
            {
                var definitions = components.Children
                    .Where(kind => kind.Value is YamlMappingNode && Scalar(kind.Key) is not null)
                    .GroupBy(kind => Scalar(kind.Key)!, StringComparer.Ordinal)
                    .ToDictionary(kind => kind.Key, kind => Index((YamlMappingNode)kind.First().Value), StringComparer.Ordinal);
                while (_refs.TryTakePending(out var component))
                {
                    if (definitions.TryGetValue(component.Kind, out var kind) && kind.TryGetValue(component.Name, out var definition))
                    {
                        Collect(definition, skip: null);
                    }
                }
            }

            Mapping(root, parentEnd: _text.Length, keep: pair => Scalar(pair.Key) switch
            {
                "paths" when pair.Value is YamlMappingNode => Filter(pathItem => !pathsToDrop.Contains(pathItem.Key), inner: pathItem =>
                    methodsToDrop.TryGetValue(pathItem.Value, out var dropped) ? Filter(method => !dropped.Contains(Scalar(method.Key) ?? string.Empty), null) : null),
                "components" when pair.Value is YamlMappingNode => Filter(_ => true, inner: kind =>
                    Scalar(kind.Key) is { } kindName && ComponentRefs.Kinds.Contains(kindName) && kind.Value is YamlMappingNode
                        ? Filter(entry => _refs.Contains(kindName, Scalar(entry.Key) ?? string.Empty), null)
                        : null),
                _ => null,
            });
            return _output.ToString();
        }

        /// <summary>Marks the path items and methods the selection leaves out.</summary>
        private void SelectOperations(YamlMappingNode paths, HashSet<YamlNode> pathsToDrop, Dictionary<YamlNode, HashSet<string>> methodsToDrop)
        {
            foreach (var pathItem in paths.Children)
            {
                if (pathItem.Value is not YamlMappingNode item || Scalar(pathItem.Key) is not { } path || Child(item, "$ref") is not null)
                {
                    // A path item by reference: what it holds is elsewhere. Leave the cutting to SelectedDocument.
                    throw new CannotCut();
                }

                var dropped = new HashSet<string>(StringComparer.Ordinal);
                var kept = 0;
                foreach (var entry in item.Children)
                {
                    if (Scalar(entry.Key) is not { } method || !s_methods.Contains(method))
                    {
                        continue;
                    }

                    var operation = entry.Value as YamlMappingNode;
                    var tags = (operation is null ? null : Child(operation, "tags") as YamlSequenceNode)?.Children.Select(Scalar).Where(t => t is not null).Select(t => t!) ?? Enumerable.Empty<string>();
                    if (_selection.Selects(path, operation is null ? null : Scalar(Child(operation, "operationId")), tags, _matched))
                    {
                        kept++;
                    }
                    else
                    {
                        dropped.Add(method);
                    }
                }

                if (kept == 0)
                {
                    pathsToDrop.Add(pathItem.Key);
                }
                else if (dropped.Count > 0)
                {
                    methodsToDrop[item] = dropped;
                }
            }
        }

        /// <summary>Records every <c>$ref</c>, discriminator mapping and security scheme under <paramref name="node"/>, but for what <paramref name="skip"/> leaves out.</summary>
        private void Collect(YamlNode node, Func<YamlMappingNode, KeyValuePair<YamlNode, YamlNode>, bool>? skip)
        {
            var pending = new Stack<(YamlNode Node, string? Key)>();
            pending.Push((node, null));
            while (pending.Count > 0)
            {
                var (current, key) = pending.Pop();
                if (current is YamlSequenceNode sequence)
                {
                    foreach (var child in sequence.Children)
                    {
                        pending.Push((child, key));
                    }

                    continue;
                }

                if (current is not YamlMappingNode mapping)
                {
                    continue;
                }

                foreach (var pair in mapping.Children)
                {
                    if (skip?.Invoke(mapping, pair) == true)
                    {
                        continue;
                    }

                    var name = Scalar(pair.Key);
                    if (name == "$ref")
                    {
                        _refs.AddReference(Scalar(pair.Value));
                    }
                    else if (name == "mapping" && key == "discriminator" && pair.Value is YamlMappingNode discriminatorMapping)
                    {
                        foreach (var target in discriminatorMapping.Children)
                        {
                            _refs.AddReference(Scalar(target.Value));
                        }
                    }
                    else if (name == "security" && pair.Value is YamlSequenceNode requirements)
                    {
                        // Security requirements name schemes by key, not by $ref.
                        foreach (var scheme in requirements.Children.OfType<YamlMappingNode>().SelectMany(r => r.Children))
                        {
                            if (Scalar(scheme.Key) is { } schemeName)
                            {
                                _refs.Add("securitySchemes", schemeName);
                            }
                        }
                    }

                    pending.Push((pair.Value, name));
                }
            }
        }

        private static Dictionary<string, YamlNode> Index(YamlMappingNode mapping)
        {
            var index = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var pair in mapping.Children)
            {
                if (Scalar(pair.Key) is { } name && !index.ContainsKey(name))
                {
                    index[name] = pair.Value;
                }
            }

            return index;
        }

        /// <summary>How to copy a mapping's entries: which to keep, and for each kept one whether to cut inside it too.</summary>
        private sealed record Plan(Func<KeyValuePair<YamlNode, YamlNode>, bool> Keep, Func<KeyValuePair<YamlNode, YamlNode>, Plan?>? Inner);

        private static Plan Filter(Func<KeyValuePair<YamlNode, YamlNode>, bool> keep, Func<KeyValuePair<YamlNode, YamlNode>, Plan?>? inner) => new(keep, inner);

        /// <summary>Copies the root mapping, cutting inside the entries <paramref name="keep"/> gives a plan for.</summary>
        private void Mapping(YamlMappingNode root, int parentEnd, Func<KeyValuePair<YamlNode, YamlNode>, Plan?> keep)
        {
            if (root.Style == SharpYaml.YamlStyle.Flow)
            {
                _output.Append(_text, 0, root.Start.Index);
                FlowMapping(root, Filter(_ => true, keep));
                _output.Append('\n');
                return;
            }

            var entries = root.Children.ToList();
            if (entries.Count == 0)
            {
                throw new CannotCut();
            }

            // Whatever precedes the first key (comments, a document marker) stays.
            _output.Append(_text, 0, LineStart(entries[0].Key.Start.Index));
            BlockEntries(entries, parentEnd, Filter(_ => true, keep));
        }

        private void BlockEntries(List<KeyValuePair<YamlNode, YamlNode>> entries, int end, Plan plan)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var start = LineStart(entry.Key.Start.Index);
                if (!IsBlank(start, entry.Key.Start.Index))
                {
                    throw new CannotCut();
                }

                var entryEnd = i + 1 < entries.Count ? LineStart(entries[i + 1].Key.Start.Index) : end;
                if (!plan.Keep(entry))
                {
                    continue;
                }

                if (plan.Inner?.Invoke(entry) is not { } inner || entry.Value is not YamlMappingNode value)
                {
                    _output.Append(_text, start, entryEnd - start);
                    continue;
                }

                var kept = value.Children.Where(inner.Keep).ToList();
                if (kept.Count == value.Children.Count && inner.Inner is null)
                {
                    _output.Append(_text, start, entryEnd - start);
                }
                else if (kept.Count == 0)
                {
                    _output.Append(_text, start, entry.Key.End.Index - start).Append(": {}\n");
                }
                else if (value.Style == SharpYaml.YamlStyle.Flow)
                {
                    _output.Append(_text, start, value.Start.Index - start);
                    FlowMapping(value, inner);
                    _output.Append('\n');
                }
                else
                {
                    var children = value.Children.ToList();
                    var firstChild = LineStart(children[0].Key.Start.Index);
                    if (firstChild <= start)
                    {
                        throw new CannotCut();
                    }

                    _output.Append(_text, start, firstChild - start);
                    BlockEntries(children, entryEnd, inner);
                }
            }
        }

        /// <summary>A flow mapping (JSON): <c>{</c>, the kept entries copied or cut, separated by commas, <c>}</c>.</summary>
        private void FlowMapping(YamlMappingNode mapping, Plan plan)
        {
            var entries = mapping.Children.ToList();
            var open = mapping.Start.Index;
            if (open >= _text.Length || _text[open] != '{')
            {
                throw new CannotCut();
            }

            var close = MatchingBrace(open);
            _output.Append('{');
            var first = true;
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (!plan.Keep(entry))
                {
                    continue;
                }

                if (!first)
                {
                    _output.Append(", ");
                }

                first = false;
                var start = entry.Key.Start.Index;
                var end = i + 1 < entries.Count ? CommaBefore(entries[i + 1].Key.Start.Index) : TrimEnd(close);
                var inner = plan.Inner?.Invoke(entry);
                if (inner is null)
                {
                    _output.Append(_text, start, end - start);
                }
                else if (entry.Value is YamlMappingNode { Style: SharpYaml.YamlStyle.Flow } value)
                {
                    _output.Append(_text, start, value.Start.Index - start);
                    FlowMapping(value, inner);
                }
                else
                {
                    throw new CannotCut();
                }
            }

            _output.Append('}');
        }

        /// <summary>The index of the <c>}</c> that closes the <c>{</c> at <paramref name="open"/>, skipping quoted text.</summary>
        private int MatchingBrace(int open)
        {
            var depth = 0;
            for (var i = open; i < _text.Length; i++)
            {
                switch (_text[i])
                {
                    case '"':
                        for (i++; i < _text.Length && _text[i] != '"'; i++)
                        {
                            if (_text[i] == '\\')
                            {
                                i++;
                            }
                        }

                        break;
                    case '\'':
                        for (i++; i < _text.Length; i++)
                        {
                            if (_text[i] == '\'')
                            {
                                if (i + 1 < _text.Length && _text[i + 1] == '\'')
                                {
                                    i++;
                                    continue;
                                }

                                break;
                            }
                        }

                        break;
                    case '{' or '[':
                        depth++;
                        break;
                    case '}' or ']':
                        if (--depth == 0)
                        {
                            return i;
                        }

                        break;
                }
            }

            throw new CannotCut();
        }

        /// <summary>The index of the comma that ends the entry before the key at <paramref name="nextKey"/>.</summary>
        private int CommaBefore(int nextKey)
        {
            var i = nextKey - 1;
            while (i >= 0 && char.IsWhiteSpace(_text[i]))
            {
                i--;
            }

            return i >= 0 && _text[i] == ',' ? i : throw new CannotCut();
        }

        private int TrimEnd(int end)
        {
            while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private int LineStart(int index)
        {
            var newline = index > 0 ? _text.LastIndexOf('\n', index - 1) : -1;
            return newline + 1;
        }

        private bool IsBlank(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (_text[i] is not (' ' or '\t'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

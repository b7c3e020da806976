using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using SharpYaml;
using SharpYaml.Events;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Positions from one pass over the YAML parser's events into flat arrays: every node's place, its key's place and name,
/// its first child and next sibling. No node tree, no ordered dictionaries: on Cloudflare's whole API the tree was most
/// of what a located diagnostic cost. What the tree resolves in its own way (anchors and aliases, several documents, keys
/// that are not scalars, duplicate keys) is not read here: <see cref="Read"/> returns null and the locator asks
/// <see cref="SpecTree"/>, so a position never differs from the tree's.
/// </summary>
internal sealed class SpecPositions : ISpecPlaces
{
    private const byte Scalar = 0;
    private const byte Mapping = 1;
    private const byte Sequence = 2;

    /// <summary>The nodes in text order, the root first; the array is as long as the builder grew it, <see cref="_count"/> are used.</summary>
    private readonly Node[] _nodes;
    private readonly int _count;

    private SpecPositions(Node[] nodes, int count)
    {
        _nodes = nodes;
        _count = count;
    }

    /// <summary>One node of the document, or one key (a key is never a child: its value names it).</summary>
    private struct Node
    {
        public TextPlace Place;
        public byte Kind;

        /// <summary>For a mapping's value: its key's index; -1 otherwise.</summary>
        public int Key;

        /// <summary>For a mapping's value: its key's text.</summary>
        public string? Name;

        /// <summary>For a scalar that is a <c>$ref</c>'s value: the value.</summary>
        public string? Reference;

        public int FirstChild;
        public int LastChild;
        public int NextSibling;
    }

    /// <summary>The positions of <paramref name="text"/>; null when the tree must answer (see the class). Throws what the parser throws.</summary>
    public static SpecPositions? Read(string text)
    {
        var builder = new Builder(text.Length);
        var parser = Parser.CreateParser(new StringReader(text));
        while (parser.MoveNext())
        {
            if (parser.Current is { } parsingEvent && !builder.Add(parsingEvent))
            {
                return null;
            }
        }

        return new SpecPositions(builder.Nodes, builder.Count);
    }

    public (TextPlace? Key, TextPlace? Value) Resolve(IEnumerable<string> segments)
    {
        if (_count == 0)
        {
            return (null, null);
        }

        var node = 0;
        var key = -1;
        foreach (var segment in segments)
        {
            var next = _nodes[node].Kind switch
            {
                Mapping => ChildNamed(node, segment),
                Sequence when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) => ChildAt(node, index),
                _ => -1,
            };
            if (next < 0)
            {
                break;
            }

            (key, node) = (_nodes[node].Kind == Mapping ? _nodes[next].Key : -1, next);
        }

        return (key < 0 ? null : _nodes[key].Place, _nodes[node].Place);
    }

    public List<(string Pointer, TextPlace Place, string Reference)> RefsTo(string target)
    {
        var found = new List<(string, TextPlace, string)>();
        if (_count == 0)
        {
            return found;
        }

        var segments = new List<string>();
        var suffix = "/" + target;
        Collect(0, 0);
        return found;

        void Collect(int node, int depth)
        {
            if (depth > SpecLocator.MaxRefDepth)
            {
                return;
            }

            var isMapping = _nodes[node].Kind == Mapping;
            var index = 0;
            for (var child = _nodes[node].FirstChild; child >= 0; child = _nodes[child].NextSibling, index++)
            {
                ref readonly var entry = ref _nodes[child];
                if (isMapping && entry.Reference is { } value && SpecLocator.Names(value, target, suffix))
                {
                    found.Add((SpecLocator.PointerOf(segments), entry.Place, value));
                }
                else if (entry.Kind != Scalar)
                {
                    segments.Add(isMapping ? entry.Name! : index.ToString(CultureInfo.InvariantCulture));
                    Collect(child, depth + 1);
                    segments.RemoveAt(segments.Count - 1);
                }
            }
        }
    }

    public bool HasRootKey(string key) => _count > 0 && _nodes[0].Kind == Mapping && ChildNamed(0, key) >= 0;

    private int ChildNamed(int mapping, string name)
    {
        for (var child = _nodes[mapping].FirstChild; child >= 0; child = _nodes[child].NextSibling)
        {
            if (_nodes[child].Name == name)
            {
                return child;
            }
        }

        return -1;
    }

    private int ChildAt(int sequence, int index)
    {
        var child = _nodes[sequence].FirstChild;
        for (var i = 0; i < index && child >= 0; i++)
        {
            child = _nodes[child].NextSibling;
        }

        return child;
    }

    private sealed class Builder
    {
        private readonly Stack<(int Node, bool ExpectsKey, int PendingKey)> _open = new();

        /// <summary>The keys seen in each open mapping, by depth, reused: a duplicate hands the text to the tree.</summary>
        private readonly List<HashSet<string>> _keys = new();

        private Node[] _nodes;
        private int _count;
        private int _documents;

        /// <summary>A guess from the text's length (Cloudflare's whole API has a node for about every 14 characters), so the arrays seldom grow.</summary>
        public Builder(int textLength) => _nodes = new Node[Math.Max(16, textLength / 12)];

        /// <summary>Takes one event; false when the text is one for the tree.</summary>
        public bool Add(ParsingEvent parsingEvent)
        {
            switch (parsingEvent)
            {
                case DocumentStart when ++_documents > 1:
                case AnchorAlias:
                case NodeEvent { Anchor: { Length: > 0 } }:
                    return false;
                case SharpYaml.Events.Scalar scalar:
                    return AddScalar(scalar);
                case MappingStart:
                    return Open(parsingEvent, Mapping);
                case SequenceStart:
                    return Open(parsingEvent, Sequence);
                case MappingEnd or SequenceEnd:
                    // The tree places a mapping or a sequence at its start event (its first line, not its extent): so do we.
                    _open.Pop();
                    return true;
                default:
                    return true;
            }
        }

        /// <summary>Not cut to <see cref="Count"/>: a copy of a quarter of a million nodes would cost more than the unused tail.</summary>
        public Node[] Nodes => _nodes;

        public int Count => _count;

        private bool AddScalar(SharpYaml.Events.Scalar scalar)
        {
            if (_open.Count > 0 && _open.Peek() is { ExpectsKey: true } top && _nodes[top.Node].Kind == Mapping)
            {
                if (!_keys[_open.Count - 1].Add(scalar.Value))
                {
                    return false;
                }

                var key = New(scalar, Scalar);
                _nodes[key].Name = scalar.Value;
                _open.Pop();
                _open.Push((top.Node, ExpectsKey: false, key));
                return true;
            }

            var node = Attach(scalar, Scalar);
            if (node > 0 && _nodes[node].Name == "$ref")
            {
                _nodes[node].Reference = scalar.Value;
            }

            return true;
        }

        private bool Open(ParsingEvent start, byte kind)
        {
            if (_open.Count > 0 && _open.Peek() is { ExpectsKey: true } top && _nodes[top.Node].Kind == Mapping)
            {
                // A mapping or a sequence as a key (`? [a, b]`): the tree skips such keys; let it.
                return false;
            }

            var node = Attach(start, kind);
            _open.Push((node, ExpectsKey: true, PendingKey: -1));
            if (kind == Mapping)
            {
                while (_keys.Count < _open.Count)
                {
                    _keys.Add(new HashSet<string>(StringComparer.Ordinal));
                }

                _keys[_open.Count - 1].Clear();
            }

            return true;
        }

        /// <summary>Adds a node as the next child of the open mapping or sequence, if any.</summary>
        private int Attach(ParsingEvent parsingEvent, byte kind)
        {
            var node = New(parsingEvent, kind);
            if (_open.Count == 0)
            {
                return node;
            }

            var parent = _open.Pop();
            if (_nodes[parent.Node].Kind == Mapping)
            {
                _nodes[node].Key = parent.PendingKey;
                _nodes[node].Name = _nodes[parent.PendingKey].Name;
            }

            ref var container = ref _nodes[parent.Node];
            if (container.FirstChild < 0)
            {
                container.FirstChild = node;
            }
            else
            {
                _nodes[container.LastChild].NextSibling = node;
            }

            container.LastChild = node;
            _open.Push((parent.Node, ExpectsKey: true, PendingKey: -1));
            return node;
        }

        private int New(ParsingEvent parsingEvent, byte kind)
        {
            if (_count == _nodes.Length)
            {
                Array.Resize(ref _nodes, _nodes.Length * 2);
            }

            _nodes[_count] = new Node
            {
                Place = new TextPlace(parsingEvent.Start.Index, parsingEvent.Start.Line, parsingEvent.Start.Column, parsingEvent.End.Index, parsingEvent.End.Line, parsingEvent.End.Column),
                Kind = kind,
                Key = -1,
                FirstChild = -1,
                LastChild = -1,
                NextSibling = -1,
            };
            return _count++;
        }
    }
}

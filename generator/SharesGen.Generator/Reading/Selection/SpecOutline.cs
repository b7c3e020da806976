using System;
using System.Collections.Generic;
using System.IO;
using SharpYaml;
using SharpYaml.Events;

namespace SharesGen.Generator.Reading.Selection;

/// <summary>
/// What the cut needs to know of a spec's text, from one pass over the YAML parser's events: no node tree is built
/// (on Cloudflare's whole API the tree, its ordered dictionaries and the walk over it were half of the cut's cost, for
/// structure that is three levels deep). Kept: the mappings of the first three levels (the root; <c>paths</c>,
/// <c>components</c> and the like; each path item and each kind of component) with where each entry is in the text,
/// each operation's <c>operationId</c> and tags, and every reference in the text with its place, in text order.
/// </summary>
internal sealed class SpecOutline
{
    private SpecOutline(OutlineMapping root, List<TextReference> references)
    {
        Root = root;
        References = references;
    }

    /// <summary>The keys of a path item that are operations.</summary>
    public static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    /// <summary>The document's root mapping.</summary>
    public OutlineMapping Root { get; }

    /// <summary>
    /// Every <c>$ref</c> value, discriminator mapping target and security requirement's scheme, in text order. Anything
    /// that looks like one counts, wherever it is (an example's <c>$ref</c> too): keeping a component too many costs
    /// only its read, and the document's own walk (<see cref="SelectedDocument"/>) drops it again.
    /// </summary>
    public List<TextReference> References { get; }

    /// <summary>The outline of <paramref name="text"/>; throws <see cref="SelectedText.CannotCut"/> for what the cut does not copy safely.</summary>
    public static SpecOutline Read(string text)
    {
        var builder = new Builder();
        var parser = Parser.CreateParser(new StringReader(text));
        while (parser.MoveNext())
        {
            if (parser.Current is { } parsingEvent)
            {
                builder.Add(parsingEvent);
            }
        }

        return builder.Finish();
    }

    /// <summary>Where an entry's parent is in the spec, for the few places whose entries the cut reads.</summary>
    private enum Place
    {
        Other,
        Root,
        Paths,
        PathItem,
        Operation,
    }

    /// <summary>One open mapping or sequence while the events are read.</summary>
    private sealed class Frame
    {
        public bool IsMapping;
        public Place Place;
        public int Depth;

        /// <summary>The key this node is the value of; a sequence's items inherit it (as Cloudflare's <c>allOf</c> items do the schema's context).</summary>
        public string? Key;

        public OutlineMapping? Outline;
        public OutlineEntry? Operation;
        public bool ExpectsKey = true;
        public string? LastKey;
        public OutlineEntry? LastEntry;
        public HashSet<string>? KeysSeen;
        public bool IsDiscriminatorMapping;
        public bool IsSecuritySequence;
        public bool IsSecurityRequirement;
        public bool IsTags;
    }

    private sealed class Builder
    {
        /// <summary>The root is depth 0; its values' mappings depth 1, theirs depth 2: all the cut copies entry by entry.</summary>
        private const int OutlinedDepth = 2;

        private readonly Stack<Frame> _frames = new();
        private readonly List<TextReference> _references = new();
        private OutlineMapping? _root;
        private int _documents;

        public void Add(ParsingEvent parsingEvent)
        {
            switch (parsingEvent)
            {
                case DocumentStart when ++_documents > 1:
                    throw new SelectedText.CannotCut();
                case AnchorAlias:
                    // An anchor makes one node appear in several places; cutting one place could leave an alias without its anchor.
                    throw new SelectedText.CannotCut();
                case NodeEvent { Anchor: { Length: > 0 } }:
                    throw new SelectedText.CannotCut();
                case Scalar scalar:
                    AddScalar(scalar);
                    break;
                case MappingStart mapping:
                    Open(isMapping: true, mapping.Start.Index, mapping.Style == YamlStyle.Flow);
                    break;
                case SequenceStart:
                    Open(isMapping: false, start: 0, isFlow: false);
                    break;
                case MappingEnd or SequenceEnd:
                    Close(parsingEvent);
                    break;
            }
        }

        public SpecOutline Finish() => new(_root ?? throw new SelectedText.CannotCut(), _references);

        private void AddScalar(Scalar scalar)
        {
            if (_frames.Count == 0)
            {
                // A document that is a scalar, not a mapping of an OpenAPI object.
                throw new SelectedText.CannotCut();
            }

            var frame = _frames.Peek();
            if (frame.IsMapping && frame.ExpectsKey)
            {
                AddKey(frame, scalar);
                return;
            }

            if (frame.IsMapping)
            {
                if (frame.LastKey == "$ref" || frame.IsDiscriminatorMapping)
                {
                    _references.Add(new TextReference(scalar.Start.Index, scalar.Value, IsSecurityScheme: false));
                }
                else if (frame.Operation is { } operation && frame.LastKey == "operationId")
                {
                    operation.OperationId = scalar.Value;
                }

                EndValue(frame, scalar.End.Index);
            }
            else if (frame.IsTags)
            {
                (frame.Operation!.Tags ??= new List<string>()).Add(scalar.Value);
            }
        }

        private void AddKey(Frame frame, Scalar key)
        {
            frame.ExpectsKey = false;
            frame.LastKey = key.Value;
            if (frame.IsSecurityRequirement)
            {
                // Security requirements name schemes by key, not by $ref.
                _references.Add(new TextReference(key.Start.Index, key.Value, IsSecurityScheme: true));
            }

            if (frame.Place == Place.PathItem && key.Value == "$ref")
            {
                // A path item by reference: what it holds is elsewhere. Leave the cutting to SelectedDocument.
                throw new SelectedText.CannotCut();
            }

            if (frame.Outline is not null || frame.Place == Place.Operation)
            {
                // Where the cut reads keys, a duplicate would make it read one of two: leave that to the reader to report.
                if (!(frame.KeysSeen ??= new HashSet<string>(StringComparer.Ordinal)).Add(key.Value))
                {
                    throw new SelectedText.CannotCut();
                }
            }

            if (frame.Outline is { } outline)
            {
                frame.LastEntry = new OutlineEntry(key.Value, key.Start.Index, key.End.Index);
                outline.Entries.Add(frame.LastEntry);
            }
        }

        private void Open(bool isMapping, int start, bool isFlow)
        {
            var parent = _frames.Count > 0 ? _frames.Peek() : null;
            if (parent is { IsMapping: true, ExpectsKey: true })
            {
                // A mapping or a sequence as a key (`? [a, b]`): nothing in OpenAPI, and nothing the cut copies.
                throw new SelectedText.CannotCut();
            }

            var frame = new Frame
            {
                IsMapping = isMapping,
                Depth = parent is null ? 0 : parent.Depth + 1,
                Key = parent is null ? null : parent.IsMapping ? parent.LastKey : parent.Key,
            };
            if (parent is null)
            {
                if (!isMapping)
                {
                    throw new SelectedText.CannotCut();
                }

                frame.Place = Place.Root;
                frame.Outline = _root = new OutlineMapping(start, isFlow);
            }
            else
            {
                frame.Place = PlaceOf(parent);
                if (isMapping && frame.Depth <= OutlinedDepth && parent.LastEntry is { } entry)
                {
                    frame.Outline = entry.Mapping = new OutlineMapping(start, isFlow);
                }

                if (frame.Place == Place.Operation)
                {
                    frame.Operation = parent.LastEntry;
                }
                else if (parent.Place == Place.Operation && !isMapping && parent.LastKey == "tags")
                {
                    frame.IsTags = true;
                    frame.Operation = parent.Operation;
                }

                frame.IsDiscriminatorMapping = isMapping && parent.IsMapping && parent.LastKey == "mapping" && parent.Key == "discriminator";
                frame.IsSecuritySequence = !isMapping && parent.IsMapping && parent.LastKey == "security";
                frame.IsSecurityRequirement = isMapping && parent.IsSecuritySequence;
            }

            _frames.Push(frame);
        }

        private static Place PlaceOf(Frame parent) => parent.Place switch
        {
            Place.Root when parent.IsMapping && parent.LastKey == "paths" => Place.Paths,
            Place.Paths when parent.IsMapping => Place.PathItem,
            Place.PathItem when parent.IsMapping && parent.LastKey is { } method && Methods.Contains(method) => Place.Operation,
            _ => Place.Other,
        };

        private void Close(ParsingEvent end)
        {
            var frame = _frames.Pop();
            if (frame.Outline is { } outline)
            {
                outline.End = end.Start.Index;
            }

            if (_frames.Count > 0 && _frames.Peek() is { IsMapping: true } parent)
            {
                EndValue(parent, end.End.Index);
            }
        }

        private static void EndValue(Frame frame, int end)
        {
            frame.ExpectsKey = true;
            if (frame.LastEntry is { } entry && frame.Outline is not null)
            {
                entry.ValueEnd = end;
            }
        }
    }
}

/// <summary>A mapping of the spec's first levels: where it starts (its <c>{</c> when it is flow) and ends, and its entries.</summary>
internal sealed class OutlineMapping
{
    public OutlineMapping(int start, bool isFlow)
    {
        Start = start;
        IsFlow = isFlow;
    }

    public int Start { get; }

    /// <summary>Where its closing <c>}</c> is, when it is a flow mapping.</summary>
    public int End { get; set; }

    public bool IsFlow { get; }

    public List<OutlineEntry> Entries { get; } = new();
}

/// <summary>An entry of an <see cref="OutlineMapping"/>: its key, where it is, and what the cut reads of its value.</summary>
internal sealed class OutlineEntry
{
    public OutlineEntry(string key, int keyStart, int keyEnd)
    {
        Key = key;
        KeyStart = keyStart;
        KeyEnd = keyEnd;
    }

    public string Key { get; }

    public int KeyStart { get; }

    public int KeyEnd { get; }

    /// <summary>Where the value ends: the entry is <c>[KeyStart, ValueEnd)</c>.</summary>
    public int ValueEnd { get; set; }

    /// <summary>The value's outline, when it is a mapping of the first three levels.</summary>
    public OutlineMapping? Mapping { get; set; }

    /// <summary>For an operation (a method of a path item): its <c>operationId</c>, when it is a scalar.</summary>
    public string? OperationId { get; set; }

    /// <summary>For an operation: its tags that are scalars.</summary>
    public List<string>? Tags { get; set; }
}

/// <summary>A reference in the text: a <c>$ref</c> or discriminator target, or a security scheme's name, at <paramref name="Position"/>.</summary>
internal readonly record struct TextReference(int Position, string Value, bool IsSecurityScheme);

using System;
using System.Collections.Generic;
using System.Text;
using SharesGen.Generator.Options;

namespace SharesGen.Generator.Reading.Selection;

/// <summary>
/// Cuts a spec down to the selected operations and the components they reach, before OpenAPI.NET reads it: on
/// Cloudflare's whole API (4.2 MB) parsing, validating and reading every product is most of the cost, and a
/// selection pays only for its own part. The text is read as YAML (JSON is YAML) for its structure only, in one pass
/// over the parser's events (<see cref="SpecOutline"/>), and the kept entries are copied from the original text
/// character for character, so the reader sees exactly what the spec
/// says: the same scalars, styles and keys, at the same JSON pointers (which is what diagnostics are located by).
/// <para>
/// Whatever this cannot cut safely (anchors and aliases, a path item that is a <c>$ref</c>, a key that does not start
/// its line, text it cannot parse) leaves the spec whole: <see cref="SelectedDocument"/> then applies the same
/// selection to the document the reader made, with the same result and only the cost saved lost.
/// </para>
/// </summary>
internal static class SelectedText
{
    /// <summary>The spec cut down to <paramref name="selection"/>, or null to read it whole.</summary>
    /// <param name="matched">Collects the selection's entries that matched an operation.</param>
    public static string? Cut(string text, OperationSelection selection, ISet<Selector> matched)
    {
        try
        {
            return new Cutter(text, SpecOutline.Read(text), selection, matched).Cut();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not YAML the cutter understands (a syntax error, a duplicate key) or a shape it does not copy (CannotCut):
            // the spec is read whole, and the reader reports what is wrong with it as usual.
            return null;
        }
    }

    /// <summary>Thrown where the text has a shape the cutter does not copy safely; the spec is then read whole.</summary>
    internal sealed class CannotCut : Exception
    {
    }

    private sealed class Cutter
    {
        private readonly string _text;
        private readonly SpecOutline _outline;
        private readonly OperationSelection _selection;
        private readonly ISet<Selector> _matched;
        private readonly ComponentRefs _refs = new();
        private readonly StringBuilder _output = new();

        public Cutter(string text, SpecOutline outline, OperationSelection selection, ISet<Selector> matched)
        {
            _text = text;
            _outline = outline;
            _selection = selection;
            _matched = matched;
        }

        public string Cut()
        {
            var root = _outline.Root;
            var paths = Child(root, "paths")?.Mapping;
            var components = Child(root, "components");
            var pathsToDrop = new HashSet<OutlineEntry>();
            var methodsToDrop = new HashSet<OutlineEntry>();
            if (paths is not null)
            {
                SelectOperations(paths, pathsToDrop, methodsToDrop);
            }

            // What stays refers to components, which refer to more: walk until nothing new turns up. The references are
            // in text order, so each part's are found by position, without walking anything again.
            var skipped = new List<OutlineEntry>(pathsToDrop.Count + methodsToDrop.Count + 1);
            skipped.AddRange(pathsToDrop);
            skipped.AddRange(methodsToDrop);
            if (components is not null)
            {
                skipped.Add(components);
            }

            CollectOutside(skipped);
            if (components?.Mapping is { } kinds)
            {
                var definitions = Definitions(kinds);
                while (_refs.TryTakePending(out var component))
                {
                    if (definitions.TryGetValue(component.Kind, out var kind) && kind.TryGetValue(component.Name, out var definition))
                    {
                        Collect(definition.KeyStart, definition.ValueEnd);
                    }
                }
            }

            Mapping(root, keep: entry => entry.Key switch
            {
                "paths" when entry.Mapping is not null => Filter(pathItem => !pathsToDrop.Contains(pathItem), inner: pathItem =>
                    pathItem.Mapping!.Entries.Exists(methodsToDrop.Contains) ? Filter(method => !methodsToDrop.Contains(method), null) : null),
                "components" when entry.Mapping is not null => Filter(_ => true, inner: kind =>
                    ComponentRefs.Kinds.Contains(kind.Key) && kind.Mapping is not null
                        ? Filter(definition => _refs.Contains(kind.Key, definition.Key), null)
                        : null),
                _ => null,
            });
            return _output.ToString();
        }

        /// <summary>Marks the path items and methods the selection leaves out.</summary>
        private void SelectOperations(OutlineMapping paths, HashSet<OutlineEntry> pathsToDrop, HashSet<OutlineEntry> methodsToDrop)
        {
            foreach (var pathItem in paths.Entries)
            {
                if (pathItem.Mapping is not { } item)
                {
                    // Not a path item object: leave it to the reader, on the whole text.
                    throw new CannotCut();
                }

                var kept = 0;
                foreach (var entry in item.Entries)
                {
                    if (!SpecOutline.Methods.Contains(entry.Key))
                    {
                        continue;
                    }

                    if (_selection.Selects(pathItem.Key, entry.OperationId, (IEnumerable<string>?)entry.Tags ?? Array.Empty<string>(), _matched))
                    {
                        kept++;
                    }
                    else
                    {
                        methodsToDrop.Add(entry);
                    }
                }

                if (kept == 0)
                {
                    pathsToDrop.Add(pathItem);
                }
            }
        }

        /// <summary>Records the references everywhere but in <paramref name="skipped"/> (disjoint parts of the text).</summary>
        private void CollectOutside(List<OutlineEntry> skipped)
        {
            skipped.Sort((a, b) => a.KeyStart.CompareTo(b.KeyStart));
            var from = 0;
            foreach (var part in skipped)
            {
                if (part.KeyStart >= from)
                {
                    Collect(from, part.KeyStart);
                    from = part.ValueEnd;
                }
                else
                {
                    // A method of a path item that is left out as a whole: already skipped.
                    from = Math.Max(from, part.ValueEnd);
                }
            }

            Collect(from, _text.Length);
        }

        /// <summary>Records the references in <c>[start, end)</c> of the text.</summary>
        private void Collect(int start, int end)
        {
            var references = _outline.References;
            for (var i = FirstAtOrAfter(references, start); i < references.Count && references[i].Position < end; i++)
            {
                var reference = references[i];
                if (reference.IsSecurityScheme)
                {
                    _refs.Add("securitySchemes", reference.Value);
                }
                else
                {
                    _refs.AddReference(reference.Value);
                }
            }
        }

        private static int FirstAtOrAfter(List<TextReference> references, int position)
        {
            int low = 0, high = references.Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (references[middle].Position < position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private static Dictionary<string, Dictionary<string, OutlineEntry>> Definitions(OutlineMapping kinds)
        {
            var definitions = new Dictionary<string, Dictionary<string, OutlineEntry>>(StringComparer.Ordinal);
            foreach (var kind in kinds.Entries)
            {
                if (kind.Mapping is { } mapping)
                {
                    var byName = new Dictionary<string, OutlineEntry>(mapping.Entries.Count, StringComparer.Ordinal);
                    foreach (var definition in mapping.Entries)
                    {
                        byName[definition.Key] = definition;
                    }

                    definitions[kind.Key] = byName;
                }
            }

            return definitions;
        }

        private static OutlineEntry? Child(OutlineMapping mapping, string key) => mapping.Entries.Find(entry => entry.Key == key);

        /// <summary>How to copy a mapping's entries: which to keep, and for each kept one whether to cut inside it too.</summary>
        private sealed record Plan(Predicate<OutlineEntry> Keep, Func<OutlineEntry, Plan?>? Inner);

        private static Plan Filter(Predicate<OutlineEntry> keep, Func<OutlineEntry, Plan?>? inner) => new(keep, inner);

        /// <summary>Copies the root mapping, cutting inside the entries <paramref name="keep"/> gives a plan for.</summary>
        private void Mapping(OutlineMapping root, Func<OutlineEntry, Plan?> keep)
        {
            if (root.IsFlow)
            {
                _output.Append(_text, 0, root.Start);
                FlowMapping(root, Filter(_ => true, keep));
                _output.Append('\n');
                return;
            }

            if (root.Entries.Count == 0)
            {
                throw new CannotCut();
            }

            // Whatever precedes the first key (comments, a document marker) stays.
            _output.Append(_text, 0, LineStart(root.Entries[0].KeyStart));
            BlockEntries(root.Entries, _text.Length, Filter(_ => true, keep));
        }

        private void BlockEntries(List<OutlineEntry> entries, int end, Plan plan)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var start = LineStart(entry.KeyStart);
                if (!IsBlank(start, entry.KeyStart))
                {
                    throw new CannotCut();
                }

                var entryEnd = i + 1 < entries.Count ? LineStart(entries[i + 1].KeyStart) : end;
                if (!plan.Keep(entry))
                {
                    continue;
                }

                if (plan.Inner?.Invoke(entry) is not { } inner || entry.Mapping is not { } value)
                {
                    _output.Append(_text, start, entryEnd - start);
                    continue;
                }

                var kept = value.Entries.FindAll(inner.Keep);
                if (kept.Count == value.Entries.Count && inner.Inner is null)
                {
                    _output.Append(_text, start, entryEnd - start);
                }
                else if (kept.Count == 0)
                {
                    _output.Append(_text, start, entry.KeyEnd - start).Append(": {}\n");
                }
                else if (value.IsFlow)
                {
                    _output.Append(_text, start, value.Start - start);
                    FlowMapping(value, inner);
                    _output.Append('\n');
                }
                else
                {
                    var firstChild = LineStart(value.Entries[0].KeyStart);
                    if (firstChild <= start)
                    {
                        throw new CannotCut();
                    }

                    _output.Append(_text, start, firstChild - start);
                    BlockEntries(value.Entries, entryEnd, inner);
                }
            }
        }

        /// <summary>A flow mapping (JSON): <c>{</c>, the kept entries copied or cut, separated by commas, <c>}</c>.</summary>
        private void FlowMapping(OutlineMapping mapping, Plan plan)
        {
            var entries = mapping.Entries;
            if (mapping.Start >= _text.Length || _text[mapping.Start] != '{' || mapping.End >= _text.Length || _text[mapping.End] != '}')
            {
                throw new CannotCut();
            }

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
                var start = entry.KeyStart;
                var end = i + 1 < entries.Count ? CommaBefore(entries[i + 1].KeyStart) : TrimEnd(mapping.End);
                var inner = plan.Inner?.Invoke(entry);
                if (inner is null)
                {
                    _output.Append(_text, start, end - start);
                }
                else if (entry.Mapping is { IsFlow: true } value)
                {
                    _output.Append(_text, start, value.Start - start);
                    FlowMapping(value, inner);
                }
                else
                {
                    throw new CannotCut();
                }
            }

            _output.Append('}');
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

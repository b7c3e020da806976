#!/usr/bin/env python3
"""Write a copy of an OpenAPI file with only what its dangling $refs break pruned, and say what was removed.

Stoplight Prism refuses a document with a $ref that resolves to nothing (MissingPointerError) before it mocks
anything. Cloudflare's 2023 file has three, all in one operation:

    PUT /accounts/{account_identifier}/workers/dispatch_namespaces/{dispatch_namespace}/scripts/{script_name}
      requestBody: $ref '#/components/requestBodies/requestBody'
      responses 4XX: $ref '#/components/responses/4XX', 200: $ref '#/components/responses/200'

SharesGen itself reads the file unchanged (it reports SHARESGEN004 and leaves that one operation out); this copy is
for Prism only. A dangling ref is pruned with the smallest part of the document that holds it and may go:

  * an operation's requestBody, a response, a parameter, a header, a media type, an example or a link: that entry;
  * an operation left without responses, or whose path parameter went: the operation;
  * a path item left without operations: the path;
  * a property of a schema: that property (and its name in `required`);
  * anything else (a whole schema, a component): the script stops and says so, rather than guess.

Only those lines are removed; every other line of the file is copied as it is, so the copy's line numbers differ
from the original's only below a removed block. The YAML structure comes from PyYAML's composer (its C loader when
installed), which records where every node starts and ends.

Usage: tools/prune-for-prism.py [INPUT] [OUTPUT]
  (defaults: spec/cloudflare/cloudflare-openapi-2023-08-02.yaml, and the same name with .prism.yaml)
"""

import sys
from pathlib import Path

import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml: slower, same result.
    Loader = yaml.SafeLoader

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
REPO = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = REPO / "spec" / "cloudflare" / "cloudflare-openapi-2023-08-02.yaml"


def unescape(segment):
    return segment.replace("~1", "/").replace("~0", "~")


def escape(segment):
    return segment.replace("~", "~0").replace("/", "~1")


class Entry:
    """A mapping entry or sequence item of the composed document: its path from the root and its lines."""

    def __init__(self, path, key_node, value_node, parent):
        self.path = path
        self.key_node = key_node
        self.value_node = value_node
        self.parent = parent

    @property
    def first_line(self):
        return (self.key_node or self.value_node).start_mark.line

    @property
    def pointer(self):
        return "#/" + "/".join(escape(str(p)) for p in self.path)


def walk(node, path=(), parent=None, entries=None):
    """Every entry of the document by path, and every $ref with the entry that holds it."""
    if entries is None:
        entries = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = path + (key.value,)
            entries[child] = Entry(child, key, value, parent)
            walk(value, child, entries[child], entries)
    elif isinstance(node, yaml.SequenceNode):
        for index, value in enumerate(node.value):
            child = path + (index,)
            entries[child] = Entry(child, None, value, parent)
            walk(value, child, entries[child], entries)
    return entries


def resolves(document, pointer):
    if not pointer.startswith("#/"):
        return True  # Not a local pointer: not this script's business.
    current = document
    for segment in pointer[2:].split("/"):
        segment = unescape(segment)
        if isinstance(current, dict) and segment in current:
            current = current[segment]
        elif isinstance(current, list) and segment.isdigit() and int(segment) < len(current):
            current = current[int(segment)]
        else:
            return False
    return True


def dangling_refs(document, entries):
    for path, entry in sorted(entries.items(), key=lambda pair: pair[1].first_line):
        if path and path[-1] == "$ref" and isinstance(entry.value_node, yaml.ScalarNode):
            if not resolves(document, entry.value_node.value):
                yield entry


def what_to_remove(ref_entry, entries, document):
    """The entry to remove for a dangling ref, and why, following the rules in the module's docstring."""
    holder = ref_entry.parent  # the object whose $ref dangles
    path = holder.path
    if len(path) >= 3 and path[0] == "paths" and path[2] in METHODS:
        operation = entries[path[:3]]
        rest = path[3:]
        if rest[:1] == ("requestBody",) and len(rest) == 1:
            return holder, "its request body"
        if rest[:1] == ("responses",) and len(rest) == 2:
            return holder, "a response"
        if rest[:1] == ("parameters",) and len(rest) == 2:
            return holder, "a parameter"
        if len(rest) >= 2 and rest[-2] in ("headers", "content", "examples", "links"):
            return holder, "an entry of " + rest[-2]
        return operation, "the operation holds it where nothing smaller can go"
    if path[:2] == ("components", "schemas") and len(path) >= 5 and path[-2] == "properties":
        return holder, "a property"
    raise SystemExit(f"{ref_entry.pointer}: a dangling $ref in {holder.pointer}, which this script does not prune; prune it by hand")


def widen(removals, entries, document):
    """An operation left without responses goes; so does a path item left without operations."""
    removed = {entry.path for entry, _ in removals}
    changed = True
    while changed:
        changed = False
        for entry, _ in list(removals):
            path = entry.path
            if len(path) == 5 and path[0] == "paths" and path[3] == "responses":
                operation = path[:3]
                responses = document["paths"][path[1]][path[2]]["responses"]
                if operation not in removed and all(path[:4] + (code,) in removed for code in responses):
                    removals.append((entries[operation], "its every response was pruned"))
                    removed.add(operation)
                    changed = True
            if len(path) == 3 and path[0] == "paths" and path[2] in METHODS:
                item = document["paths"][path[1]]
                if path[:2] not in removed and all(path[:2] + (m,) in removed for m in item if m in METHODS):
                    removals.append((entries[path[:2]], "its every operation was pruned"))
                    removed.add(path[:2])
                    changed = True
    # Drop what a removed ancestor already covers.
    return [(e, why) for e, why in removals if not any(e.path[: len(other)] == other and e.path != other for other in removed)]


def line_span(entry, lines):
    """The lines of an entry: from its key (or its '- ' item) to the line before the next entry at its level."""
    start = entry.first_line
    end = entry.value_node.end_mark.line
    column = entry.value_node.end_mark.column
    # A scalar's end mark is inside its own last line: keep that line in the span. A block mapping's or sequence's is
    # at the start of the next entry (the next path's key, indented): that line belongs to the next entry.
    if column > 0 and end < len(lines) and lines[end][:column].strip():
        end += 1
    # Comments and blank lines after the entry that precede the next sibling stay with the file.
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return start, end


def main(argv):
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_INPUT
    target = Path(argv[2]) if len(argv) > 2 else source.with_suffix(".prism.yaml")
    text = source.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    root = yaml.compose(text, Loader=Loader)
    document = yaml.load(text, Loader=Loader)
    entries = walk(root)

    refs = list(dangling_refs(document, entries))
    removals = []
    for ref in refs:
        entry, why = what_to_remove(ref, entries, document)
        print(f"dangling: {ref.value_node.value} at line {ref.value_node.start_mark.line + 1} ({ref.pointer})")
        if all(existing.path != entry.path for existing, _ in removals):
            removals.append((entry, why))
    removals = widen(removals, entries, document)

    spans = []
    for entry, why in sorted(removals, key=lambda pair: pair[0].first_line):
        start, end = line_span(entry, lines)
        spans.append((start, end))
        print(f"removed: {entry.pointer} (lines {start + 1}-{end}): {why}")

    kept = [line for index, line in enumerate(lines) if not any(start <= index < end for start, end in spans)]
    pruned = "".join(kept)
    # The copy must be what Prism needs: the same document, less the removed parts, and no dangling $ref left.
    check = yaml.load(pruned, Loader=Loader)
    left = list(dangling_refs(check, walk(yaml.compose(pruned, Loader=Loader))))
    if left:
        raise SystemExit("still dangling after pruning: " + ", ".join(r.value_node.value for r in left))
    target.write_text(pruned, encoding="utf-8")
    print(f"wrote {target} ({len(lines) - len(kept)} of {len(lines)} lines removed, {len(refs)} dangling $ref(s))")


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Cuts one product out of Cloudflare's whole-API openapi.yaml, without editing a line.

Keeps, verbatim and in the file's own order:
  - the header: `openapi`, `info`, `servers` (and a top-level `security`, when there is one);
  - every path item that has an operation tagged with one of --tag, whole (all its methods);
  - every component those path items reach through `$ref`, transitively (schemas, parameters,
    responses, request bodies, headers, examples), and the security schemes their operations name.
Drops everything else. Each kept block is copied line for line from the source, so the fragment
reads exactly as Cloudflare wrote it; it is the way Cloudflare's own Resource Sharing fragment
was cut. Needs PyYAML only to find what to keep.

  tools/extract-cloudflare-fragment.py SOURCE --tag "DNS Records for a Zone" > fragment.yaml
"""
import argparse
import re
import sys

import yaml

COMPONENT_KINDS = ("schemas", "parameters", "responses", "requestBodies", "headers", "examples", "securitySchemes")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def key_of(line):
    """The mapping key a block-style YAML line opens, or None."""
    match = re.match(r"^( *)(?:'((?:[^']|'')*)'|\"((?:[^\"\\]|\\.)*)\"|([^\s'\"#][^:]*?)):(?:\s|$)", line)
    if not match:
        return None
    key = match.group(2).replace("''", "'") if match.group(2) is not None else match.group(3) if match.group(3) is not None else match.group(4)
    return len(match.group(1)), key


def blocks(lines):
    """(path of keys, first line, end line) for every key at indentation 0, 2 and 4."""
    found = {}
    stack = []
    for number, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        opened = key_of(line)
        indent = len(line) - len(line.lstrip(" "))
        if stack and stack[-1][0] == indent and line.lstrip(" ").startswith("- "):
            continue  # a sequence written at its key's own indentation (`servers:` then `- url: …`)
        while stack and stack[-1][0] >= indent:
            depth, path, start = stack.pop()
            found[path] = (start, number)
        if opened and opened[0] == indent and indent <= 4 and not line.lstrip().startswith("- "):
            parent = stack[-1][1] if stack else ()
            stack.append((indent, parent + (opened[1],), number))
    for depth, path, start in stack:
        found[path] = (start, len(lines))
    return found


def refs(node, into):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/components/"):
                kind, name = value[len("#/components/"):].split("/", 1)
                into.add((kind, name.replace("~1", "/").replace("~0", "~")))
            else:
                refs(value, into)
    elif isinstance(node, list):
        for item in node:
            refs(item, into)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source")
    parser.add_argument("--tag", action="append", required=True, help="keep path items with an operation of this tag (repeatable)")
    args = parser.parse_args()

    with open(args.source, encoding="utf-8") as handle:
        text = handle.read()
    document = yaml.safe_load(text)
    lines = text.splitlines(keepends=True)
    where = blocks(lines)

    paths = [path for path, item in document["paths"].items()
             if any(isinstance(op, dict) and set(op.get("tags") or ()) & set(args.tag) for method, op in item.items() if method in METHODS)]
    if not paths:
        sys.exit("no operation has the tag(s) " + ", ".join(args.tag))

    wanted, pending = set(), set()
    schemes = set()
    for path in paths:
        refs(document["paths"][path], pending)
        for method, op in document["paths"][path].items():
            if method in METHODS:
                for requirement in op.get("security") or document.get("security") or ():
                    schemes.update(requirement)
    components = document.get("components", {})
    while pending:
        kind, name = pending.pop()
        if (kind, name) in wanted or name not in components.get(kind, {}):
            continue  # a dangling reference stays dangling, as in the source
        wanted.add((kind, name))
        refs(components[kind][name], pending)
    wanted.update(("securitySchemes", name) for name in schemes if name in components.get("securitySchemes", {}))

    out = sys.stdout
    for key in ("openapi", "info", "servers", "security"):
        if (key,) in where:
            start, end = where[(key,)]
            out.writelines(lines[start:end])
    out.write("paths:\n")
    for path in document["paths"]:
        if path in paths:
            start, end = where[("paths", path)]
            out.writelines(lines[start:end])
    out.write("components:\n")
    for kind in COMPONENT_KINDS:
        names = [name for name in components.get(kind, {}) if (kind, name) in wanted]
        if names:
            out.write("  " + kind + ":\n")
            for name in names:
                start, end = where[("components", kind, name)]
                out.writelines(lines[start:end])


if __name__ == "__main__":
    main()

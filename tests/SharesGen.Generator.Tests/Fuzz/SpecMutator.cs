using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace SharesGen.Generator.Tests.Fuzz;

/// <summary>A spec to mutate: its name (for messages), its text, and its tree.</summary>
internal sealed record BaseSpec(string Name, string Text, JsonNode Tree)
{
    /// <summary>The spec in the file at <paramref name="path"/>, named <paramref name="name"/> in messages.</summary>
    public static BaseSpec FromFile(string name, string path)
    {
        var text = System.IO.File.ReadAllText(path);
        return new BaseSpec(name, text, SpecTree.Read(text));
    }
}

/// <summary>One mutated spec and the steps that made it, for failure messages.</summary>
internal sealed record Mutation(int Seed, int Index, string BaseName, IReadOnlyList<string> Steps, string Text)
{
    public string Describe() => $"seed {Seed}, mutation {Index} of {BaseName}: {string.Join(" → ", Steps)}";
}

/// <summary>
/// Makes seeded mutations of a spec, reproducibly: mutation <c>i</c> of seed <c>s</c> depends on nothing else.
/// Structural steps edit the tree (delete keys, change value types, break or redirect <c>$ref</c>s, rename keys,
/// swap enums, inject huge strings and hostile text, nest deeply, copy and multiply subtrees, make schemas refer to
/// themselves) and write it as YAML or JSON; textual steps edit the text (truncate, insert random characters,
/// duplicate, delete, swap and re-indent lines, add YAML anchors, aliases, tags and alias bombs, nest by
/// indentation or brackets thousands of levels deep, change line endings).
/// </summary>
internal sealed class SpecMutator
{
    /// <summary>Text that tries to break out of comments, literals and lines, and names C# cannot take as they are.</summary>
    public static readonly string[] HostileText =
    {
        "*/", "</summary>", "<!--", "]]>", "&amp;", "\"", "\\", "\\u0022", "\\u0041", "\n}\npublic class Pwned {}\n//", "\r\n#error e\r\n",
        "#if X", "#error e", "{", "}", "{}", "{id}", "/{}/", "$ref", "#/components/schemas/x", "~1", "%2F", "..", "?q=1", "#frag",
        "\u202E", "\u2066", "\u200F", "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u2028", "\uFEFF", "\uFFFE", "\uD800", "\uDC00",
        "🎉", "class", "event", "namespace", "global", "0rtt", "404", "foo_bar", "fooBar", "FOO-BAR", "a.b c-d", "größe", "名前",
        "\u212Aelvin", "_", "@", "", " ", "\t", "Value", "AdditionalProperties", "Equals", "GetHashCode", "request", "response",
        "cancellationToken", "body", "token", "pageNumber", "value", "reader", "writer", "options", "Instance", "Read", "Write",
    };

    private static readonly string[] RefTargets =
    {
        "#/components/schemas/does-not-exist", "#/components/parameters/does-not-exist", "#/components/widgets/x", "#", "", "#/",
        "#/paths", "#/paths/~1accounts~1{account_id}~1shares", "#/components/schemas", "other.yaml#/components/schemas/x",
        "https://example.invalid/spec.yaml#/components/schemas/x", "#/components/schemas/a/properties/b", "#/info",
        "#/components/schemas/\"); class Pwned {} //", "#/components/schemas/~", "#/components/schemas/%20",
    };

    private readonly IReadOnlyList<BaseSpec> _bases;

    public SpecMutator(IReadOnlyList<BaseSpec> bases) => _bases = bases;

    /// <summary>The <see cref="Random"/> seed of one mutation: fixed by the run's seed and the mutation's index alone.</summary>
    public static int MutationSeed(int seed, int index) => unchecked((int)(((uint)seed * 2654435761u) ^ ((uint)index * 40503u + 0x9E3779B9u)));

    public Mutation Create(int seed, int index)
    {
        var random = new Random(MutationSeed(seed, index));
        var @base = _bases[random.Next(_bases.Count)];
        var steps = new List<string>();
        var plan = random.Next(10);
        // 60% structural only, 20% textual only, 20% both.
        var structural = plan < 6 ? 1 + (random.Next(4) == 0 ? 1 : 0) : plan < 8 ? 0 : 1;
        var textual = plan < 6 ? 0 : 1 + (random.Next(4) == 0 ? 1 : 0);

        string text;
        if (structural > 0)
        {
            var tree = @base.Tree.DeepClone();
            for (var i = 0; i < structural; i++)
            {
                steps.Add(Structural(tree, random));
            }

            var json = random.Next(4) == 0;
            steps.Add(json ? "written as JSON" : "written as YAML");
            text = json ? SpecTree.ToJson(tree) : SpecTree.ToYaml(tree);
        }
        else
        {
            text = @base.Text;
        }

        for (var i = 0; i < textual; i++)
        {
            (text, var step) = Textual(text, random);
            steps.Add(step);
        }

        return new Mutation(seed, index, @base.Name, steps, text);
    }

    private static string Structural(JsonNode tree, Random random)
    {
        var sites = SpecTree.Sites(tree);
        var roll = random.Next(100);
        return roll switch
        {
            < 14 => DeleteKey(sites, random),
            < 28 => ChangeType(sites, random),
            < 42 => BreakOrRedirectRef(tree, sites, random),
            < 50 => RenameKey(sites, random),
            < 60 => InjectHostileText(sites, random),
            < 64 => InjectHugeString(sites, random),
            < 72 => MutateEnum(sites, random),
            < 77 => NestDeeply(sites, random),
            < 82 => CopySubtree(sites, random),
            < 89 => ReferToItself(tree, random),
            < 92 => MultiplySubtree(tree, random),
            _ => ExtremeNumber(sites, random),
        };
    }

    private static (string Text, string Step) Textual(string text, Random random)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 14 => Truncate(text, random),
            < 30 => RandomCharacters(text, random),
            < 42 => DuplicateLines(text, random),
            < 50 => DeleteLine(text, random),
            < 55 => SwapLines(text, random),
            < 64 => Reindent(text, random),
            < 76 => YamlSyntax(text, random),
            < 80 => AliasBomb(text, random),
            < 85 => DeepIndentation(text, random),
            < 90 => DeepBrackets(text, random),
            < 94 => LineEndings(text, random),
            _ => ReplaceValueText(text, random),
        };
    }

    // ---- structural -------------------------------------------------------------------------------------------

    private static string DeleteKey(List<Site> sites, Random random)
    {
        var site = Pick(sites, random);
        site.Remove();
        return "delete " + site.Pointer;
    }

    private static string ChangeType(List<Site> sites, Random random)
    {
        var site = Pick(sites, random);
        var value = RandomValue(random, depth: 0);
        site.Set(value);
        return $"change {site.Pointer} to {Describe(value)}";
    }

    private static string BreakOrRedirectRef(JsonNode tree, List<Site> sites, Random random)
    {
        var refs = sites.Where(s => s.Key == "$ref").ToList();
        if (refs.Count == 0)
        {
            return ChangeType(sites, random);
        }

        var site = Pick(refs, random);
        var components = (tree["components"]?["schemas"] as JsonObject)?.Select(p => p.Key).ToList() ?? new List<string>();
        string target;
        switch (random.Next(4))
        {
            case 0 when components.Count > 0:
                target = "#/components/schemas/" + Pick(components, random);
                break;
            case 1 when site.Pointer.StartsWith("#/components/schemas/", StringComparison.Ordinal):
                // To the component that contains the reference: a cycle.
                target = "#/components/schemas/" + site.Pointer.Split('/')[3];
                break;
            case 2:
                target = "#/components/schemas/" + Pick(HostileText, random);
                break;
            default:
                target = Pick(RefTargets, random);
                break;
        }

        site.Set(JsonValue.Create(target));
        return $"$ref {site.Pointer} → {Short(target)}";
    }

    private static string RenameKey(List<Site> sites, Random random)
    {
        var keyed = sites.Where(s => s.Key is not null).ToList();
        var site = Pick(keyed, random);
        var parent = (JsonObject)site.Parent;
        var siblings = parent.Select(p => p.Key).ToList();
        var newName = random.Next(4) switch
        {
            0 => Pick(HostileText, random),
            1 => site.Key + Pick(HostileText, random),
            // A sibling's name in another casing: two keys that meet after casing.
            2 => Recase(Pick(siblings, random), random),
            _ => RandomWord(random),
        };
        if (parent.ContainsKey(newName))
        {
            return $"rename {site.Pointer} onto existing '{Short(newName)}' (skipped)";
        }

        Rename(parent, site.Key!, newName);
        return $"rename {site.Pointer} → '{Short(newName)}'";
    }

    private static string InjectHostileText(List<Site> sites, Random random)
    {
        var strings = sites.Where(s => s.Value is JsonValue v && v.TryGetValue<string>(out _)).ToList();
        var site = Pick(strings.Count > 0 ? strings : sites, random);
        var original = site.Value is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
        var payload = string.Concat(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(HostileText, random)));
        var result = random.Next(3) switch
        {
            0 => payload,
            1 => original + payload,
            _ => payload + original,
        };
        site.Set(JsonValue.Create(result));
        return $"hostile text at {site.Pointer}: '{Short(result)}'";
    }

    private static string InjectHugeString(List<Site> sites, Random random)
    {
        var length = Pick(new[] { 600, 4_096, 65_536, 262_144, 1_048_576 }, random);
        var huge = HugeText(length, random);
        var site = Pick(sites, random);
        if (site.Key is not null && random.Next(2) == 0)
        {
            var parent = (JsonObject)site.Parent;
            if (!parent.ContainsKey(huge))
            {
                Rename(parent, site.Key, huge);
                return $"key {site.Pointer} → {length} characters";
            }
        }

        site.Set(JsonValue.Create(huge));
        return $"value {site.Pointer} → {length} characters";
    }

    private static string MutateEnum(List<Site> sites, Random random)
    {
        var enums = sites.Where(s => s.Key == "enum").ToList();
        if (enums.Count == 0)
        {
            return ChangeType(sites, random);
        }

        var site = Pick(enums, random);
        JsonArray values;
        string what;
        switch (random.Next(8))
        {
            case 0:
                values = new JsonArray(1, 2, 3);
                what = "numbers";
                break;
            case 1:
                values = new JsonArray("a", 1, null, true, 2.5);
                what = "mixed";
                break;
            case 2:
                values = new JsonArray(new JsonArray(1), new JsonObject { ["a"] = "b" });
                what = "collections";
                break;
            case 3:
                values = new JsonArray("same", "same", "SAME", "s-a-m-e", "s_a_m_e");
                what = "duplicates and casing collisions";
                break;
            case 4:
                values = new JsonArray(HostileText.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
                what = "hostile strings";
                break;
            case 5:
                values = new JsonArray(Enumerable.Range(0, 2_000).Select(i => (JsonNode?)JsonValue.Create("value-" + i.ToString(CultureInfo.InvariantCulture))).ToArray());
                what = "2000 values";
                break;
            case 6:
                values = new JsonArray();
                what = "empty";
                break;
            default:
                values = new JsonArray((JsonNode?)null);
                what = "only null";
                break;
        }

        site.Set(values);
        return $"enum {site.Pointer} → {what}";
    }

    private static string NestDeeply(List<Site> sites, Random random)
    {
        var site = Pick(sites, random);
        if (random.Next(2) == 0)
        {
            // Far past any limit, as flow brackets in the text.
            var depth = Pick(new[] { 129, 300, 1_000, 5_000, 20_000 }, random);
            var mappings = random.Next(2) == 0;
            site.Set(JsonValue.Create(SpecTree.DeepValue(depth, mappings)));
            return $"{depth} levels of {(mappings ? "{" : "[")} at {site.Pointer}";
        }

        // Real schemas nested just under the limit: the reader and emitters recurse through them.
        var levels = 10 + random.Next(50);
        var keyword = Pick(new[] { "items", "allOf", "properties", "additionalProperties", "not", "anyOf" }, random);
        JsonNode schema = new JsonObject { ["type"] = "string", ["description"] = "deepest" };
        for (var i = 0; i < levels; i++)
        {
            schema = keyword switch
            {
                "items" => new JsonObject { ["type"] = "array", ["items"] = schema },
                "allOf" or "anyOf" => new JsonObject { [keyword] = new JsonArray(schema) },
                "properties" => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["p" + i.ToString(CultureInfo.InvariantCulture)] = schema } },
                _ => new JsonObject { [keyword] = schema },
            };
        }

        site.Set(schema);
        return $"{levels} nested '{keyword}' schemas at {site.Pointer}";
    }

    private static string CopySubtree(List<Site> sites, Random random)
    {
        var from = Pick(sites, random);
        var to = Pick(sites, random);
        if (from.Value is { } value && IsInside(to.Parent, value))
        {
            return $"copy {from.Pointer} into itself (skipped)";
        }

        to.Set(from.Value?.DeepClone());
        return $"copy {from.Pointer} → {to.Pointer}";
    }

    private static string ReferToItself(JsonNode tree, Random random)
    {
        if (tree["components"]?["schemas"] is not JsonObject { Count: > 0 } schemas)
        {
            return "no component schemas (skipped)";
        }

        var names = schemas.Select(p => p.Key).ToList();
        var name = Pick(names, random);
        var other = Pick(names, random);
        var self = new JsonObject { ["$ref"] = "#/components/schemas/" + name };
        var target = schemas[name] as JsonObject;
        if (target is null)
        {
            schemas[name] = target = new JsonObject();
        }

        switch (random.Next(4))
        {
            case 0:
                target["properties"] = target["properties"] as JsonObject ?? new JsonObject();
                target["properties"]!["self"] = self;
                return $"{name}.properties.self → itself";
            case 1:
                target["allOf"] = new JsonArray(self);
                return $"{name}.allOf → itself";
            case 2:
                target["type"] = "array";
                target["items"] = self;
                return $"{name}.items → itself";
            default:
                target["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/" + other });
                if (schemas[other] is JsonObject otherSchema)
                {
                    otherSchema["allOf"] = new JsonArray(self.DeepClone());
                }

                return $"{name}.allOf ↔ {other}.allOf";
        }
    }

    private static string MultiplySubtree(JsonNode tree, Random random)
    {
        var section = random.Next(2) == 0 ? tree["paths"] as JsonObject : tree["components"]?["schemas"] as JsonObject;
        if (section is not { Count: > 0 })
        {
            return "nothing to multiply (skipped)";
        }

        var source = Pick(section.Select(p => p.Key).ToList(), random);
        var copies = 20 + random.Next(80);
        for (var i = 0; i < copies; i++)
        {
            var key = source + (random.Next(3) == 0 ? Pick(HostileText, random) : string.Empty) + "-" + i.ToString(CultureInfo.InvariantCulture);
            if (!section.ContainsKey(key))
            {
                section[key] = section[source]?.DeepClone();
            }
        }

        return $"{copies} copies of '{Short(source)}'";
    }

    private static string ExtremeNumber(List<Site> sites, Random random)
    {
        var keywords = new[] { "maxLength", "minLength", "minimum", "maximum", "maxItems", "minItems", "multipleOf", "maxProperties" };
        var numeric = sites.Where(s => s.Key is not null && keywords.Contains(s.Key)).ToList();
        var site = numeric.Count > 0 ? Pick(numeric, random) : Pick(sites, random);
        JsonNode value = random.Next(9) switch
        {
            0 => JsonValue.Create(-1),
            1 => JsonValue.Create(0),
            2 => JsonValue.Create(2147483648L),
            3 => JsonValue.Create(long.MaxValue),
            4 => JsonValue.Create(1e308),
            5 => JsonValue.Create(double.NaN),
            6 => JsonValue.Create(double.NegativeInfinity),
            7 => JsonValue.Create(3.7),
            _ => JsonValue.Create(-0.0),
        };
        site.Set(value);
        return $"number {site.Pointer} → {Describe(value)}";
    }

    // ---- textual ----------------------------------------------------------------------------------------------

    private static (string, string) Truncate(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        return (text.Substring(0, at), $"truncate at {at}");
    }

    private static (string, string) RandomCharacters(string text, Random random)
    {
        var classes = new[]
        {
            "abcxyzABCXYZ0189 _-.",
            ":{}[],&*#?|-<>=!%@`'\"\\",
            "\0\u0001\u0007\u0008\u000B\u000C\u001B\u007F\t\r\n",
            "äöüßéñ名前ДЖ",
            "\u202E\u2066\u2069\u200E\u200F\u061C",
            "\uFEFF\u2028\u2029\u0085\uFFFE\uFFFF\uFFFD",
            "\uD800\uDBFF\uDC00\uDFFF",
        };
        var classIndex = random.Next(classes.Length);
        var alphabet = classes[classIndex];
        var builder = new StringBuilder(text);
        var count = 1 + random.Next(20);
        var at = random.Next(text.Length + 1);
        var overwrite = random.Next(2) == 0;
        for (var i = 0; i < count; i++)
        {
            var position = Math.Min(builder.Length, at + i);
            var c = alphabet[random.Next(alphabet.Length)];
            if (overwrite && position < builder.Length)
            {
                builder[position] = c;
            }
            else
            {
                builder.Insert(position, c);
            }
        }

        return (builder.ToString(), $"{(overwrite ? "overwrite" : "insert")} {count} characters of class {classIndex} at {at}");
    }

    /// <summary>A line, or an indented block with its children, written twice: duplicate keys at one level.</summary>
    private static (string, string) DuplicateLines(string text, Random random)
    {
        var lines = Lines(text);
        var start = random.Next(lines.Count);
        var end = start + 1;
        if (random.Next(2) == 0)
        {
            var indent = Indent(lines[start]);
            while (end < lines.Count && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent))
            {
                end++;
            }
        }

        lines.InsertRange(end, lines.GetRange(start, end - start));
        return (Join(lines), $"duplicate lines {start + 1}-{end}");
    }

    private static (string, string) DeleteLine(string text, Random random)
    {
        var lines = Lines(text);
        var at = random.Next(lines.Count);
        lines.RemoveAt(at);
        return (Join(lines), $"delete line {at + 1}");
    }

    private static (string, string) SwapLines(string text, Random random)
    {
        var lines = Lines(text);
        var a = random.Next(lines.Count);
        var b = random.Next(lines.Count);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return (Join(lines), $"swap lines {a + 1} and {b + 1}");
    }

    private static (string, string) Reindent(string text, Random random)
    {
        var lines = Lines(text);
        var at = random.Next(lines.Count);
        var change = Pick(new[] { "\t", " ", "   ", "\t  " }, random);
        lines[at] = random.Next(2) == 0 ? change + lines[at] : lines[at].TrimStart(' ');
        return (Join(lines), $"re-indent line {at + 1}");
    }

    private static (string, string) YamlSyntax(string text, Random random)
    {
        var tokens = new[]
        {
            "&anchor ", "*anchor", "*undefined", "<<: *anchor", "!!binary ", "!!python/object:os.system ", "!custom ", "!!str ", "!!int ",
            "---\n", "...\n", "%YAML 1.2\n---\n", "%TAG ! tag:example.com,2000:\n", "? complex\n: key\n", "|\n  literal\n", ">-\n  folded\n",
            "- ", ": ", "{", "}", "[", "]", "\"", "'", "# comment", "@", "`",
        };
        var token = Pick(tokens, random);
        var lines = Lines(text);
        var at = random.Next(lines.Count);
        var line = lines[at];
        var column = random.Next(line.Length + 1);
        lines[at] = line.Substring(0, column) + token + line.Substring(column);
        return (Join(lines), $"YAML token '{Short(token)}' at line {at + 1}, column {column + 1}");
    }

    /// <summary>The "billion laughs": each level aliases the one before ten times, all under an extension key.</summary>
    private static (string, string) AliasBomb(string text, Random random)
    {
        var levels = 4 + random.Next(6);
        var builder = new StringBuilder("x-bomb:\n  l0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i <= levels; i++)
        {
            var previous = "*l" + (i - 1).ToString(CultureInfo.InvariantCulture);
            builder.Append("  l").Append(i).Append(": &l").Append(i).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat(previous, 10))).Append("]\n");
        }

        var bomb = builder.ToString();
        if (random.Next(2) == 0)
        {
            // Also make the schemas use it, so the reader walks the expansion, not only the extension.
            bomb += "x-bomb-use: *l" + levels.ToString(CultureInfo.InvariantCulture) + "\n";
        }

        return (text.TrimEnd('\n') + "\n" + bomb, $"alias bomb of 10^{levels + 1}");
    }

    private static (string, string) DeepIndentation(string text, Random random)
    {
        var depth = Pick(new[] { 120, 200, 1_000, 3_000 }, random);
        var sequence = random.Next(2) == 0;
        var builder = new StringBuilder("x-deep:\n");
        for (var i = 1; i <= depth; i++)
        {
            builder.Append(' ', i * 2).Append(sequence ? "- " : "a:").Append('\n');
        }

        builder.Append(' ', (depth + 1) * 2).Append("end\n");
        return (text.TrimEnd('\n') + "\n" + builder, $"{depth} levels of {(sequence ? "sequence" : "mapping")} indentation");
    }

    private static (string, string) DeepBrackets(string text, Random random)
    {
        var depth = Pick(new[] { 129, 500, 5_000, 50_000 }, random);
        var mappings = random.Next(2) == 0;
        var deep = SpecTree.Quote(SpecTree.DeepValue(depth, mappings));
        var lines = Lines(text);
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimEnd().EndsWith(':') || lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
        var at = candidates.Count > 0 ? Pick(candidates, random) : 0;
        var colon = lines[at].IndexOf(':', StringComparison.Ordinal);
        lines[at] = colon < 0 ? deep : lines[at].Substring(0, colon + 1) + " " + deep;
        return (Join(lines), $"{depth} levels of {(mappings ? "{" : "[")} at line {at + 1}");
    }

    private static (string, string) LineEndings(string text, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                return (text.Replace("\n", "\r\n"), "CRLF line endings");
            case 1:
                return (text.Replace("\n", "\r"), "CR line endings");
            case 2:
                return ("\uFEFF" + text, "a byte order mark");
            default:
                var lines = Lines(text);
                var builder = new StringBuilder();
                foreach (var line in lines)
                {
                    builder.Append(line).Append(Pick(new[] { "\n", "\r\n", "\r", "\u0085", "\u2028" }, random));
                }

                return (builder.ToString(), "mixed line endings");
        }
    }

    /// <summary>The value of a <c>key: value</c> line replaced as text, quoted or not, with hostile or huge text.</summary>
    private static (string, string) ReplaceValueText(string text, Random random)
    {
        var lines = Lines(text);
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return Truncate(text, random);
        }

        var at = Pick(candidates, random);
        var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        var payload = random.Next(5) == 0 ? HugeText(65_536, random) : Pick(HostileText, random);
        var value = random.Next(2) == 0 ? SpecTree.Quote(payload) : payload.Replace("\n", " ", StringComparison.Ordinal);
        lines[at] = lines[at].Substring(0, colon + 2) + value;
        return (Join(lines), $"value text at line {at + 1} → '{Short(payload)}'");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static JsonNode? RandomValue(Random random, int depth)
    {
        switch (random.Next(depth > 1 ? 6 : 9))
        {
            case 0: return JsonValue.Create(Pick(HostileText, random));
            case 1: return JsonValue.Create(RandomWord(random));
            case 2: return JsonValue.Create(random.Next(-1000, 100000));
            case 3: return JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-5, 20)));
            case 4: return JsonValue.Create(random.Next(2) == 0);
            case 5: return null;
            case 6: return random.Next(2) == 0 ? new JsonArray() : new JsonObject();
            case 7: return new JsonArray(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => RandomValue(random, depth + 1)).ToArray());
            default:
                var obj = new JsonObject();
                for (var i = 0; i < 1 + random.Next(3); i++)
                {
                    obj[Pick(HostileText, random) + i.ToString(CultureInfo.InvariantCulture)] = RandomValue(random, depth + 1);
                }

                return obj;
        }
    }

    private static string HugeText(int length, Random random)
    {
        var unit = random.Next(3) switch
        {
            0 => "a",
            1 => RandomWord(random) + "_",
            _ => Pick(HostileText, random) + RandomWord(random),
        };
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    private static string RandomWord(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var chars = new char[1 + random.Next(12)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = letters[random.Next(letters.Length)];
        }

        return new string(chars);
    }

    private static string Recase(string name, Random random) => random.Next(3) switch
    {
        0 => name.ToUpperInvariant(),
        1 => name.Replace("_", "-", StringComparison.Ordinal) + "_",
        _ => string.Concat(name.Split('_', '-').Select((w, i) => i == 0 || w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w.Substring(1))) + (name.Contains('_') || name.Contains('-') ? string.Empty : "_"),
    };

    /// <summary>Renames a key in place, keeping the order of the others.</summary>
    private static void Rename(JsonObject parent, string oldName, string newName)
    {
        var pairs = parent.ToList();
        parent.Clear();
        foreach (var (key, value) in pairs)
        {
            parent[key == oldName ? newName : key] = value;
        }
    }

    private static bool IsInside(JsonNode node, JsonNode candidateAncestor)
    {
        for (JsonNode? current = node; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, candidateAncestor))
            {
                return true;
            }
        }

        return false;
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static List<string> Lines(string text) => text.Split('\n').ToList();

    private static string Join(List<string> lines) => string.Join("\n", lines);

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject obj => $"a map of {obj.Count}",
        JsonArray array => $"a list of {array.Count}",
        _ => Short(SpecTree.ToJson(value).TrimEnd()),
    };

    /// <summary>Text for a message: at most 40 characters, controls shown as escapes.</summary>
    private static string Short(string text)
    {
        var shown = text.Length > 40 ? text.Substring(0, 40) + $"… ({text.Length} characters)" : text;
        return string.Concat(shown.Select(c => c < 0x20 || char.IsSurrogate(c) || c is '\u007F' or '\u202E' or '\u2066' or '\uFEFF' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));
    }
}

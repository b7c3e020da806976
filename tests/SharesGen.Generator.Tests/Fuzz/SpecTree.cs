using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using SharpYaml;
using SharpYaml.Serialization;

namespace SharesGen.Generator.Tests.Fuzz;

/// <summary>
/// A spec as a mutable tree (<see cref="JsonNode"/>s, which keep key order), read from YAML, and written back as
/// block YAML or as JSON, both of which SharesGen reads. The writers are our own: they take any depth and any
/// string (lone surrogates, NUL), which the structural mutations put there on purpose.
/// </summary>
internal static class SpecTree
{
    /// <summary>
    /// Marks a string value that the writers replace with <c>depth</c> levels of flow nesting (<c>[[[…]]]</c> or
    /// <c>{a: {a: …}}</c>), deeper than the tree itself should ever be.
    /// </summary>
    public const char DeepMarker = '\uE000';

    public static JsonNode Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)!;
    }

    public static string ToYaml(JsonNode? root)
    {
        var builder = new StringBuilder();
        switch (root)
        {
            case JsonObject { Count: > 0 } or JsonArray { Count: > 0 }:
                WriteBlock(builder, root, 0);
                break;
            default:
                builder.Append(Inline(root, json: false)).Append('\n');
                break;
        }

        return builder.ToString();
    }

    public static string ToJson(JsonNode? root)
    {
        var builder = new StringBuilder();
        WriteJson(builder, root);
        return builder.Append('\n').ToString();
    }

    /// <summary>A quoted string, escaped so that YAML and JSON both read it back (YAML takes JSON's escapes).</summary>
    public static string Quote(string value)
    {
        if (value.Length > 0 && value[0] == DeepMarker)
        {
            return Deep(value);
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                // A pair as it is: YAML readers take \u escapes of single code points only.
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A string the writers expand into <paramref name="depth"/> levels of <c>[</c> or <c>{a:</c>.</summary>
    public static string DeepValue(int depth, bool mappings) => DeepMarker + (mappings ? "m" : "s") + depth.ToString(CultureInfo.InvariantCulture);

    private static string Deep(string marker)
    {
        var depth = int.Parse(marker.AsSpan(2), CultureInfo.InvariantCulture);
        var mappings = marker[1] == 'm';
        var builder = new StringBuilder(depth * 6 + 2);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(mappings ? "{\"a\": " : "[");
        }

        builder.Append('1');
        for (var i = 0; i < depth; i++)
        {
            builder.Append(mappings ? '}' : ']');
        }

        return builder.ToString();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => ConvertMapping(mapping),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonObject ConvertMapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var pair in mapping.Children)
        {
            result[((YamlScalarNode)pair.Key).Value ?? string.Empty] = Convert(pair.Value);
        }

        return result;
    }

    /// <summary>Plain scalars are typed as YAML types them (bool, null, integer, float); quoted ones are strings.</summary>
    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
        {
            switch (text)
            {
                case "" or "~" or "null" or "Null" or "NULL":
                    return null;
                case "true" or "True" or "TRUE":
                    return JsonValue.Create(true);
                case "false" or "False" or "FALSE":
                    return JsonValue.Create(false);
            }

            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return JsonValue.Create(integer);
            }

            if (text.Any(char.IsDigit) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return JsonValue.Create(number);
            }
        }

        return JsonValue.Create(text);
    }

    private static void WriteBlock(StringBuilder builder, JsonNode node, int indent)
    {
        var pad = new string(' ', indent);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                builder.Append(pad).Append(Quote(key)).Append(':');
                WriteChild(builder, value, indent);
            }
        }
        else
        {
            foreach (var item in (JsonArray)node)
            {
                builder.Append(pad).Append('-');
                WriteChild(builder, item, indent);
            }
        }
    }

    private static void WriteChild(StringBuilder builder, JsonNode? value, int indent)
    {
        if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            builder.Append('\n');
            WriteBlock(builder, value, indent + 2);
        }
        else
        {
            builder.Append(' ').Append(Inline(value, json: false)).Append('\n');
        }
    }

    private static string Inline(JsonNode? value, bool json) => value switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue scalar when scalar.TryGetValue<string>(out var text) => Quote(text),
        JsonValue scalar when scalar.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        JsonValue scalar when scalar.TryGetValue<long>(out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        JsonValue scalar when scalar.TryGetValue<double>(out var number) => Number(number, json),
        _ => value.ToJsonString(),
    };

    private static string Number(double value, bool json)
    {
        if (double.IsNaN(value))
        {
            return json ? "NaN" : ".nan";
        }

        if (double.IsInfinity(value))
        {
            return (value < 0 ? "-" : string.Empty) + (json ? "Infinity" : ".inf");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static void WriteJson(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    builder.Append(first ? string.Empty : ", ").Append(Quote(key)).Append(": ");
                    WriteJson(builder, value);
                    first = false;
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    WriteJson(builder, array[i]);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(Inline(node, json: true));
                break;
        }
    }

    /// <summary>Every place in the tree a value sits, with a JSON pointer for messages.</summary>
    public static List<Site> Sites(JsonNode root)
    {
        var sites = new List<Site>();
        Collect(root, "#", 0);
        return sites;

        void Collect(JsonNode? node, string pointer, int depth)
        {
            if (depth > 200)
            {
                return;
            }

            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj.ToList())
                    {
                        var childPointer = pointer + "/" + key.Replace("~", "~0").Replace("/", "~1");
                        sites.Add(new Site(obj, key, -1, childPointer));
                        Collect(value, childPointer, depth + 1);
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        var childPointer = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
                        sites.Add(new Site(array, null, i, childPointer));
                        Collect(array[i], childPointer, depth + 1);
                    }

                    break;
            }
        }
    }
}

/// <summary>A slot in the tree: a key of an object, or an index of an array.</summary>
internal sealed record Site(JsonNode Parent, string? Key, int Index, string Pointer)
{
    public JsonNode? Value => Parent is JsonObject obj ? obj[Key!] : ((JsonArray)Parent)[Index];

    public void Set(JsonNode? value)
    {
        if (Parent is JsonObject obj)
        {
            obj[Key!] = value;
        }
        else
        {
            ((JsonArray)Parent)[Index] = value;
        }
    }

    /// <summary>Takes the value out of the tree (deletes the key, or the array element).</summary>
    public void Remove()
    {
        if (Parent is JsonObject obj)
        {
            obj.Remove(Key!);
        }
        else
        {
            ((JsonArray)Parent).RemoveAt(Index);
        }
    }
}

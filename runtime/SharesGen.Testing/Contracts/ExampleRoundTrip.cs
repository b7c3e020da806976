using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// Reads JSON into a DTO with its generated converter, writes it back and reports every difference: a lost
/// field, an added one, a changed value. Date-times are equal when they name the same instant; numbers when
/// they have the same value; member order does not matter.
/// </summary>
public static class ExampleRoundTrip
{
    /// <summary>The differences after a round trip; empty when nothing was lost or changed.</summary>
    /// <param name="json">The payload.</param>
    /// <param name="typeInfo">The DTO's type info, from the generated <c>{Client}Json.Options</c> (no reflection).</param>
    /// <param name="envelope">Round-trip the envelope's <c>result</c> (each item, for a list) instead of the whole payload.</param>
    public static IReadOnlyList<string> Differences(string json, JsonTypeInfo typeInfo, bool envelope)
    {
        var differences = new List<string>();
        var original = JsonNode.Parse(json);
        var (target, pointer) = envelope ? (original?["result"], "/result") : (original, string.Empty);
        if (target is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Compare(array[i], RoundTrip(array[i], typeInfo), pointer + "/" + i.ToString(CultureInfo.InvariantCulture), differences);
            }
        }
        else if (target is not null)
        {
            Compare(target, RoundTrip(target, typeInfo), pointer, differences);
        }

        return differences;
    }

    /// <summary>Compares two JSON texts the way <see cref="Differences"/> does.</summary>
    public static IReadOnlyList<string> Compare(string expected, string actual)
    {
        var differences = new List<string>();
        Compare(JsonNode.Parse(expected), JsonNode.Parse(actual), string.Empty, differences);
        return differences;
    }

    private static JsonNode? RoundTrip(JsonNode? node, JsonTypeInfo typeInfo)
    {
        var value = JsonSerializer.Deserialize(Write(node), typeInfo);
        return JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
    }

    private static byte[] Write(JsonNode? node)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        return output.WrittenSpan.ToArray();
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string pointer, List<string> differences)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject expectedObject, JsonObject actualObject):
                foreach (var pair in expectedObject)
                {
                    var child = ContractPointer.Child(pointer, pair.Key);
                    if (!actualObject.TryGetPropertyValue(pair.Key, out var actualValue))
                    {
                        differences.Add($"lost field {child}");
                    }
                    else
                    {
                        Compare(pair.Value, actualValue, child, differences);
                    }
                }

                foreach (var pair in actualObject)
                {
                    if (!expectedObject.ContainsKey(pair.Key))
                    {
                        differences.Add($"added field {pointer}/{pair.Key} = {Text(pair.Value)}");
                    }
                }

                return;
            case (JsonArray expectedArray, JsonArray actualArray):
                if (expectedArray.Count != actualArray.Count)
                {
                    differences.Add($"{pointer}: {expectedArray.Count} items became {actualArray.Count}");
                    return;
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    Compare(expectedArray[i], actualArray[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), differences);
                }

                return;
            case (JsonValue expectedValue, JsonValue actualValue) when SameValue(expectedValue, actualValue):
                return;
            default:
                differences.Add($"changed value {pointer}: {Text(expected)} became {Text(actual)}");
                return;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        var expectedKind = expected.GetValueKind();
        if (expectedKind != actual.GetValueKind())
        {
            return false;
        }

        switch (expectedKind)
        {
            case JsonValueKind.String:
                var a = expected.GetValue<string>();
                var b = actual.GetValue<string>();
                return a == b || (IsInstant(a, out var x) && IsInstant(b, out var y) && x == y);
            case JsonValueKind.Number:
                return decimal.TryParse(Text(expected), NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
                    && decimal.TryParse(Text(actual), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                    ? m == n
                    : Text(expected) == Text(actual);
            default:
                return Text(expected) == Text(actual);
        }
    }

    private static bool IsInstant(string text, out DateTimeOffset value)
    {
        value = default;
        return text.Length >= 20 && text[10] is 'T' or 't' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static string Text(JsonNode? node) => node is null ? "null" : Encoding.UTF8.GetString(Write(node));
}

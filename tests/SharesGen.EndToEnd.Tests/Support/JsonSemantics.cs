using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace SharesGen.EndToEnd.Tests.Support;

/// <summary>
/// Semantic JSON equality: <see cref="JsonNode.DeepEquals"/> (member order does not matter) after every
/// date-time string is rewritten to one canonical form, so <c>…32.000000Z</c> and <c>…32Z</c> are one instant.
/// </summary>
public static partial class JsonSemantics
{
    public static bool AreEquivalent(JsonNode? actual, JsonNode? expected)
        => JsonNode.DeepEquals(Canonical(actual), Canonical(expected));

    public static void AssertEquivalent(JsonNode? actual, JsonNode? expected, string? message = null)
    {
        if (!AreEquivalent(actual, expected))
        {
            var (canonicalActual, canonicalExpected) = (Canonical(actual), Canonical(expected));
            Assert.Fail($"{message ?? "The JSON differs."}{Environment.NewLine}Expected:{Environment.NewLine}{Indented(canonicalExpected)}{Environment.NewLine}Actual:{Environment.NewLine}{Indented(canonicalActual)}");
        }
    }

    public static void AssertEquivalent(JsonNode? actual, string expected, string? message = null)
        => AssertEquivalent(actual, JsonNode.Parse(expected), message);

    /// <summary>A copy with date-time strings as UTC round-trip strings (<c>2023-09-21T18:56:32.6246320Z</c>).</summary>
    public static JsonNode? Canonical(JsonNode? node)
        => node switch
        {
            null => null,
            JsonObject obj => new JsonObject(obj.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(p.Key, Canonical(p.Value)))),
            JsonArray array => new JsonArray(array.Select(Canonical).ToArray()),
            JsonValue value when value.GetValueKind() == JsonValueKind.String && AsInstant(value.GetValue<string>()) is { } instant
                => JsonValue.Create(instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
            _ => node.DeepClone(),
        };

    public static string Indented(JsonNode? node)
        => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";

    private static DateTimeOffset? AsInstant(string text)
        => DateTimePattern().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
            ? instant
            : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();
}

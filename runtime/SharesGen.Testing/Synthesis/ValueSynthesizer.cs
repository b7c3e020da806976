using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharesGen.Testing.Contracts;

namespace SharesGen.Testing.Synthesis;

/// <summary>
/// Makes up a value that satisfies a schema, for members no request supplied: the schema's own example when it
/// conforms, else its default, its first enum value, a value of its format (now for a date-time, a fresh id for an
/// identifier), or the smallest value its constraints allow. Deterministic for a given seed and clock.
/// </summary>
internal sealed class ValueSynthesizer(ApiContract contract, TimeProvider time, PayloadValidator validator)
{
    private const int MaxDepth = 32;

    /// <summary>A value for <paramref name="schema"/>; <paramref name="name"/> (the member's name) picks ids and timestamps.</summary>
    public JsonNode? Make(SchemaNode schema, Random random, string? name = null, int depth = 0)
    {
        var resolved = contract.Resolve(schema);
        var nullable = schema.Nullable || resolved.Nullable;
        if (depth > MaxDepth)
        {
            return nullable ? null : Smallest(resolved);
        }

        if (IsTimestamp(resolved))
        {
            return Timestamp(time.GetUtcNow());
        }

        if (IsIdentifier(resolved, name))
        {
            return NewId(resolved, random);
        }

        foreach (var candidate in new[] { resolved.Example, resolved.Default })
        {
            if (candidate is { } value && Conforms(value, schema))
            {
                return JsonNode.Parse(value.GetRawText());
            }
        }

        if (resolved.Enum.Count > 0)
        {
            return resolved.Enum[0];
        }

        if (resolved.AnyOf.Count > 0 && resolved.Type is null && resolved.Properties.Count == 0)
        {
            return Make(resolved.AnyOf[0], random, name, depth + 1);
        }

        return resolved.Type switch
        {
            "string" => Text(resolved, random),
            "integer" => Number(resolved, integer: true),
            "number" => Number(resolved, integer: false),
            "boolean" => false,
            "array" => Array(resolved, random, depth),
            _ when resolved.Properties.Count > 0 || resolved.Type == "object" => Object(resolved, random, depth),
            _ => new JsonObject(),
        };
    }

    /// <summary>
    /// Completes <paramref name="value"/> so it satisfies <paramref name="schema"/>'s <c>anyOf</c>: when no alternative
    /// matches, the required members of the first object alternative that can be met are made up and added.
    /// </summary>
    public void SatisfyAlternatives(JsonObject value, SchemaNode schema, Random random, int depth = 0)
    {
        var resolved = contract.Resolve(schema);
        if (resolved.AnyOf.Count == 0 || Conforms(value, schema))
        {
            return;
        }

        foreach (var alternative in resolved.AnyOf.Select(contract.Resolve).Where(a => a.Type is null or "object" && a.Properties.Count + a.Required.Count > 0))
        {
            var trial = (JsonObject)value.DeepClone();
            foreach (var required in alternative.Required.Where(r => !trial.ContainsKey(r)))
            {
                trial[required] = Make(alternative.Properties.TryGetValue(required, out var member) ? member : SchemaNode.Any, random, required, depth + 1);
            }

            if (Conforms(trial, schema))
            {
                foreach (var (key, member) in trial.Where(p => !value.ContainsKey(p.Key)).ToArray())
                {
                    value[key] = member?.DeepClone();
                }

                return;
            }
        }
    }

    /// <summary>Whether a value satisfies a schema (warnings, such as an enum value the spec does not name, allowed).</summary>
    public bool Conforms(JsonNode? value, SchemaNode schema)
    {
        using var document = JsonDocument.Parse(value?.ToJsonString() ?? "null");
        return validator.Validate(document.RootElement, schema).IsValid;
    }

    public bool Conforms(JsonElement value, SchemaNode schema) => validator.Validate(value, schema).IsValid;

    /// <summary>A string that is a date-time: <c>format: date-time</c>, or an example that is one (Cloudflare's <c>created_on</c>).</summary>
    public static bool IsTimestamp(SchemaNode resolved)
        => resolved.Type is "string" or null && resolved.Enum.Count == 0
           && (resolved.Format == "date-time"
               || (resolved.Example is { ValueKind: JsonValueKind.String } example && LooksLikeDateTime(example.GetString()!)));

    /// <summary>UTC with microseconds, as Cloudflare writes it: <c>2023-09-21T18:56:32.624632Z</c>.</summary>
    public static string Timestamp(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A fresh id fitting the schema: 32 lowercase hex digits (Cloudflare's form), cut to <c>maxLength</c>; a UUID for <c>format: uuid</c>.</summary>
    public static JsonNode NewId(SchemaNode resolved, Random random)
    {
        if (resolved.Type is "integer" or "number")
        {
            return random.Next(1, int.MaxValue);
        }

        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        if (resolved.Format == "uuid")
        {
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes).ToString("D");
        }

        var hex = Convert.ToHexString(bytes).ToLowerInvariant();
        while (resolved.MinLength is { } min && hex.Length < min)
        {
            hex += hex;
        }

        return resolved.MaxLength is { } max && hex.Length > max ? hex[..Math.Max(max, 1)] : hex;
    }

    private static bool IsIdentifier(SchemaNode resolved, string? name)
        => name is not null && resolved.Type is "string" or null && resolved.Enum.Count == 0 && resolved.Format is null or "uuid"
           && (name == "id" || name.EndsWith("_id", StringComparison.Ordinal))
           && (resolved.Example is not { ValueKind: JsonValueKind.String } example || IsHex(example.GetString()!) || resolved.Format == "uuid");

    private static bool IsHex(string text) => text.Length > 0 && text.All(char.IsAsciiHexDigit);

    private static bool LooksLikeDateTime(string text)
        => text.Length >= 20 && text[10] is 'T' or 't' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static JsonNode Text(SchemaNode resolved, Random random)
    {
        var text = resolved.Format switch
        {
            "date" => Timestamp(DateTimeOffset.UnixEpoch)[..10],
            "uuid" => NewId(resolved, random).GetValue<string>(),
            "email" => "user@example.com",
            "uri" or "url" => "https://example.com/",
            "hostname" => "example.com",
            "ipv4" => "192.0.2.1",
            "ipv6" => "2001:db8::1",
            _ => "string",
        };
        var builder = new StringBuilder(text);
        while (resolved.MinLength is { } min && builder.Length < min)
        {
            builder.Append('x');
        }

        return resolved.MaxLength is { } max && builder.Length > max ? builder.ToString(0, max) : builder.ToString();
    }

    private static JsonNode Number(SchemaNode resolved, bool integer)
    {
        var value = resolved.Minimum ?? Math.Min(0, resolved.Maximum ?? 0);
        if (integer)
        {
            value = Math.Ceiling(value);
        }

        return integer && value is >= long.MinValue and <= long.MaxValue ? JsonValue.Create((long)value) : JsonValue.Create(value);
    }

    private JsonNode Array(SchemaNode resolved, Random random, int depth)
    {
        var array = new JsonArray();
        for (var i = 0; i < (resolved.MinItems ?? 0); i++)
        {
            array.Add(Make(resolved.Items ?? SchemaNode.Any, random, null, depth + 1));
        }

        return array;
    }

    private JsonObject Object(SchemaNode resolved, Random random, int depth)
    {
        var json = new JsonObject();
        foreach (var required in resolved.Required)
        {
            json[required] = Make(resolved.Properties.TryGetValue(required, out var member) ? member : SchemaNode.Any, random, required, depth + 1);
        }

        SatisfyAlternatives(json, resolved, random, depth);
        return json;
    }

    private static JsonNode? Smallest(SchemaNode resolved) => resolved.Type switch
    {
        "string" => string.Empty,
        "integer" or "number" => 0,
        "boolean" => false,
        "array" => new JsonArray(),
        _ => new JsonObject(),
    };
}

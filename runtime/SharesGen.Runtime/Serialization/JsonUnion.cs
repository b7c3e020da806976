using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Runtime.Serialization;

/// <summary>
/// What generated unions (<c>oneOf</c>/<c>anyOf</c> without a discriminator) share: a union holds the JSON itself, and
/// these tell which alternative it matches and read it as one. Nothing is thrown for JSON that matches no alternative:
/// it is a value a newer server may send, kept and written back as it came.
/// </summary>
public static class JsonUnion
{
    /// <summary>The JSON a converter writes for <paramref name="value"/>: how a union is made from one of its alternatives.</summary>
    public static JsonElement ToElement<T>(T value, JsonConverter<T> converter)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                converter.Write(writer, value, SharesGenJson.Options);
            }
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>
    /// Reads <paramref name="json"/> with <paramref name="converter"/>; false, rather than an exception, when it is not
    /// a value of that type (a member missing, of another type, or out of range).
    /// </summary>
    public static bool TryRead<T>(JsonElement json, JsonConverter<T> converter, [MaybeNullWhen(false)] out T value)
    {
        value = default;
        if (json.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return false;
        }

        try
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(json.GetRawText());
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            var read = converter.Read(ref reader, typeof(T), SharesGenJson.Options);
            if (read is null)
            {
                return false;
            }

            value = read;
            return true;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>A number whose value is an integer (<c>3</c>, <c>3.0</c>, <c>1e2</c>), by the rule of <see cref="JsonIntegers"/>.</summary>
    public static bool IsInteger(JsonElement json)
        => json.ValueKind == JsonValueKind.Number && JsonIntegers.IsIntegral(json.GetRawText().AsSpan());

    /// <summary>A string that reads as a date-time.</summary>
    public static bool IsDateTime(JsonElement json)
        => json.ValueKind == JsonValueKind.String && json.TryGetDateTimeOffset(out _);

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    public static bool IsBoolean(JsonElement json) => json.ValueKind is JsonValueKind.True or JsonValueKind.False;

    /// <summary>An object that has every member of <paramref name="required"/> (each may be null).</summary>
    public static bool IsObjectWith(JsonElement json, string[] required)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var name in required)
        {
            if (!json.TryGetProperty(name, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The string <paramref name="value"/>: an alternative that is one constant.</summary>
    public static bool IsString(JsonElement json, string value)
        => json.ValueKind == JsonValueKind.String && json.ValueEquals(value);

    /// <summary>An object whose member <paramref name="name"/> is a string equal to one of <paramref name="values"/>.</summary>
    public static bool HasValue(JsonElement json, string name, params string[] values)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty(name, out var member) || member.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var text = member.GetString();
        return Array.IndexOf(values, text) >= 0;
    }

    /// <summary>The string value of member <paramref name="name"/>, or null when it is missing or not a string.</summary>
    public static string? StringMember(JsonElement json, string name)
        => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String
            ? member.GetString()
            : null;
}

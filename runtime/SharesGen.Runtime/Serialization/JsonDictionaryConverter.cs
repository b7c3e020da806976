using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Runtime.Serialization;

/// <summary>
/// Reads and writes a JSON object as a dictionary from member names to values of one type (<c>additionalProperties</c>),
/// without reflection. Members keep the order they came in.
/// </summary>
public sealed class JsonDictionaryConverter<T> : JsonConverter<IDictionary<string, T>>
{
    private readonly JsonConverter<T> _value;

    /// <summary>Creates a dictionary converter over <paramref name="value"/>.</summary>
    public JsonDictionaryConverter(JsonConverter<T> value) => _value = value;

    /// <inheritdoc/>
    public override IDictionary<string, T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonReading.ExpectStartObject(ref reader, "a map");
        var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
        while (JsonReading.NextProperty(ref reader))
        {
            ReadMember(ref reader, dictionary, _value, options);
        }

        return dictionary;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IDictionary<string, T> value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteMembers(writer, value, _value, options);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads the member the reader is on (its name) into <paramref name="dictionary"/>: the map's own members, and the
    /// typed members a DTO keeps beyond its properties. A member given twice keeps its last value, as a map does.
    /// </summary>
    public static void ReadMember(ref Utf8JsonReader reader, IDictionary<string, T> dictionary, JsonConverter<T> value, JsonSerializerOptions options)
    {
        var name = reader.GetString()!;
        reader.Read();
        dictionary[name] = reader.TokenType == JsonTokenType.Null && default(T) is null ? default! : value.Read(ref reader, typeof(T), options)!;
    }

    /// <summary>Writes each entry as a member; null entries as JSON null.</summary>
    public static void WriteMembers(Utf8JsonWriter writer, IDictionary<string, T>? members, JsonConverter<T> value, JsonSerializerOptions options)
    {
        if (members is null)
        {
            return;
        }

        foreach (var pair in members)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.Write(writer, pair.Value, options);
            }
        }
    }
}

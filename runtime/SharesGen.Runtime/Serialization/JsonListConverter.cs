using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Runtime.Serialization;

/// <summary>Reads and writes a JSON array with an element converter, without reflection.</summary>
public sealed class JsonListConverter<T> : JsonConverter<IList<T>>
{
    private readonly JsonConverter<T> _element;

    /// <summary>Creates a list converter over <paramref name="element"/>.</summary>
    public JsonListConverter(JsonConverter<T> element) => _element = element;

    /// <inheritdoc/>
    public override IList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ReadList(ref reader, _element, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IList<T> value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                _element.Write(writer, item, options);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads an array (or null) into a list; the reader ends on the array's closing token.</summary>
    internal static List<T>? ReadList(ref Utf8JsonReader reader, JsonConverter<T> element, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array, found {reader.TokenType}.");
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(reader.TokenType == JsonTokenType.Null && default(T) is null ? default! : element.Read(ref reader, typeof(T), options)!);
        }

        return list;
    }
}

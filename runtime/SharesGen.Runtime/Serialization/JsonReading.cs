using System.Collections.Generic;
using System.Text.Json;

namespace SharesGen.Runtime.Serialization;

/// <summary>The small steps generated converters share when reading.</summary>
public static class JsonReading
{
    /// <summary>Throws unless the reader is on the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName}, found {reader.TokenType}.");
        }
    }

    /// <summary>Moves to the next property name; false at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended inside an object.");
        }

        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Keeps a member the spec does not describe, so it can be written back unchanged.</summary>
    public static void ReadAdditionalProperty(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? additionalProperties)
    {
        var name = reader.GetString()!;
        reader.Read();
        (additionalProperties ??= new Dictionary<string, JsonElement>(System.StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
    }

    /// <summary>The error for a required member that is missing or null.</summary>
    public static JsonException MissingRequired(string jsonName, string typeName)
        => new($"The required member '{jsonName}' of {typeName} is missing or null.");
}

/// <summary>The small steps generated converters share when writing.</summary>
public static class JsonWriting
{
    /// <summary>Writes back the members a newer server sent that the spec does not describe.</summary>
    public static void WriteAdditionalProperties(Utf8JsonWriter writer, IDictionary<string, JsonElement>? additionalProperties)
    {
        if (additionalProperties is null)
        {
            return;
        }

        foreach (var pair in additionalProperties)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }
}

/// <summary>Options for the runtime's own reading and writing; generated converters need no resolver.</summary>
internal static class SharesGenJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        // Converters are called directly, so no type is ever resolved; an empty resolver keeps it that way
        // (and lets the options be frozen where reflection is switched off).
        var options = new JsonSerializerOptions { TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine() };
        options.MakeReadOnly();
        return options;
    }
}

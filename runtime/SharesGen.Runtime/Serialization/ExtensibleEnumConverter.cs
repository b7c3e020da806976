using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Runtime.Serialization;

/// <summary>
/// Reads any JSON string into an extensible enum and writes its wire value back unchanged: a value a newer
/// server adds never breaks an older client. Only a non-string token is an error.
/// </summary>
public abstract class ExtensibleEnumConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum
{
    /// <summary>Wraps a wire value.</summary>
    protected abstract T FromWire(string value);

    /// <summary>
    /// Reads the current string token as a value the spec names, without making a string for it; false when it is
    /// not one (then <see cref="FromWire"/> wraps it). Generated converters override it; the base knows no values.
    /// </summary>
    /// <param name="reader">Positioned on a string token.</param>
    /// <param name="value">The named value, when it is one.</param>
    protected virtual bool TryReadKnown(ref Utf8JsonReader reader, out T value)
    {
        value = default;
        return false;
    }

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        return TryReadKnown(ref reader, out var known) ? known : FromWire(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => TryReadKnown(ref reader, out var known) ? known : FromWire(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WritePropertyName(value.Value);
}

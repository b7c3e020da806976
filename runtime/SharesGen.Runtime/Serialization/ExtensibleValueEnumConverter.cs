using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Runtime.Serialization;

/// <summary>
/// Reads and writes an extensible enum over a non-string value (<c>enum: [301, 302]</c>, <c>enum: [true]</c>): any
/// value of the underlying JSON type reads without throwing, is kept and written back unchanged.
/// </summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
/// <typeparam name="TValue">What it wraps: <c>long</c>, <c>double</c> or <c>bool</c>.</typeparam>
public abstract class ExtensibleValueEnumConverter<TEnum, TValue> : JsonConverter<TEnum>
    where TEnum : struct, IExtensibleEnum
{
    private readonly JsonConverter<TValue> _value;

    /// <summary>Reads and writes the wrapped value with <paramref name="value"/>.</summary>
    protected ExtensibleValueEnumConverter(JsonConverter<TValue> value) => _value = value;

    /// <summary>Wraps a wire value.</summary>
    protected abstract TEnum FromWire(TValue value);

    /// <summary>The wrapped value.</summary>
    protected abstract TValue ToWire(TEnum value);

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException($"Expected a value for {typeof(TEnum).Name}, found null.");
        }

        return FromWire(_value.Read(ref reader, typeof(TValue), options)!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        => _value.Write(writer, ToWire(value), options);
}

using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Runtime.Serialization;

/// <summary>Reads and writes <c>T?</c> with the converter of <typeparamref name="T"/>, without reflection.</summary>
public sealed class NullableValueConverter<T> : JsonConverter<T?>
    where T : struct
{
    private readonly JsonConverter<T> _inner;

    /// <summary>Wraps the converter of the underlying type.</summary>
    public NullableValueConverter(JsonConverter<T> inner) => _inner = inner;

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Null ? null : _inner.Read(ref reader, typeof(T), options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present)
        {
            _inner.Write(writer, present, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

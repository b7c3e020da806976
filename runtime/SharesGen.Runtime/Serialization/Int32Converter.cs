using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Runtime.Serialization;

/// <summary>
/// Reads and writes <c>int</c> by <see cref="JsonIntegers"/>' rule: integral numbers in any spelling (<c>3.0</c>, <c>1e2</c>)
/// are read, anything else or out of range is a <see cref="JsonException"/>. System.Text.Json's own converter refuses
/// <c>3.0</c>, which the spec (and the payload validator) allow.
/// </summary>
public sealed class Int32Converter : JsonConverter<int>
{
    /// <summary>The shared instance.</summary>
    public static readonly Int32Converter Instance = new();

    /// <inheritdoc/>
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonIntegers.ReadInt32(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

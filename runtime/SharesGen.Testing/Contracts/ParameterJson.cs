using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// Turns parameter text from a path, query or header into the JSON value the schema describes, so the payload
/// validator can check it: <c>per_page=20</c> becomes the number 20 for an integer schema, <c>true</c> a boolean. Text
/// that is not of the schema's type stays a string, which the validator then reports as the wrong type.
/// </summary>
internal static class ParameterJson
{
    /// <summary>One value.</summary>
    public static JsonElement Scalar(string text, SchemaNode resolved)
        => Write(writer => WriteScalar(writer, text, resolved));

    /// <summary>An array of values (repeated keys, or one comma-separated value when not exploded).</summary>
    public static JsonElement Array(IReadOnlyList<string> values, SchemaNode itemSchema)
        => Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                WriteScalar(writer, value, itemSchema);
            }

            writer.WriteEndArray();
        });

    /// <summary>Whether the text is of the schema's type once read (a number for integer/number, true/false for boolean).</summary>
    public static bool HasSchemaType(string text, SchemaNode resolved) => resolved.Type switch
    {
        "integer" or "number" => IsJsonNumber(text),
        "boolean" => text is "true" or "false",
        _ => true,
    };

    private static void WriteScalar(Utf8JsonWriter writer, string text, SchemaNode resolved)
    {
        if (!HasSchemaType(text, resolved) || resolved.Type is not ("integer" or "number" or "boolean"))
        {
            writer.WriteStringValue(text);
        }
        else if (resolved.Type == "boolean")
        {
            writer.WriteBooleanValue(text == "true");
        }
        else
        {
            writer.WriteRawValue(text, skipInputValidation: false);
        }
    }

    private static bool IsJsonNumber(string text)
    {
        if (text.Length == 0 || text.Length > 64)
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
            return reader.Read() && reader.TokenType == JsonTokenType.Number && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}

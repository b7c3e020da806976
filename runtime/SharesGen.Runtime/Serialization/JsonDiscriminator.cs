using System;
using System.Text.Json;

namespace SharesGen.Runtime.Serialization;

/// <summary>
/// Finds an object's discriminator member before the object is read, so a hierarchy's converter can hand the whole
/// object to the variant it names. The discriminator may come anywhere among the members, as JSON allows.
/// </summary>
public static class JsonDiscriminator
{
    /// <summary>
    /// The string value of the top-level member <paramref name="name"/> of the object the reader is on, or null when
    /// there is none or it is not a string. The reader is a copy: the caller's stays on the object's start.
    /// </summary>
    public static string? Peek(Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? found = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDiscriminator = reader.ValueTextEquals(name);
            reader.Read();
            if (isDiscriminator && found is null)
            {
                // The first occurrence decides, as the variant's converter will read it.
                found = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (found is null)
                {
                    return null;
                }
            }

            reader.Skip();
        }

        return found;
    }
}

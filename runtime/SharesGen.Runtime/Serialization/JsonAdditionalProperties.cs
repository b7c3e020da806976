using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Runtime.Serialization;

/// <summary>
/// Members of a DTO beyond its properties, when the spec types them (<c>additionalProperties: {schema}</c>): read into
/// and written from a dictionary of that type, in the order they came.
/// </summary>
public static class JsonAdditionalProperties
{
    /// <summary>Reads the member the reader is on (its name) into <paramref name="members"/>, creating it at the first.</summary>
    public static void Read<T>(ref Utf8JsonReader reader, ref Dictionary<string, T>? members, JsonConverter<T> value, JsonSerializerOptions options)
        => JsonDictionaryConverter<T>.ReadMember(ref reader, members ??= new Dictionary<string, T>(System.StringComparer.Ordinal), value, options);

    /// <summary>Writes <paramref name="members"/> back, each as a member of the object being written.</summary>
    public static void Write<T>(Utf8JsonWriter writer, IDictionary<string, T>? members, JsonConverter<T> value, JsonSerializerOptions options)
        => JsonDictionaryConverter<T>.WriteMembers(writer, members, value, options);
}

using System.IO;
using System.Text;
using System.Text.Json;
using SharpYaml.Serialization;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>Spec text in other spellings, for tests that a JSON spec reads as its YAML twin does.</summary>
internal static class SpecText
{
    /// <summary>
    /// A YAML spec as indented JSON. Plain scalars that are JSON literals (<c>true</c>, <c>3</c>) stay literals, every
    /// other scalar becomes a string: enough for the small specs tests write, not a general YAML converter.
    /// </summary>
    public static string ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, stream.Documents[0].RootNode);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var pair in mapping.Children)
                {
                    writer.WritePropertyName(((YamlScalarNode)pair.Key).Value!);
                    Write(writer, pair.Value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode { Style: SharpYaml.ScalarStyle.Plain, Value: "true" or "false" or "null" } literal:
                writer.WriteRawValue(literal.Value!);
                break;
            case YamlScalarNode { Style: SharpYaml.ScalarStyle.Plain } plain when long.TryParse(plain.Value, out var number):
                writer.WriteNumberValue(number);
                break;
            case YamlScalarNode scalar:
                writer.WriteStringValue(scalar.Value);
                break;
        }
    }
}

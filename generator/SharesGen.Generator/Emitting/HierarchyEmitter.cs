using System.Linq;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits a hierarchy: the abstract base its variants (DTOs emitted on their own) derive from, the variant for
/// discriminator values the spec does not name, and the converter. The converter finds the discriminator member
/// wherever it is in the object (<c>JsonDiscriminator.Peek</c>, on a copy of the reader), then hands the whole object
/// to the variant's own converter: no reflection, no buffering beyond what System.Text.Json already holds. An object
/// with a value the spec does not name, or with none, reads as the unknown variant and is written back as it came.
/// </summary>
internal static class HierarchyEmitter
{
    public static string Emit(string @namespace, HierarchyModel model)
    {
        var names = new CodeNames(@namespace);
        var writer = Preamble.Begin(@namespace);
        EmitBase(writer, names, model);
        writer.WriteLine();
        EmitUnknown(writer, names, model);
        writer.WriteLine();
        EmitConverter(writer, names, model);
        return Preamble.End(writer);
    }

    private static void EmitBase(SourceWriter writer, CodeNames names, HierarchyModel model)
    {
        var discriminator = Literals.DocInline(model.DiscriminatorJsonName);
        DocComments.Summary(writer, model.Description, $"One of the variants below, told apart by <c>{discriminator}</c>.");
        var variants = string.Join("\n", model.Variants.Select(v => $"<item><c>{Literals.DocInline(v.Value)}</c>: <see cref=\"{names.Generated(v.TypeName)}\"/></item>"));
        DocComments.Element(
            writer,
            "remarks",
            $"Match on the variant (<c>switch</c>, <c>is</c>); the member <c>{discriminator}</c> says which it is:\n<list type=\"bullet\">\n{variants}\n"
            + $"<item>any other value, or none: <see cref=\"{names.Generated(model.UnknownName)}\"/>, which keeps the JSON as sent.</item>\n</list>",
            escape: false);
        writer.WriteLine($"[global::System.Text.Json.Serialization.JsonConverter(typeof({names.Generated(names.ConverterName(model.Name))}))]");
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public abstract partial class {model.Name}"))
        {
            DocComments.Element(writer, "summary", "Only the generated variants derive from this type.", escape: false);
            writer.WriteLine($"private protected {model.Name}()");
            writer.WriteLine("{");
            writer.WriteLine("}");
        }
    }

    private static void EmitUnknown(SourceWriter writer, CodeNames names, HierarchyModel model)
    {
        var discriminator = Literals.DocInline(model.DiscriminatorJsonName);
        DocComments.Element(writer, "summary", $"A <see cref=\"{names.Generated(model.Name)}\"/> whose <c>{discriminator}</c> this version of the spec does not name (a\nvariant added to the API later), or that has none. It is kept as sent and written back unchanged.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public sealed partial class {model.UnknownName} : {names.Generated(model.Name)}"))
        {
            DocComments.Element(writer, "summary", "Wraps an object as the server sent it.", escape: false);
            writer.WriteLine("/// <param name=\"json\">The object.</param>");
            using (writer.OpenBlock($"public {model.UnknownName}({CodeNames.Json}.JsonElement json)"))
            {
                writer.WriteLine("Json = json.Clone();");
            }

            writer.WriteLine();
            DocComments.Element(writer, "summary", "The object exactly as it was sent.", escape: false);
            writer.WriteLine($"public {CodeNames.Json}.JsonElement Json {{ get; }}");
            writer.WriteLine();
            DocComments.Element(writer, "summary", $"The <c>{discriminator}</c> value as sent; null when it is missing or not a string.", escape: false);
            writer.WriteLine($"public string? {model.UnknownDiscriminatorMember} => {CodeNames.Serialization}.JsonUnion.StringMember(Json, {Literals.String(model.DiscriminatorJsonName)});");
        }
    }

    private static void EmitConverter(SourceWriter writer, CodeNames names, HierarchyModel model)
    {
        var type = names.Generated(model.Name);
        var converter = names.ConverterName(model.Name);
        var unknown = names.Generated(model.UnknownName);
        DocComments.Element(writer, "summary", $"Reads and writes <see cref=\"{type}\"/> by its discriminator, without reflection.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"internal sealed class {converter} : global::System.Text.Json.Serialization.JsonConverter<{type}>"))
        {
            writer.WriteLine($"public static readonly {converter} Instance = new();");
            writer.WriteLine();
            using (writer.OpenBlock($"public override {type}? Read(ref {CodeNames.Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {CodeNames.Json}.JsonSerializerOptions options)"))
            {
                using (writer.OpenBlock($"if (reader.TokenType == {CodeNames.Json}.JsonTokenType.Null)"))
                {
                    writer.WriteLine("return null;");
                }

                writer.WriteLine();
                writer.WriteLine($"{CodeNames.Serialization}.JsonReading.ExpectStartObject(ref reader, {Literals.String(model.Name)});");
                var name = Literals.Utf8(model.DiscriminatorJsonName) ?? $"global::System.Text.Encoding.UTF8.GetBytes({Literals.String(model.DiscriminatorJsonName)})";
                writer.WriteLine($"switch ({CodeNames.Serialization}.JsonDiscriminator.Peek(reader, {name}))");
                writer.WriteLine("{");
                foreach (var variant in model.Variants)
                {
                    var variantType = names.Generated(variant.TypeName);
                    writer.WriteLine($"    case {Literals.String(variant.Value)}:");
                    writer.WriteLine($"        return {names.Generated(names.ConverterName(variant.TypeName))}.Instance.Read(ref reader, typeof({variantType}), options);");
                }

                writer.WriteLine("    default:");
                writer.WriteLine($"        return new {unknown}({CodeNames.Json}.JsonElement.ParseValue(ref reader));");
                writer.WriteLine("}");
            }

            writer.WriteLine();
            using (writer.OpenBlock($"public override void Write({CodeNames.Json}.Utf8JsonWriter writer, {type} value, {CodeNames.Json}.JsonSerializerOptions options)"))
            {
                writer.WriteLine("switch (value)");
                writer.WriteLine("{");
                writer.WriteLine("    case null:");
                writer.WriteLine("        writer.WriteNullValue();");
                writer.WriteLine("        return;");
                foreach (var variantName in model.Variants.Select(v => v.TypeName).Distinct())
                {
                    writer.WriteLine($"    case {names.Generated(variantName)} variant:");
                    writer.WriteLine($"        {names.Generated(names.ConverterName(variantName))}.Instance.Write(writer, variant, options);");
                    writer.WriteLine("        return;");
                }

                writer.WriteLine($"    case {unknown} unknown:");
                writer.WriteLine("        unknown.Json.WriteTo(writer);");
                writer.WriteLine("        return;");
                writer.WriteLine("    default:");
                writer.WriteLine($"        throw new {CodeNames.Json}.JsonException(value.GetType().Name + {Literals.String(" is not a variant generated for " + model.Name + ".")});");
                writer.WriteLine("}");
            }
        }
    }
}

using System.Linq;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits a DTO and its reflection-free <c>JsonConverter</c>. Unknown members are kept in
/// <c>AdditionalProperties</c> and written back, so nothing a newer server sends is lost; when the spec types them
/// (<c>additionalProperties: {schema}</c>) they are a dictionary of that type. A variant of a hierarchy derives from
/// its base and starts with its discriminator value set.
/// </summary>
internal static class ObjectEmitter
{
    /// <summary>The converter field of typed additional members; member fields are <c>s_{member}Converter</c>, never this.</summary>
    private const string AdditionalConverterField = "s_additionalMembersConverter";

    public static string Emit(string @namespace, ObjectModel model)
    {
        var names = new CodeNames(@namespace);
        var writer = Preamble.Begin(@namespace);
        EmitClass(writer, names, model);
        writer.WriteLine();
        EmitConverter(writer, names, model);
        return Preamble.End(writer);
    }

    private static void EmitClass(SourceWriter writer, CodeNames names, ObjectModel model)
    {
        DocComments.Summary(writer, model.Description, Origin(model.SpecPointer));
        writer.WriteLine($"[global::System.Text.Json.Serialization.JsonConverter(typeof({names.Generated(names.ConverterName(model.Name))}))]");
        writer.WriteLine(CodeNames.GeneratedCode);
        var baseType = model.BaseType is { } @base ? " : " + names.Generated(@base) : string.Empty;
        using (writer.OpenBlock($"public sealed partial class {model.Name}{baseType}"))
        {
            foreach (var property in model.Properties)
            {
                // Without a description, the wire facts are the summary: a sentence restating the name would say nothing.
                if (string.IsNullOrWhiteSpace(property.Description))
                {
                    WireFacts(writer, "summary", property);
                }
                else
                {
                    DocComments.Element(writer, "summary", property.Description!, escape: true);
                    WireFacts(writer, "remarks", property);
                }

                if (ObsoleteMessage(property) is { } message)
                {
                    writer.WriteLine($"[global::System.Obsolete({Literals.String(message)})]");
                }

                var required = property.IsRequired ? "required " : string.Empty;
                var initializer = property.DiscriminatorValue is { } discriminator ? " = " + Literals.String(discriminator) + ";" : string.Empty;
                writer.WriteLine($"public {required}{names.Type(property.Type, property.IsNullableInCSharp)} {property.Name} {{ get; set; }}{initializer}");
                writer.WriteLine();
            }

            if (model.AdditionalPropertiesType is { } additional)
            {
                DocComments.Element(writer, "summary", "Members beyond the properties above, by wire name: the spec gives them one type.\nThey are written back after the properties, in order.", escape: false);
                writer.WriteLine($"public global::System.Collections.Generic.IDictionary<string, {names.Type(additional)}>? AdditionalProperties {{ get; set; }}");
            }
            else
            {
                DocComments.Element(writer, "summary", "Members the server sent that this version of the spec does not describe, by wire name.\nThey are written back unchanged, so a read-modify-write cycle loses nothing.", escape: false);
                writer.WriteLine($"public global::System.Collections.Generic.IDictionary<string, {CodeNames.Json}.JsonElement>? AdditionalProperties {{ get; set; }}");
            }
        }
    }

    /// <summary>The summary of a class the spec does not describe: where the spec defines it, so a reader can look it up.</summary>
    internal static string Origin(string pointer)
    {
        const string Components = "#/components/schemas/";
        return pointer.StartsWith(Components, System.StringComparison.Ordinal) && pointer.IndexOf('/', Components.Length) < 0
            ? $"Schema <c>{Literals.DocInline(PointerSegment.Unescape(pointer.Substring(Components.Length)))}</c> of the spec."
            : $"The schema at <c>{Literals.DocInline(pointer)}</c> in the spec.";
    }


    /// <summary>
    /// The <c>[Obsolete]</c> message of a deprecated member, or null. A deprecated member the spec still requires is not
    /// marked: C# forbids <c>required</c> with <c>[Obsolete]</c> (CS9042, an error under TreatWarningsAsErrors), and
    /// rightly, since every caller must still set it and a warning nobody can act on only teaches them to ignore
    /// warnings. Its remarks say it is deprecated instead.
    /// </summary>
    private static string? ObsoleteMessage(PropertyModel property) => property.IsRequired ? null : property.ObsoleteMessage;

    private static bool HasObsoleteMembers(ObjectModel model) => model.Properties.Any(p => ObsoleteMessage(p) is not null);

    /// <summary>
    /// What the wire says of a member, as one doc line: its wire name, whether it is required, and its constraints.
    /// The parts go straight into the file (issue 15: a list of strings joined into a string was garbage for each member).
    /// </summary>
    private static void WireFacts(SourceWriter writer, string tag, PropertyModel property)
    {
        var presence = property.IsRequired ? " Required." : " Optional: left out of the JSON when null.";

        // The deprecation message is the description (already the summary) or a stock text: no need to repeat it.
        var deprecated = property.IsRequired && property.ObsoleteMessage is not null ? " Deprecated by the API, but still required." : string.Empty;
        var nullable = property.IsNullable ? " The API may send null." : string.Empty;
        var discriminator = property.DiscriminatorValue is { } value ? $" Says which variant this is: <c>{Literals.DocInline(value)}</c> unless set otherwise." : string.Empty;
        var constraints = property.Constraints;
        var maxLength = constraints.MaxLength is { } max ? $" At most {max} characters." : string.Empty;
        var minimum = constraints.Minimum is { } least ? $" At least {Literals.Number(least).TrimEnd('d')}." : string.Empty;
        var maximum = constraints.Maximum is { } most ? $" At most {Literals.Number(most).TrimEnd('d')}." : string.Empty;
        writer.WriteLine($"/// <{tag}>Wire name: <c>{Literals.DocInline(property.JsonName)}</c>.{presence}{deprecated}{nullable}{discriminator}{maxLength}{minimum}{maximum}</{tag}>");
    }

    private static void EmitConverter(SourceWriter writer, CodeNames names, ObjectModel model)
    {
        var type = names.Generated(model.Name);
        var converter = names.ConverterName(model.Name);
        var members = new ConverterNames(model);
        DocComments.Element(writer, "summary", $"Reads and writes <see cref=\"{type}\"/> without reflection.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"internal sealed class {converter} : global::System.Text.Json.Serialization.JsonConverter<{type}>"))
        {
            writer.WriteLine($"public static readonly {converter} Instance = new();");
            writer.WriteLine();
            foreach (var property in model.Properties)
            {
                writer.WriteLine($"private static readonly {CodeNames.Json}.JsonEncodedText {members.NameField(property)} = {CodeNames.Json}.JsonEncodedText.Encode({Literals.String(property.JsonName)});");
            }

            foreach (var property in model.Properties.Where(p => CodeNames.NeedsConverterField(p.Type)))
            {
                writer.WriteLine($"private static readonly {CodeNames.Json}.Serialization.JsonConverter<{names.Type(property.Type)}> {members.ConverterField(property)} = {names.Converter(property.Type)};");
            }

            if (model.AdditionalPropertiesType is { } additional)
            {
                writer.WriteLine($"private static readonly {CodeNames.Json}.Serialization.JsonConverter<{names.Type(additional)}> {AdditionalConverterField} = {names.ElementConverter(additional)};");
            }

            writer.WriteLine();
            EmitRead(writer, names, members, model, type);
            writer.WriteLine();
            EmitWrite(writer, names, members, model, type);
        }
    }

    private static void EmitRead(SourceWriter writer, CodeNames names, ConverterNames members, ObjectModel model, string type)
    {
        using (writer.OpenBlock($"public override {type}? Read(ref {CodeNames.Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {CodeNames.Json}.JsonSerializerOptions options)"))
        {
            using (writer.OpenBlock($"if (reader.TokenType == {CodeNames.Json}.JsonTokenType.Null)"))
            {
                writer.WriteLine("return null;");
            }

            writer.WriteLine();
            var typeLiteral = Literals.String(model.Name);
            writer.WriteLine($"{CodeNames.Serialization}.JsonReading.ExpectStartObject(ref reader, {typeLiteral});");
            foreach (var property in model.Properties)
            {
                writer.WriteLine($"{names.Type(property.Type)}? {members.Local(property)} = default;");
            }

            var additionalType = model.AdditionalPropertiesType is { } typed ? names.Type(typed) : CodeNames.Json + ".JsonElement";
            writer.WriteLine($"global::System.Collections.Generic.Dictionary<string, {additionalType}>? additionalProperties = null;");
            writer.WriteLine();
            using (writer.OpenBlock($"while ({CodeNames.Serialization}.JsonReading.NextProperty(ref reader))"))
            {
                var first = true;
                foreach (var property in model.Properties)
                {
                    var name = Literals.Utf8(property.JsonName) ?? Literals.String(property.JsonName);
                    using (writer.OpenBlock($"{(first ? "if" : "else if")} (reader.ValueTextEquals({name}))"))
                    {
                        writer.WriteLine("reader.Read();");
                        writer.WriteLine($"{members.Local(property)} = {ReadExpression(names, members, property)};");
                    }

                    first = false;
                }

                using (writer.OpenBlock(first ? null : "else"))
                {
                    writer.WriteLine(model.AdditionalPropertiesType is null
                        ? $"{CodeNames.Serialization}.JsonReading.ReadAdditionalProperty(ref reader, ref additionalProperties);"
                        : $"{CodeNames.Serialization}.JsonAdditionalProperties.Read(ref reader, ref additionalProperties, {AdditionalConverterField}, options);");
                }
            }

            writer.WriteLine();
            var hasObsolete = HasObsoleteMembers(model);
            if (hasObsolete)
            {
                writer.WriteLine("#pragma warning disable CS0618 // Deprecated members still round-trip.");
            }

            using (writer.OpenBlock($"return new {type}", closeSuffix: ";"))
            {
                foreach (var property in model.Properties)
                {
                    if (property.IsNullableInCSharp)
                    {
                        writer.WriteLine($"{property.Name} = {members.Local(property)},");
                    }
                    else
                    {
                        writer.WriteLine($"{property.Name} = {members.Local(property)} ?? throw {CodeNames.Serialization}.JsonReading.MissingRequired({Literals.String(property.JsonName)}, {typeLiteral}),");
                    }
                }

                writer.WriteLine("AdditionalProperties = additionalProperties,");
            }

            if (hasObsolete)
            {
                writer.WriteLine("#pragma warning restore CS0618");
            }
        }
    }

    private static void EmitWrite(SourceWriter writer, CodeNames names, ConverterNames members, ObjectModel model, string type)
    {
        using (writer.OpenBlock($"public override void Write({CodeNames.Json}.Utf8JsonWriter writer, {type} value, {CodeNames.Json}.JsonSerializerOptions options)"))
        {
            using (writer.OpenBlock("if (value is null)"))
            {
                writer.WriteLine("writer.WriteNullValue();");
                writer.WriteLine("return;");
            }

            writer.WriteLine();
            if (HasObsoleteMembers(model))
            {
                writer.WriteLine("#pragma warning disable CS0618 // Deprecated members are still written.");
            }

            writer.WriteLine("writer.WriteStartObject();");
            foreach (var property in model.Properties)
            {
                var access = "value." + property.Name;
                if (!property.IsNullableInCSharp)
                {
                    writer.WriteLine($"writer.WritePropertyName({members.NameField(property)});");
                    writer.WriteLine($"{WriteStatement(names, members, property, access)};");
                    continue;
                }

                var local = members.Local(property) + "Value";
                using (writer.OpenBlock($"if ({access} is {{ }} {local})"))
                {
                    writer.WriteLine($"writer.WritePropertyName({members.NameField(property)});");
                    writer.WriteLine($"{WriteStatement(names, members, property, local)};");
                }

                if (property.IsRequired)
                {
                    // Required but nullable: the member must be on the wire, as null.
                    using (writer.OpenBlock("else"))
                    {
                        writer.WriteLine($"writer.WriteNull({members.NameField(property)});");
                    }
                }
            }

            writer.WriteLine(model.AdditionalPropertiesType is null
                ? $"{CodeNames.Serialization}.JsonWriting.WriteAdditionalProperties(writer, value.AdditionalProperties);"
                : $"{CodeNames.Serialization}.JsonAdditionalProperties.Write(writer, value.AdditionalProperties, {AdditionalConverterField}, options);");
            writer.WriteLine("writer.WriteEndObject();");
            if (HasObsoleteMembers(model))
            {
                writer.WriteLine("#pragma warning restore CS0618");
            }
        }
    }

    /// <summary>An expression of type <c>T?</c>: every read tolerates a JSON null, checked later if required.</summary>
    private static string ReadExpression(CodeNames names, ConverterNames members, PropertyModel property)
    {
        var type = property.Type;
        return type.Kind switch
        {
            TypeKind.String => "reader.GetString()",
            TypeKind.Int32 => OrNull(names, type) + $"{CodeNames.Serialization}.JsonIntegers.ReadInt32(ref reader)",
            TypeKind.Int64 => OrNull(names, type) + $"{CodeNames.Serialization}.JsonIntegers.ReadInt64(ref reader)",
            TypeKind.Double => OrNull(names, type) + "reader.GetDouble()",
            TypeKind.Boolean => OrNull(names, type) + "reader.GetBoolean()",
            TypeKind.Json => $"{CodeNames.Json}.JsonElement.ParseValue(ref reader)",
            TypeKind.DateTimeOffset or TypeKind.Enum => OrNull(names, type) + $"{names.Converter(type)}.Read(ref reader, typeof({names.Type(type)}), options)",
            TypeKind.Object => $"{names.Converter(type)}.Read(ref reader, typeof({names.Type(type)}), options)",
            _ => $"{members.ConverterField(property)}.Read(ref reader, typeof({names.Type(type)}), options)",
        };
    }

    /// <summary>The start of a read that gives a value type's null for a JSON null; made only for the kinds that need it.</summary>
    private static string OrNull(CodeNames names, TypeRef type) => $"reader.TokenType == {CodeNames.Json}.JsonTokenType.Null ? default({names.Type(type)}?) : ";

    private static string WriteStatement(CodeNames names, ConverterNames members, PropertyModel property, string value) => property.Type.Kind switch
    {
        TypeKind.String => $"writer.WriteStringValue({value})",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double => $"writer.WriteNumberValue({value})",
        TypeKind.Boolean => $"writer.WriteBooleanValue({value})",
        TypeKind.Json => $"{value}.WriteTo(writer)",
        TypeKind.Array or TypeKind.Map => $"{members.ConverterField(property)}.Write(writer, {value}, options)",
        _ => $"{names.Converter(property.Type)}.Write(writer, {value}, options)",
    };

    /// <summary>
    /// The converter's field and local names for each member. They come from the member's C# name, camel-cased;
    /// distinct members can still meet there (<c>Value</c> becomes the local <c>valueMember</c>, as does
    /// <c>ValueMember</c>; <c>Kelvin</c> and <c>\u212Aelvin</c>, a Kelvin sign, both lower to <c>kelvin</c>), so each
    /// name is claimed once and a later member gets a number.
    /// </summary>
    private sealed class ConverterNames
    {
        /// <summary>The converter's own parameters and locals, which a member's local must not be.</summary>
        private static readonly string[] ReservedLocals = { "reader", "typeToConvert", "options", "additionalProperties", "writer", "value" };

        /// <summary>Each member's names, spelled out once: an emitter asks for each several times.</summary>
        private readonly System.Collections.Generic.Dictionary<string, (string NameField, string ConverterField, string Local)> _byMember = new(System.StringComparer.Ordinal);

        public ConverterNames(ObjectModel model)
        {
            var fields = new Reading.NameScope("additionalMembers");
            var locals = new Reading.NameScope(ReservedLocals);
            foreach (var property in model.Properties)
            {
                var camel = Camel(property.Name);
                var local = System.Array.IndexOf(ReservedLocals, camel) >= 0
                    ? locals.Claim(camel + "Member", property.Name, out _)
                    : "@" + locals.Claim(camel, property.Name, out _);
                var field = fields.Claim(camel, property.Name, out _);
                _byMember[property.Name] = ("s_" + field + "Name", CodeNames.NeedsConverterField(property.Type) ? "s_" + field + "Converter" : string.Empty, local);
            }
        }

        public string NameField(PropertyModel property) => _byMember[property.Name].NameField;

        /// <summary>The converter field of a list or map member (<see cref="CodeNames.NeedsConverterField"/>); no other member has one.</summary>
        public string ConverterField(PropertyModel property) => _byMember[property.Name].ConverterField;

        /// <summary>A local for a member; never one of the converter's own parameter or local names.</summary>
        public string Local(PropertyModel property) => _byMember[property.Name].Local;

        private static string Camel(string pascal) => pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }
}

using System.Linq;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits a union: a class over the JSON itself with, per alternative, <c>Is…</c> (does the JSON look like it),
/// <c>TryGet…</c> (read it as that type) and <c>From…</c> (make the union from one). Reading decides nothing and throws
/// for nothing: JSON that matches no alternative, or several, is kept and written back byte for byte, the way
/// Stainless's SDKs keep a union's raw JSON beside its typed views.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(string @namespace, UnionModel model)
    {
        var names = new CodeNames(@namespace);
        var writer = Preamble.Begin(@namespace);
        EmitClass(writer, names, model);
        writer.WriteLine();
        EmitConverter(writer, names, model);
        return Preamble.End(writer);
    }

    private static void EmitClass(SourceWriter writer, CodeNames names, UnionModel model)
    {
        var type = names.Generated(model.Name);
        var count = model.Keyword == "anyOf" ? "one or more" : "exactly one";
        DocComments.Summary(writer, model.Description, $"A value that is {count} of the alternatives below.");
        var alternatives = string.Join("\n", model.Branches.Select(b => $"<item><c>{b.Label}</c>: {Describe(names, b.Type)}</item>"));
        DocComments.Element(
            writer,
            "remarks",
            $"The JSON is kept as it came (<see cref=\"{UnionMembers.Json}\"/>) and written back unchanged, whether it matches an\nalternative or not; <c>Is…</c> tells which it looks like, <c>TryGet…</c> reads it as one.\n<list type=\"bullet\">\n{alternatives}\n</list>",
            escape: false);
        writer.WriteLine($"[global::System.Text.Json.Serialization.JsonConverter(typeof({names.Generated(names.ConverterName(model.Name))}))]");
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public sealed partial class {model.Name}"))
        {
            foreach (var branch in model.Branches)
            {
                writer.WriteLine($"private static readonly {CodeNames.Json}.Serialization.JsonConverter<{names.Type(branch.Type)}> {ConverterField(branch)} = {names.ElementConverter(branch.Type)};");
                if (!branch.Shape.RequiredMembers.IsEmpty)
                {
                    writer.WriteLine($"private static readonly string[] {RequiredField(branch)} = {{ {string.Join(", ", branch.Shape.RequiredMembers.Select(Literals.String))} }};");
                }
            }

            writer.WriteLine();
            writer.WriteLine($"private {model.Name}({CodeNames.Json}.JsonElement json)");
            writer.WriteLine("{");
            writer.WriteLine($"    {UnionMembers.Json} = json;");
            writer.WriteLine("}");
            writer.WriteLine();
            DocComments.Element(writer, "summary", "The value exactly as it came, or as it was made from an alternative.", escape: false);
            writer.WriteLine($"public {CodeNames.Json}.JsonElement {UnionMembers.Json} {{ get; }}");
            writer.WriteLine();
            DocComments.Element(writer, "summary", "Wraps any JSON value, whether it matches an alternative or not.", escape: false);
            writer.WriteLine("/// <param name=\"json\">The value.</param>");
            writer.WriteLine($"public static {type} {UnionMembers.FromJson}({CodeNames.Json}.JsonElement json) => new(json.Clone());");
            foreach (var branch in model.Branches)
            {
                EmitBranch(writer, names, model, branch);
            }

            writer.WriteLine();
            DocComments.Element(writer, "summary", "The JSON text.", escape: false);
            writer.WriteLine($"public override string ToString() => {UnionMembers.Json}.GetRawText();");
        }
    }

    private static void EmitBranch(SourceWriter writer, CodeNames names, UnionModel model, UnionBranchModel branch)
    {
        var type = names.Generated(model.Name);
        var branchType = names.Type(branch.Type);
        var described = Describe(names, branch.Type);
        writer.WriteLine();
        DocComments.Element(writer, "summary", $"True when the JSON looks like {described}{ShapeNote(branch.Shape)}.", escape: false);
        writer.WriteLine($"public bool Is{branch.Label} => {Check(branch)};");
        writer.WriteLine();
        DocComments.Element(writer, "summary", $"Reads the value as {described}; false when it is not one.", escape: false);
        writer.WriteLine("/// <param name=\"value\">The value, when this returns true.</param>");
        var parameter = branch.Type.IsValueType ? $"out {branchType} value" : $"[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {branchType}? value";
        using (writer.OpenBlock($"public bool TryGet{branch.Label}({parameter})"))
        {
            writer.WriteLine("value = default;");
            writer.WriteLine($"return Is{branch.Label} && {CodeNames.Serialization}.JsonUnion.TryRead({UnionMembers.Json}, {ConverterField(branch)}, out value);");
        }

        if (branch.Type.Kind == TypeKind.Json)
        {
            // FromJson already makes a union from any JSON.
            return;
        }

        writer.WriteLine();
        DocComments.Element(writer, "summary", $"Makes the value from {described}.", escape: false);
        writer.WriteLine("/// <param name=\"value\">The alternative.</param>");
        writer.WriteLine($"public static {type} From{branch.Label}({branchType} value) => new({CodeNames.Serialization}.JsonUnion.ToElement(value, {ConverterField(branch)}));");
        if (branch.Type.Kind is not (TypeKind.Array or TypeKind.Map))
        {
            // C# has no user-defined conversions from interfaces (IList, IDictionary): those use From… alone.
            writer.WriteLine();
            DocComments.Element(writer, "summary", $"Makes the value from {described}.", escape: false);
            writer.WriteLine("/// <param name=\"value\">The alternative.</param>");
            writer.WriteLine($"public static implicit operator {type}({branchType} value) => From{branch.Label}(value);");
        }
    }

    /// <summary>The <c>Is…</c> test, on the JSON alone.</summary>
    private static string Check(UnionBranchModel branch)
    {
        var json = UnionMembers.Json;
        var kind = CodeNames.Json + ".JsonValueKind";
        var union = CodeNames.Serialization + ".JsonUnion";
        return branch.Shape.Kind switch
        {
            JsonKind.Any => "true",
            JsonKind.String when branch.Shape.Literal is { } literal => $"{union}.IsString({json}, {Literals.String(literal)})",
            JsonKind.String => $"{json}.ValueKind == {kind}.String",
            JsonKind.DateTime => $"{union}.IsDateTime({json})",
            JsonKind.Integer => $"{union}.IsInteger({json})",
            JsonKind.Number => $"{json}.ValueKind == {kind}.Number",
            JsonKind.Boolean => $"{union}.IsBoolean({json})",
            JsonKind.Array => $"{json}.ValueKind == {kind}.Array",
            _ => string.Join(" && ", new[]
                {
                    branch.Shape.RequiredMembers.IsEmpty ? $"{json}.ValueKind == {kind}.Object" : $"{union}.IsObjectWith({json}, {RequiredField(branch)})",
                }
                .Concat(branch.Shape.FixedMembers.Select(m => $"{union}.HasValue({json}, {Literals.String(m.JsonName)}, {string.Join(", ", m.Values.Select(Literals.String))})"))),
        };
    }

    private static string ShapeNote(JsonShape shape)
    {
        if (shape.Literal is { } literal)
        {
            return $": the string <c>{Literals.DocInline(literal)}</c>";
        }

        var parts = shape.RequiredMembers.Select(m => $"<c>{Literals.DocInline(m)}</c>").ToList();
        var requires = parts.Count > 0 ? ": an object with " + string.Join(", ", parts) : string.Empty;
        var fixes = string.Join(", ", shape.FixedMembers.Select(m => $"<c>{Literals.DocInline(m.JsonName)}</c> = {string.Join(" or ", m.Values.Select(v => "<c>" + Literals.DocInline(v) + "</c>"))}"));
        return fixes.Length == 0 ? requires : (requires.Length == 0 ? ": an object with " : requires + ", ") + fixes;
    }

    private static string Describe(CodeNames names, TypeRef type) => type.Kind switch
    {
        TypeKind.Object or TypeKind.Enum => $"<see cref=\"{names.Generated(type.Name!)}\"/>",
        TypeKind.String => "a string",
        TypeKind.DateTimeOffset => "a date-time",
        TypeKind.Int32 or TypeKind.Int64 => "an integer",
        TypeKind.Double => "a number",
        TypeKind.Boolean => "a boolean",
        TypeKind.Array => "a list of " + Plural(names, type.Element!),
        TypeKind.Map => "an object of " + Plural(names, type.Element!),
        _ => "any JSON value",
    };

    private static string Plural(CodeNames names, TypeRef element) => element.Kind switch
    {
        TypeKind.Object or TypeKind.Enum => $"<see cref=\"{names.Generated(element.Name!)}\"/>",
        TypeKind.String => "strings",
        TypeKind.DateTimeOffset => "date-times",
        TypeKind.Int32 or TypeKind.Int64 => "integers",
        TypeKind.Double => "numbers",
        TypeKind.Boolean => "booleans",
        TypeKind.Array => "lists",
        TypeKind.Map => "objects",
        _ => "JSON values",
    };

    private static string ConverterField(UnionBranchModel branch) => "s_" + Camel(branch.Label) + "Converter";

    private static string RequiredField(UnionBranchModel branch) => "s_" + Camel(branch.Label) + "Required";

    private static string Camel(string pascal) => pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);

    private static void EmitConverter(SourceWriter writer, CodeNames names, UnionModel model)
    {
        var type = names.Generated(model.Name);
        var converter = names.ConverterName(model.Name);
        DocComments.Element(writer, "summary", $"Reads and writes <see cref=\"{type}\"/> as the JSON it holds, without reflection.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"internal sealed class {converter} : global::System.Text.Json.Serialization.JsonConverter<{type}>"))
        {
            writer.WriteLine($"public static readonly {converter} Instance = new();");
            writer.WriteLine();
            writer.WriteLine($"public override {type}? Read(ref {CodeNames.Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {CodeNames.Json}.JsonSerializerOptions options)");
            writer.WriteLine($"    => reader.TokenType == {CodeNames.Json}.JsonTokenType.Null ? null : {type}.FromJson({CodeNames.Json}.JsonElement.ParseValue(ref reader));");
            writer.WriteLine();
            using (writer.OpenBlock($"public override void Write({CodeNames.Json}.Utf8JsonWriter writer, {type} value, {CodeNames.Json}.JsonSerializerOptions options)"))
            {
                using (writer.OpenBlock("if (value is null)"))
                {
                    writer.WriteLine("writer.WriteNullValue();");
                    writer.WriteLine("return;");
                }

                writer.WriteLine();
                writer.WriteLine($"value.{UnionMembers.Json}.WriteTo(writer);");
            }
        }
    }
}

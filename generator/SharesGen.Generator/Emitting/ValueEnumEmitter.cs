using System.Linq;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits an extensible enum over a non-string value (<c>enum: [301, 302]</c> as <c>long</c>, <c>enum: [0.5, 1]</c> as
/// <c>double</c>, <c>enum: [true]</c> as <c>bool</c>): the same shape as the string enums of <see cref="EnumEmitter"/>,
/// with <c>Value</c> of the underlying type. Any value of that type reads without throwing and is written back as
/// read; a query or header parameter sends it as JSON spells it (<c>IExtensibleEnum.Value</c>).
/// </summary>
internal static class ValueEnumEmitter
{
    public static string Emit(string @namespace, EnumModel model)
    {
        var names = new CodeNames(@namespace);
        var type = names.Generated(model.Name);
        var (valueType, converter, literal) = Underlying(model.ValueKind);
        var writer = Preamble.Begin(@namespace);

        DocComments.Summary(writer, model.Description, EnumEmitter.KnownValuesSummary(model));
        DocComments.Element(writer, "remarks", $"An extensible enum over <c>{valueType}</c>: values this version of the spec does not name are kept as sent and\nwritten back unchanged. Compare with the static members; <see cref=\"IsKnown\"/> is false for a value the spec does not name.", escape: false);
        writer.WriteLine($"[global::System.Text.Json.Serialization.JsonConverter(typeof({names.Generated(names.ConverterName(model.Name))}))]");
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public readonly partial struct {model.Name} : global::System.IEquatable<{type}>, {CodeNames.Serialization}.IExtensibleEnum"))
        {
            DocComments.Element(writer, "summary", "Wraps any value, known or not.", escape: false);
            writer.WriteLine("/// <param name=\"value\">The value as it appears on the wire.</param>");
            writer.WriteLine($"public {model.Name}({valueType} value) => Value = value;");
            EnumEmitter.WriteKnownValues(writer, type, model.Members, literal);
            writer.WriteLine();
            DocComments.Element(writer, "summary", "The value as it appears on the wire.", escape: false);
            writer.WriteLine($"public {valueType} Value {{ get; }}");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"string {CodeNames.Serialization}.IExtensibleEnum.Value => ToString();");
            writer.WriteLine();
            DocComments.Element(writer, "summary", "True when this version of the spec names the value; false for a value added to the API later.", escape: false);
            if (model.ValueKind == EnumValueKind.Boolean && model.Members.Count == 2)
            {
                // Both booleans named: a switch would have an unreachable default (CS8510).
                writer.WriteLine("public bool IsKnown => true;");
            }
            else
            {
                writer.WriteLine("public bool IsKnown => Value switch");
                writer.WriteLine("{");
                foreach (var member in model.Members)
                {
                    writer.WriteLine($"    {literal(member.Value)} => true,");
                }

                writer.WriteLine("    _ => false,");
                writer.WriteLine("};");
            }
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"public bool Equals({type} other) => Value.Equals(other.Value);");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"public override bool Equals(object? obj) => obj is {type} other && Equals(other);");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine("public override int GetHashCode() => Value.GetHashCode();");
            writer.WriteLine();
            DocComments.Element(writer, "summary", "The value as JSON writes it.", escape: false);
            writer.WriteLine(model.ValueKind switch
            {
                EnumValueKind.Boolean => "public override string ToString() => Value ? \"true\" : \"false\";",
                EnumValueKind.Number => "public override string ToString() => Value.ToString(\"R\", global::System.Globalization.CultureInfo.InvariantCulture);",
                _ => "public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);",
            });
            writer.WriteLine();
            writer.WriteLine("/// <summary>Compares values.</summary>");
            writer.WriteLine($"public static bool operator ==({type} left, {type} right) => left.Equals(right);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Compares values.</summary>");
            writer.WriteLine($"public static bool operator !=({type} left, {type} right) => !left.Equals(right);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Wraps a wire value.</summary>");
            writer.WriteLine($"public static implicit operator {type}({valueType} value) => new(value);");
        }

        writer.WriteLine();
        var converterName = names.ConverterName(model.Name);
        DocComments.Element(writer, "summary", $"Reads and writes <see cref=\"{type}\"/> as its wire value.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"internal sealed class {converterName} : {CodeNames.Serialization}.ExtensibleValueEnumConverter<{type}, {valueType}>"))
        {
            writer.WriteLine($"public static readonly {converterName} Instance = new();");
            writer.WriteLine();
            writer.WriteLine($"private {converterName}()");
            writer.WriteLine($"    : base({converter})");
            writer.WriteLine("{");
            writer.WriteLine("}");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"protected override {type} FromWire({valueType} value) => new(value);");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"protected override {valueType} ToWire({type} value) => value.Value;");
        }

        return Preamble.End(writer);
    }

    /// <summary>The C# type of the value, its converter, and how a member's wire text becomes a literal of it.</summary>
    private static (string Type, string Converter, System.Func<string, string> Literal) Underlying(EnumValueKind kind) => kind switch
    {
        EnumValueKind.Integer => ("long", CodeNames.Serialization + ".Int64Converter.Instance", value => Literals.Number(long.Parse(value, System.Globalization.CultureInfo.InvariantCulture))),
        EnumValueKind.Number => ("double", CodeNames.Metadata + ".DoubleConverter", value => Literals.Number(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture))),
        _ => ("bool", CodeNames.Metadata + ".BooleanConverter", value => value == "true" ? "true" : "false"),
    };
}

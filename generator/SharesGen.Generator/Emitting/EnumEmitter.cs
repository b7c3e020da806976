using System.Linq;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits an extensible enum: a value type over the wire string. Any string reads without throwing, is kept
/// as sent and written back unchanged; <c>IsKnown</c> tells the values this spec names from newer ones.
/// </summary>
internal static class EnumEmitter
{
    /// <summary>Past this many values, a summary listing them all would be a wall: it counts them instead.</summary>
    private const int ValuesListedInSummary = 5;

    /// <summary>The most values a converter compares on read before it falls back to making the string.</summary>
    private const int MaxValuesComparedOnRead = 16;

    /// <summary>The summary of an enum the spec does not describe: the values themselves, which say what it is.</summary>
    public static string KnownValuesSummary(EnumModel model)
    {
        if (model.Members.Count == 0 || model.Members.Count > ValuesListedInSummary)
        {
            return $"One of the {model.Members.Count} values below, or one a newer version of the API adds.";
        }

        var values = model.Members.Select(m => "<c>" + Literals.DocInline(m.Value) + "</c>").ToList();
        var list = values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " or " + values[values.Count - 1];
        return $"{list}, or a value a newer version of the API adds.";
    }

    public static string Emit(string @namespace, EnumModel model)
    {
        if (model.ValueKind != EnumValueKind.String)
        {
            return ValueEnumEmitter.Emit(@namespace, model);
        }

        var names = new CodeNames(@namespace);
        var type = names.Generated(model.Name);
        var writer = Preamble.Begin(@namespace);

        DocComments.Summary(writer, model.Description, KnownValuesSummary(model));
        DocComments.Element(writer, "remarks", "An extensible enum: values this version of the spec does not name are kept as sent and written back\nunchanged. Compare with the static members; <see cref=\"IsKnown\"/> is false for a value the spec does not name.", escape: false);
        writer.WriteLine($"[global::System.Text.Json.Serialization.JsonConverter(typeof({names.Generated(names.ConverterName(model.Name))}))]");
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public readonly partial struct {model.Name} : global::System.IEquatable<{type}>, {CodeNames.Serialization}.IExtensibleEnum"))
        {
            writer.WriteLine("private readonly string? _value;");
            writer.WriteLine();
            DocComments.Element(writer, "summary", "Wraps any wire value, known or not.", escape: false);
            writer.WriteLine("/// <param name=\"value\">The value exactly as it appears on the wire.</param>");
            using (writer.OpenBlock($"public {model.Name}(string value)"))
            {
                writer.WriteLine("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            }

            WriteKnownValues(writer, type, model.Members, Literals.String);
            writer.WriteLine();
            DocComments.Element(writer, "summary", "The value exactly as it appears on the wire.", escape: false);
            writer.WriteLine("public string Value => _value ?? string.Empty;");
            writer.WriteLine();
            DocComments.Element(writer, "summary", "True when this version of the spec names the value; false for a value added to the API later.", escape: false);
            writer.WriteLine("public bool IsKnown => Value switch");
            writer.WriteLine("{");
            foreach (var member in model.Members)
            {
                writer.WriteLine($"    {Literals.String(member.Value)} => true,");
            }

            writer.WriteLine("    _ => false,");
            writer.WriteLine("};");
            writer.WriteLine();
            writer.WriteLine($"/// <inheritdoc/>");
            writer.WriteLine($"public bool Equals({type} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
            writer.WriteLine();
            writer.WriteLine($"/// <inheritdoc/>");
            writer.WriteLine($"public override bool Equals(object? obj) => obj is {type} other && Equals(other);");
            writer.WriteLine();
            writer.WriteLine($"/// <inheritdoc/>");
            writer.WriteLine("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
            writer.WriteLine();
            DocComments.Element(writer, "summary", "The wire value.", escape: false);
            writer.WriteLine("public override string ToString() => Value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Compares wire values, ordinally.</summary>");
            writer.WriteLine($"public static bool operator ==({type} left, {type} right) => left.Equals(right);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Compares wire values, ordinally.</summary>");
            writer.WriteLine($"public static bool operator !=({type} left, {type} right) => !left.Equals(right);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Wraps a wire value.</summary>");
            writer.WriteLine($"public static implicit operator {type}(string value) => new(value);");
        }

        writer.WriteLine();
        DocComments.Element(writer, "summary", $"Reads and writes <see cref=\"{type}\"/> as its wire string.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"internal sealed class {names.ConverterName(model.Name)} : {CodeNames.Serialization}.ExtensibleEnumConverter<{type}>"))
        {
            writer.WriteLine($"public static readonly {names.ConverterName(model.Name)} Instance = new();");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"protected override {type} FromWire(string value) => new(value);");
            WriteTryReadKnown(writer, type, model.Members);
        }

        return Preamble.End(writer);
    }

    /// <summary>
    /// Reads a value the spec names as its cached static member, compared on the reader's UTF-8 bytes: no string is
    /// made for it (issue 15). Past <see cref="MaxValuesComparedOnRead"/> values the comparisons would cost more than
    /// the string, and the base reads every value through <c>FromWire</c>.
    /// </summary>
    private static void WriteTryReadKnown(SourceWriter writer, string type, EquatableArray<EnumMemberModel> members)
    {
        if (members.Count == 0 || members.Count > MaxValuesComparedOnRead)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        using (writer.OpenBlock($"protected override bool TryReadKnown(ref global::System.Text.Json.Utf8JsonReader reader, out {type} value)"))
        {
            foreach (var member in members)
            {
                using (writer.OpenBlock($"if (reader.ValueTextEquals({Literals.Utf8(member.Value) ?? Literals.String(member.Value)}))"))
                {
                    writer.WriteLine($"value = {type}.{member.Name};");
                    writer.WriteLine("return true;");
                }

                writer.WriteLine();
            }

            writer.WriteLine("value = default;");
            writer.WriteLine("return false;");
        }
    }

    /// <summary>
    /// The members every extensible enum has, string or not: a static property per value the spec names, and
    /// <c>KnownValues</c> in spec order. <paramref name="literal"/> turns a member's wire text into a C# literal of
    /// the underlying type.
    /// </summary>
    internal static void WriteKnownValues(SourceWriter writer, string type, EquatableArray<EnumMemberModel> members, System.Func<string, string> literal)
    {
        foreach (var member in members)
        {
            writer.WriteLine();
            DocComments.Element(writer, "summary", "The wire value <c>" + Literals.DocInline(member.Value) + "</c>.", escape: false);
            writer.WriteLine($"public static {type} {member.Name} {{ get; }} = new({literal(member.Value)});");
        }

        writer.WriteLine();
        DocComments.Element(writer, "summary", "Every value this version of the spec names, in spec order.", escape: false);
        writer.WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<{type}> KnownValues {{ get; }} = new {type}[]");
        writer.WriteLine("{");
        foreach (var member in members)
        {
            writer.WriteLine($"    {member.Name},");
        }

        writer.WriteLine("};");
    }
}

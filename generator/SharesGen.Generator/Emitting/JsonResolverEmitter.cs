using System.Linq;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Emitting;

/// <summary>The input of <see cref="JsonResolverEmitter"/>: the types that have generated converters.</summary>
internal sealed record JsonResolverModel(string Namespace, string ClientName, EquatableArray<string> ObjectNames, EquatableArray<string> EnumNames);

/// <summary>
/// Emits <c>{Client}Json</c>: a reflection-free <c>IJsonTypeInfoResolver</c> over the generated converters, and
/// ready-made options, so <c>JsonSerializer</c> works on the generated types with reflection switched off.
/// (System.Text.Json's own generator cannot see types another generator makes.)
/// </summary>
internal static class JsonResolverEmitter
{
    public static string Emit(JsonResolverModel model)
    {
        var names = new CodeNames(model.Namespace);
        var writer = Preamble.Begin(model.Namespace);
        var className = model.ClientName + "Json";
        DocComments.Element(writer, "summary", $"System.Text.Json support for the types of <see cref=\"{names.Generated(model.ClientName)}\"/>, without reflection.", escape: false);
        DocComments.Element(writer, "example", "<code>var json = JsonSerializer.Serialize(share, " + className + ".Options);</code>", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public static partial class {className}"))
        {
            DocComments.Element(writer, "summary", "Resolves every generated type to its generated converter; combine it with other resolvers as needed.", escape: false);
            writer.WriteLine($"public static global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver TypeInfoResolver {{ get; }} = new Resolver();");
            writer.WriteLine();
            DocComments.Element(writer, "summary", "Read-only options that use <see cref=\"TypeInfoResolver\"/>.", escape: false);
            writer.WriteLine($"public static {CodeNames.Json}.JsonSerializerOptions Options {{ get; }} = CreateOptions();");
            writer.WriteLine();
            using (writer.OpenBlock($"private static {CodeNames.Json}.JsonSerializerOptions CreateOptions()"))
            {
                writer.WriteLine($"var options = new {CodeNames.Json}.JsonSerializerOptions {{ TypeInfoResolver = TypeInfoResolver }};");
                writer.WriteLine("options.MakeReadOnly();");
                writer.WriteLine("return options;");
            }

            writer.WriteLine();
            using (writer.OpenBlock("private sealed class Resolver : global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver"))
            {
                using (writer.OpenBlock($"public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type, {CodeNames.Json}.JsonSerializerOptions options)"))
                {
                    foreach (var typeName in model.ObjectNames.Concat(model.EnumNames).OrderBy(n => n, System.StringComparer.Ordinal))
                    {
                        var type = names.Generated(typeName);
                        var converter = names.Generated(names.ConverterName(typeName)) + ".Instance";
                        Case(writer, type, converter);
                        Case(writer, $"global::System.Collections.Generic.IList<{type}>", $"new {CodeNames.Serialization}.JsonListConverter<{type}>({converter})");
                        if (model.EnumNames.Contains(typeName))
                        {
                            Case(writer, type + "?", $"new {CodeNames.Serialization}.NullableValueConverter<{type}>({converter})");
                        }
                    }

                    writer.WriteLine("return null;");
                }
            }
        }

        return Preamble.End(writer);
    }

    private static void Case(SourceWriter writer, string type, string converter)
    {
        using (writer.OpenBlock($"if (type == typeof({type}))"))
        {
            writer.WriteLine($"return {CodeNames.Metadata}.CreateValueInfo<{type}>(options, {converter});");
        }

        writer.WriteLine();
    }
}

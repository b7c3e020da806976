using System.Collections.Generic;
using System.Linq;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>The input of <see cref="JsonResolverEmitter"/>: the types that have generated converters.</summary>
internal sealed record JsonResolverModel(string Namespace, string ClientName, EquatableArray<string> ObjectNames, EquatableArray<string> EnumNames);

/// <summary>
/// Emits <c>{Client}Json</c>: a reflection-free <c>IJsonTypeInfoResolver</c> over the generated converters, ready-made
/// options, and a typed <c>JsonTypeInfo&lt;T&gt;</c> per type (<c>SharesClientJson.Share</c>, as System.Text.Json's
/// <c>Context.Default.Share</c>), so <c>JsonSerializer</c> works on the generated types with reflection switched off
/// and, through the typed accessors, without a trim or AOT warning in the caller's code. (System.Text.Json's own
/// generator cannot see types another generator makes.)
/// </summary>
internal static class JsonResolverEmitter
{
    private const string TypeInfo = "global::System.Text.Json.Serialization.Metadata.JsonTypeInfo";

    public static string Emit(JsonResolverModel model)
    {
        var names = new CodeNames(model.Namespace);
        var writer = Preamble.Begin(model.Namespace);
        var className = GeneratedTypeNames.JsonContext(model.ClientName);
        var accessors = Accessors(model, names, className);
        DocComments.Element(writer, "summary", $"System.Text.Json support for the types of <see cref=\"{names.Generated(model.ClientName)}\"/>, without reflection.", escape: false);
        // The example names the shortest object type (Share, rather than CreateShareExcludedRecipientRequest).
        var exampleType = Shortest(model.ObjectNames) ?? Shortest(model.EnumNames);
        if (exampleType is not null)
        {
            var example = accessors.First(a => a.Type == names.Generated(exampleType));
            DocComments.Element(writer, "remarks", "Serialize and deserialize with the typed <c>JsonTypeInfo&lt;T&gt;</c> properties: they are trim- and AOT-safe,\nwhere the <c>JsonSerializer</c> overloads that take <see cref=\"Options\"/> warn (IL2026, IL3050).", escape: false);
            DocComments.Element(writer, "example", $"<code>var json = JsonSerializer.Serialize(value, {className}.{example.Name});\nvar back = JsonSerializer.Deserialize(json, {className}.{example.Name});</code>", escape: false);
        }

        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public static partial class {className}"))
        {
            DocComments.Element(writer, "summary", "Resolves every generated type to its generated converter; combine it with other resolvers as needed.", escape: false);
            writer.WriteLine($"public static global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver TypeInfoResolver {{ get; }} = new Resolver();");
            writer.WriteLine();
            DocComments.Element(writer, "summary", "Read-only options that use <see cref=\"TypeInfoResolver\"/>; in trimmed or AOT-compiled code prefer the typed properties.", escape: false);
            writer.WriteLine($"public static {CodeNames.Json}.JsonSerializerOptions Options {{ get; }} = CreateOptions();");
            foreach (var accessor in accessors)
            {
                writer.WriteLine();
                // DocComments.Line's shape, written in place: a string of its own per accessor was garbage (issue 15).
                writer.WriteLine($"/// <summary>The contract of {accessor.Described}, bound to <see cref=\"Options\"/>: trim- and AOT-safe.</summary>");
                writer.WriteLine($"public static {TypeInfo}<{accessor.Type}> {accessor.Name} => ({TypeInfo}<{accessor.Type}>)Options.GetTypeInfo(typeof({accessor.Type}));");
            }

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
                    foreach (var typeName in SortedTypeNames(model))
                    {
                        var type = names.Generated(typeName);
                        var converter = names.Generated(names.ConverterName(typeName)) + ".Instance";
                        Case(writer, type, converter);
                        Case(writer, List(type), $"new {CodeNames.Serialization}.JsonListConverter<{type}>({converter})");
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

    /// <summary>
    /// One typed property per type the resolver knows, named as System.Text.Json names them: <c>Share</c>,
    /// <c>IListShare</c>, <c>NullableShareStatus</c>. Type names are claimed first, so a type's own property keeps its
    /// name; a name the class already uses (its members, <c>object</c>'s) or another property took gets <c>TypeInfo</c>
    /// and then a number appended.
    /// </summary>
    private static List<(string Name, string Type, string Described)> Accessors(JsonResolverModel model, CodeNames names, string className)
    {
        var taken = new HashSet<string>(System.StringComparer.Ordinal)
        {
            className, "Options", "TypeInfoResolver", "CreateOptions", "Resolver",
            "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };
        var typeNames = SortedTypeNames(model);
        var wanted = typeNames.Select(t => (Name: t, Type: names.Generated(t), Described: See(names, t)))
            .Concat(typeNames.SelectMany(t => Composed(model, names, t)))
            .ToList();
        var accessors = new List<(string Name, string Type, string Described)>(wanted.Count);
        foreach (var (name, type, described) in wanted)
        {
            var unique = taken.Contains(name) ? name + "TypeInfo" : name;
            for (var n = 2; taken.Contains(unique); n++)
            {
                unique = name + "TypeInfo" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            taken.Add(unique);
            accessors.Add((unique, type, described));
        }

        return accessors;
    }

    private static IEnumerable<(string Name, string Type, string Described)> Composed(JsonResolverModel model, CodeNames names, string typeName)
    {
        // An escaped keyword (@class) cannot be glued to a prefix as it is.
        var bare = typeName.TrimStart('@');
        yield return ("IList" + bare, List(names.Generated(typeName)), "a list of " + See(names, typeName));
        if (model.EnumNames.Contains(typeName))
        {
            yield return ("Nullable" + bare, names.Generated(typeName) + "?", "a nullable " + See(names, typeName));
        }
    }

    private static string See(CodeNames names, string typeName) => $"<see cref=\"{names.Generated(typeName)}\"/>";

    private static string? Shortest(EquatableArray<string> typeNames)
        => typeNames.OrderBy(n => n.Length).ThenBy(n => n, System.StringComparer.Ordinal).FirstOrDefault();

    private static List<string> SortedTypeNames(JsonResolverModel model)
        => model.ObjectNames.Concat(model.EnumNames).OrderBy(n => n, System.StringComparer.Ordinal).ToList();

    private static string List(string type) => $"global::System.Collections.Generic.IList<{type}>";

    private static void Case(SourceWriter writer, string type, string converter)
    {
        using (writer.OpenBlock($"if (type == typeof({type}))"))
        {
            writer.WriteLine($"return {CodeNames.Metadata}.CreateValueInfo<{type}>(options, {converter});");
        }

        writer.WriteLine();
    }
}

using System;
using System.Collections.Generic;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>How model types are spelled in emitted code: always <c>global::</c>-qualified.</summary>
internal sealed class CodeNames
{
    public const string Runtime = "global::SharesGen.Runtime";
    public const string Serialization = "global::SharesGen.Runtime.Serialization";
    public const string Json = "global::System.Text.Json";
    public const string Metadata = "global::System.Text.Json.Serialization.Metadata.JsonMetadataServices";
    public const string Tasks = "global::System.Threading.Tasks";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"SharesGen\", \"" + ThisAssembly.Version + "\")]";

    private readonly string _namespace;

    // Spelled once per file: an emitter asks for the same few types again and again, and each spelling was a
    // string of garbage (issue 15).
    private readonly Dictionary<string, string> _generated = new(StringComparer.Ordinal);
    private readonly Dictionary<TypeRef, string> _types = new();

    public CodeNames(string @namespace) => _namespace = @namespace;

    public string Generated(string name)
    {
        if (!_generated.TryGetValue(name, out var spelled))
        {
            spelled = "global::" + _namespace + "." + name;
            _generated.Add(name, spelled);
        }

        return spelled;
    }

    public string ConverterName(string typeName) => GeneratedTypeNames.Converter(typeName);

    /// <summary>The C# keyword of a primitive kind (<c>string</c>, <c>int</c>, <c>long</c>, <c>double</c>, <c>bool</c>); null for the others.</summary>
    public static string? Keyword(TypeKind kind) => kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Double => "double",
        TypeKind.Boolean => "bool",
        _ => null,
    };

    /// <summary>The C# type, e.g. <c>global::System.Collections.Generic.IList&lt;global::Ns.Share&gt;</c>.</summary>
    public string Type(TypeRef type)
    {
        if (Keyword(type.Kind) is { } keyword)
        {
            return keyword;
        }

        if (!_types.TryGetValue(type, out var spelled))
        {
            spelled = Spell(type);
            _types.Add(type, spelled);
        }

        return spelled;
    }

    private string Spell(TypeRef type) => type.Kind switch
    {
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.Json => Json + ".JsonElement",
        TypeKind.Object or TypeKind.Enum => Generated(type.Name!),
        TypeKind.Array => "global::System.Collections.Generic.IList<" + Type(type.Element!) + ">",
        TypeKind.Map => "global::System.Collections.Generic.IDictionary<string, " + Type(type.Element!) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>The type with <c>?</c> when <paramref name="nullable"/>.</summary>
    public string Type(TypeRef type, bool nullable) => nullable ? Type(type) + "?" : Type(type);

    /// <summary>An expression for the <c>JsonConverter&lt;T&gt;</c> of a type; arrays build a list converter.</summary>
    public string Converter(TypeRef type) => type.Kind switch
    {
        TypeKind.String => Metadata + ".StringConverter",
        TypeKind.Int32 => Serialization + ".Int32Converter.Instance",
        TypeKind.Int64 => Serialization + ".Int64Converter.Instance",
        TypeKind.Double => Metadata + ".DoubleConverter",
        TypeKind.Boolean => Metadata + ".BooleanConverter",
        TypeKind.DateTimeOffset => Serialization + ".DateTimeOffsetConverter.Instance",
        TypeKind.Json => Metadata + ".JsonElementConverter",
        TypeKind.Object or TypeKind.Enum => Generated(ConverterName(type.Name!)) + ".Instance",
        TypeKind.Array => "new " + Serialization + ".JsonListConverter<" + Type(type.Element!) + ">(" + ElementConverter(type.Element!) + ")",
        TypeKind.Map => "new " + Serialization + ".JsonDictionaryConverter<" + Type(type.Element!) + ">(" + ElementConverter(type.Element!) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>
    /// The converter of a list's elements or a map's values. System.Text.Json types its string converter <c>JsonConverter&lt;string?&gt;</c>,
    /// which a <c>JsonListConverter&lt;string&gt;</c> only takes with a nullability warning (CS8620), so it gets a <c>!</c>.
    /// </summary>
    public string ElementConverter(TypeRef element)
        => element.Kind == TypeKind.String ? Converter(element) + "!" : Converter(element);

    /// <summary>True when reading needs a converter instance rather than a <c>Utf8JsonReader</c> call.</summary>
    public static bool NeedsConverterField(TypeRef type) => type.Kind is TypeKind.Array or TypeKind.Map;
}

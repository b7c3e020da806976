using System;
using System.Collections.Generic;
using System.Linq;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// How the client's files spell types: by their short names, as a hand-written SDK does. Each file imports those of
/// the namespaces below its names come from, inside its own namespace declaration, where they win over the consumer's global usings and types
/// of outer namespaces (<c>Azure.AsyncPageable&lt;T&gt;</c> in a project that also uses Azure) and lose only to the
/// generated namespace's own types; a name one of those takes (a DTO named <c>CancellationToken</c>) is spelled in full.
/// </summary>
internal sealed class ClientNames
{
    /// <summary>The namespaces a client file may import, in order, by their full names (a type named <c>System</c> cannot capture them).</summary>
    public static readonly string[] Usings =
    {
        "global::System",
        "global::System.CodeDom.Compiler",
        "global::System.Collections.Generic",
        "global::System.Net.Http",
        "global::System.Text.Json",
        "global::System.Text.Json.Serialization.Metadata",
        "global::System.Threading",
        "global::SharesGen.Runtime",
        "global::SharesGen.Runtime.Serialization",
    };

    /// <summary>Every short name the client's files use, with the namespace it comes from.</summary>
    private static readonly Dictionary<string, string> s_imported = new(StringComparer.Ordinal)
    {
        ["Action"] = "global::System",
        ["DateTimeOffset"] = "global::System",
        ["ReadOnlyMemory"] = "global::System",
        ["ObsoleteAttribute"] = "global::System",
        ["GeneratedCodeAttribute"] = "global::System.CodeDom.Compiler",
        ["IList"] = "global::System.Collections.Generic",
        ["IReadOnlyList"] = "global::System.Collections.Generic",
        ["HttpClient"] = "global::System.Net.Http",
        ["JsonElement"] = "global::System.Text.Json",
        ["JsonMetadataServices"] = "global::System.Text.Json.Serialization.Metadata",
        ["CancellationToken"] = "global::System.Threading",
        ["ApiCall"] = "global::SharesGen.Runtime",
        ["ApiCallOptions"] = "global::SharesGen.Runtime",
        ["ApiClientOptions"] = "global::SharesGen.Runtime",
        ["ApiCredentials"] = "global::SharesGen.Runtime",
        ["ApiPipeline"] = "global::SharesGen.Runtime",
        ["ApiRequest"] = "global::SharesGen.Runtime",
        ["QueryArrayStyle"] = "global::SharesGen.Runtime",
        ["QueryObject"] = "global::SharesGen.Runtime",
        ["QueryObjectStyle"] = "global::SharesGen.Runtime",
        ["PathStyle"] = "global::SharesGen.Runtime",
        ["MultipartFormBody"] = "global::SharesGen.Runtime",
        ["ApiSecurity"] = "global::SharesGen.Runtime",
        ["ApiSecurityScheme"] = "global::SharesGen.Runtime",
        ["ArgumentChecks"] = "global::SharesGen.Runtime",
        ["AsyncPageable"] = "global::SharesGen.Runtime",
        ["DateTimeOffsetConverter"] = "global::SharesGen.Runtime.Serialization",
        ["Int32Converter"] = "global::SharesGen.Runtime.Serialization",
        ["Int64Converter"] = "global::SharesGen.Runtime.Serialization",
        ["JsonListConverter"] = "global::SharesGen.Runtime.Serialization",
    };

    private readonly HashSet<string> _taken;
    private readonly HashSet<string> _usedNamespaces = new(StringComparer.Ordinal);

    /// <param name="taken">The generated types' names that are also short names used here (see <see cref="Taken"/>).</param>
    public ClientNames(EquatableArray<string> taken) => _taken = new HashSet<string>(taken, StringComparer.Ordinal);

    /// <summary>
    /// The short names the generated namespace's own types take (usually none): computed once per spec, so a unit
    /// carries only these few names and stays cached when unrelated types change.
    /// </summary>
    public static EquatableArray<string> Taken(IEnumerable<string> generatedTypeNames)
        => generatedTypeNames.Where(name => s_imported.ContainsKey(name) || s_imported.ContainsKey(name + "Attribute"))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary><c>[GeneratedCode("SharesGen", "1.0.0")]</c>.</summary>
    public string GeneratedCode => "[" + Attribute("GeneratedCodeAttribute") + "(\"SharesGen\", \"" + ThisAssembly.Version + "\")]";

    /// <summary>A type the files import (<see cref="s_imported"/>), short unless a generated type took the name.</summary>
    public string Name(string shortName)
    {
        if (_taken.Contains(shortName))
        {
            return s_imported[shortName] + "." + shortName;
        }

        _usedNamespaces.Add(s_imported[shortName]);
        return shortName;
    }

    /// <summary>An attribute as it is written in brackets: <c>Obsolete</c>, or in full when a generated type takes the name.</summary>
    public string Attribute(string typeName)
    {
        var written = typeName.Substring(0, typeName.Length - "Attribute".Length);
        if (_taken.Contains(typeName) || _taken.Contains(written))
        {
            return s_imported[typeName] + "." + typeName;
        }

        _usedNamespaces.Add(s_imported[typeName]);
        return written;
    }

    /// <summary>The C# type of <paramref name="type"/>, e.g. <c>IList&lt;ResourceType&gt;</c>.</summary>
    public string Type(TypeRef type) => CodeNames.Keyword(type.Kind) ?? type.Kind switch
    {
        TypeKind.DateTimeOffset => Name("DateTimeOffset"),
        TypeKind.Json => Name("JsonElement"),
        TypeKind.Object or TypeKind.Enum => type.Name!,
        TypeKind.Array => Name("IList") + "<" + Type(type.Element!) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>The type with <c>?</c> when <paramref name="nullable"/>.</summary>
    public string Type(TypeRef type, bool nullable) => nullable ? Type(type) + "?" : Type(type);

    /// <summary>An expression for the <c>JsonConverter&lt;T&gt;</c> of a type; arrays build a list converter.</summary>
    public string Converter(TypeRef type) => type.Kind switch
    {
        TypeKind.String => Name("JsonMetadataServices") + ".StringConverter",
        TypeKind.Int32 => Name("Int32Converter") + ".Instance",
        TypeKind.Int64 => Name("Int64Converter") + ".Instance",
        TypeKind.Double => Name("JsonMetadataServices") + ".DoubleConverter",
        TypeKind.Boolean => Name("JsonMetadataServices") + ".BooleanConverter",
        TypeKind.DateTimeOffset => Name("DateTimeOffsetConverter") + ".Instance",
        TypeKind.Json => Name("JsonMetadataServices") + ".JsonElementConverter",
        TypeKind.Object or TypeKind.Enum => GeneratedTypeNames.Converter(type.Name!) + ".Instance",

        // System.Text.Json types its string converter JsonConverter<string?>, which a JsonListConverter<string> takes
        // only with a nullability warning (CS8620): hence the "!".
        TypeKind.Array => "new " + Name("JsonListConverter") + "<" + Type(type.Element!) + ">(" + Converter(type.Element!) + (type.Element!.Kind == TypeKind.String ? "!" : string.Empty) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>
    /// The <c>using</c> directives of the namespaces the file's short names came from (call it after writing the body),
    /// to follow its namespace declaration.
    /// </summary>
    public void WriteUsings(SourceWriter writer)
    {
        foreach (var @namespace in Usings.Where(_usedNamespaces.Contains))
        {
            writer.WriteLine("using " + @namespace + ";");
        }

        writer.WriteLine();
    }
}

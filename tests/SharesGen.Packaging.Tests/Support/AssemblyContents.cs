using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

namespace SharesGen.Packaging.Tests.Support;

/// <summary>
/// What a compiled assembly holds, read from its metadata tables (System.Reflection.Metadata, nothing loaded or run):
/// the types it defines, the assemblies and namespaces it refers to, its string literals and constants. What the
/// build produced, not what the sources say.
/// </summary>
internal sealed class AssemblyContents
{
    private AssemblyContents(string name, IReadOnlyList<string> types, IReadOnlyList<string> assemblyReferences, IReadOnlyList<string> referencedNamespaces, string strings, string? targetFramework)
    {
        Name = name;
        Types = types;
        AssemblyReferences = assemblyReferences;
        ReferencedNamespaces = referencedNamespaces;
        Strings = strings;
        TargetFramework = targetFramework;
    }

    public string Name { get; }

    /// <summary>Every type defined, as <c>Namespace.Name</c> (nested types as <c>Outer+Inner</c>).</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>The simple names of the assemblies referred to.</summary>
    public IReadOnlyList<string> AssemblyReferences { get; }

    /// <summary>The namespaces of every type referred to from another assembly.</summary>
    public IReadOnlyList<string> ReferencedNamespaces { get; }

    /// <summary>
    /// Every string literal (the #US heap, in the order the compiler met them, so a text emitted in pieces reads
    /// whole) and every string constant, one after another.
    /// </summary>
    public string Strings { get; }

    /// <summary>The <c>TargetFrameworkAttribute</c>'s value, e.g. <c>.NETCoreApp,Version=v8.0</c>; null when absent.</summary>
    public string? TargetFramework { get; }

    public static AssemblyContents Read(string path) => Read(Path.GetFileName(path), File.ReadAllBytes(path));

    public static AssemblyContents Read(string name, byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var reader = pe.GetMetadataReader();
        var types = reader.TypeDefinitions.Select(t => FullName(reader, t)).Where(n => n != "<Module>").OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var assemblies = reader.AssemblyReferences.Select(a => reader.GetString(reader.GetAssemblyReference(a).Name)).ToArray();
        var namespaces = reader.TypeReferences.Select(t => reader.GetString(reader.GetTypeReference(t).Namespace)).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return new AssemblyContents(name, types, assemblies, namespaces, Literals(reader), TargetFrameworkOf(reader));
    }

    public override string ToString() => Name;

    private static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(reader, declaring) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static string Literals(MetadataReader reader)
    {
        var text = new StringBuilder();
        var first = reader.GetHeapSize(HeapIndex.UserString) > 1 ? MetadataTokens.UserStringHandle(1) : default;
        for (var handle = first; !handle.IsNil; handle = reader.GetNextHandle(handle))
        {
            text.Append(reader.GetUserString(handle));
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.Constant); row++)
        {
            var constant = reader.GetConstant(MetadataTokens.ConstantHandle(row));
            if (constant.TypeCode == ConstantTypeCode.String)
            {
                var blob = reader.GetBlobBytes(constant.Value);
                text.Append(Encoding.Unicode.GetString(blob));
            }
        }

        return text.ToString();
    }

    private static string? TargetFrameworkOf(MetadataReader reader)
    {
        foreach (var attribute in reader.GetAssemblyDefinition().GetCustomAttributes().Select(reader.GetCustomAttribute))
        {
            if (attribute.Constructor.Kind == HandleKind.MemberReference
                && reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) == "TargetFrameworkAttribute")
            {
                var value = reader.GetBlobReader(attribute.Value);
                value.ReadUInt16(); // the prolog, 0x0001
                return value.ReadSerializedString();
            }
        }

        return null;
    }
}

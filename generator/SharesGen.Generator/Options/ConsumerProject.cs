using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SharesGen.Generator.Emitting;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Options;

/// <summary>
/// What the consumer's compilation gives the generated code. A netstandard2.0 or .NET Framework project lacks the
/// attributes C# 11 features compile to (<c>required</c>, <c>init</c>, <c>[NotNullWhen]</c>); those are emitted as
/// internal polyfills (<see cref="Polyfills"/>), as PolySharp does. What cannot be supplied that way (a C# version
/// below 11, a missing SharesGen or System.Text.Json reference) gets one SHARESGEN015 naming the minimum instead,
/// and nothing is generated. Read from the compilation on every edit, so it is a few look-ups that give an equal
/// value until the project's references or options change.
/// </summary>
/// <param name="LanguageVersion">The project's C# version, e.g. <c>7.3</c>.</param>
/// <param name="MissingTypes">The types generated code needs that only a reference can supply.</param>
/// <param name="Polyfills">The compiler-recognised types the project lacks, emitted for it (<see cref="PolyfillEmitter"/>).</param>
internal sealed record ConsumerProject(string LanguageVersion, bool LanguageVersionTooLow, EquatableArray<string> MissingTypes, EquatableArray<string> Polyfills)
{
    /// <summary>Required members (<c>required</c>) and UTF-8 literals (<c>"id"u8</c>) need C# 11.</summary>
    public const string MinimumLanguageVersion = "11";

    /// <summary>
    /// Types generated code uses that only the SharesGen package (and what it brings) supplies, by metadata name, each
    /// with the assembly it usually lives in (null: the core library).
    /// </summary>
    private static readonly (string MetadataName, string? Home)[] s_referencedTypes =
    {
        ("System.Collections.Generic.IAsyncEnumerable`1", null),
        ("System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver", "System.Text.Json"),
        ("SharesGen.Runtime.Serialization.JsonReading", "SharesGen.Runtime"),
    };

    public bool CanCompileGeneratedCode => !LanguageVersionTooLow && MissingTypes.IsEmpty;

    public static ConsumerProject Of(Compilation compilation)
    {
        var version = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest;
        var coreLibrary = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;
        var references = compilation.SourceModule.ReferencedAssemblySymbols;
        var missing = s_referencedTypes
            .Where(type => !HasAccessible(compilation, type.MetadataName, type.Home is null ? coreLibrary : Named(references, type.Home)))
            .Select(type => type.MetadataName)
            .ToEquatableArray();
        var polyfills = PolyfillEmitter.MetadataNames.Where(name => !HasAccessible(compilation, name, coreLibrary)).ToEquatableArray();
        return new ConsumerProject(version.ToDisplayString(), version < Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11, missing, polyfills);
    }

    /// <summary>
    /// Whether code in the compilation can use the type: an internal copy in a reference (the runtime's own polyfills,
    /// another library's) does not count, and several copies are fine as long as one is usable.
    /// </summary>
    /// <remarks>
    /// The type's usual <paramref name="home"/> is asked first. Searching every reference asks each of a project's
    /// 160-odd assemblies for each of these names, which was 9 % of the generator's run on the official fragment
    /// (issue 15); a type found usable at home needs no search. One found nowhere there, or only as an internal copy,
    /// is still searched for everywhere, so the answer is the same.
    /// </remarks>
    /// <param name="home">One of the compilation's references, where a public top-level type is usable as it is.</param>
    private static bool HasAccessible(Compilation compilation, string metadataName, IAssemblySymbol? home)
        => home?.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public, ContainingType: null }
            || compilation.GetTypesByMetadataName(metadataName).Any(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));

    /// <summary>The assembly of <paramref name="references"/> named <paramref name="name"/>, if there is one.</summary>
    private static IAssemblySymbol? Named(ImmutableArray<IAssemblySymbol> references, string name)
    {
        foreach (var assembly in references)
        {
            if (assembly.Identity.Name == name)
            {
                return assembly;
            }
        }

        return null;
    }

    /// <summary>What the project lacks, in words for SHARESGEN015; only meaningful when it cannot compile the code.</summary>
    public (string Needs, string Has) Shortfall()
    {
        var needs = new List<string>();
        var has = new List<string>();
        if (LanguageVersionTooLow)
        {
            needs.Add($"C# {MinimumLanguageVersion} or later (set <LangVersion>{MinimumLanguageVersion}</LangVersion> or later in the project)");
            has.Add($"uses C# {LanguageVersion}");
        }

        if (!MissingTypes.IsEmpty)
        {
            needs.Add("a reference to the SharesGen package (netstandard2.0, .NET Framework 4.6.2 and later, .NET 8 and later)");
            has.Add("lacks " + string.Join(", ", MissingTypes.Select(type => type.Replace("`1", "<T>"))));
        }

        return (string.Join(" and ", needs), string.Join(" and ", has));
    }
}

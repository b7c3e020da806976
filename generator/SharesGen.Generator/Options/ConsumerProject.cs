using System.Collections.Generic;
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

    /// <summary>Types generated code uses that only the SharesGen package (and what it brings) supplies, by metadata name.</summary>
    private static readonly string[] s_referencedTypes =
    {
        "System.Collections.Generic.IAsyncEnumerable`1",
        "System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver",
        "SharesGen.Runtime.Serialization.JsonReading",
    };

    public bool CanCompileGeneratedCode => !LanguageVersionTooLow && MissingTypes.IsEmpty;

    public static ConsumerProject Of(Compilation compilation)
    {
        var version = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest;
        var missing = s_referencedTypes.Where(name => !HasAccessible(compilation, name)).ToEquatableArray();
        var polyfills = PolyfillEmitter.MetadataNames.Where(name => !HasAccessible(compilation, name)).ToEquatableArray();
        return new ConsumerProject(version.ToDisplayString(), version < Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11, missing, polyfills);
    }

    /// <summary>
    /// Whether code in the compilation can use the type: an internal copy in a reference (the runtime's own polyfills,
    /// another library's) does not count, and several copies are fine as long as one is usable.
    /// </summary>
    private static bool HasAccessible(Compilation compilation, string metadataName)
        => compilation.GetTypesByMetadataName(metadataName).Any(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));

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

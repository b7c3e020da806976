using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Options;

/// <summary>
/// Whether the consumer's compilation can compile what SharesGen generates. A netstandard2.0 or .NET Framework
/// project, or one on an old C# version, restores and then fails with hundreds of compiler errors inside generated
/// files; checked here, it gets one SHARESGEN015 naming the minimum instead, and nothing is generated. Read from the
/// compilation on every edit, so it is a few look-ups that give an equal value until the project itself changes.
/// </summary>
/// <param name="LanguageVersion">The project's C# version, e.g. <c>7.3</c>.</param>
/// <param name="MissingTypes">The types generated code needs that the project's references do not have.</param>
internal sealed record ConsumerProject(string LanguageVersion, bool LanguageVersionTooLow, EquatableArray<string> MissingTypes)
{
    /// <summary>Required members (<c>required</c>) and UTF-8 literals (<c>"id"u8</c>) need C# 11.</summary>
    public const string MinimumLanguageVersion = "11";

    /// <summary>The framework the SharesGen runtime targets, the least the generated code runs on.</summary>
    public const string MinimumFramework = ".NET 8";

    /// <summary>Types generated code uses that older frameworks or a missing runtime reference lack, by metadata name.</summary>
    private static readonly string[] s_neededTypes =
    {
        "System.Runtime.CompilerServices.RequiredMemberAttribute",
        "System.Collections.Generic.IAsyncEnumerable`1",
        "System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver",
        "SharesGen.Runtime.Serialization.JsonReading",
    };

    public bool CanCompileGeneratedCode => !LanguageVersionTooLow && MissingTypes.IsEmpty;

    public static ConsumerProject Of(Compilation compilation)
    {
        var version = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest;
        var missing = s_neededTypes.Where(name => compilation.GetTypeByMetadataName(name) is null).ToEquatableArray();
        return new ConsumerProject(version.ToDisplayString(), version < Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11, missing);
    }

    /// <summary>What the project lacks, in words for SHARESGEN015; only meaningful when it cannot compile the code.</summary>
    public (string Needs, string Has) Shortfall()
    {
        var needs = new List<string>();
        var has = new List<string>();
        if (LanguageVersionTooLow)
        {
            needs.Add($"C# {MinimumLanguageVersion} or later (<LangVersion>{MinimumLanguageVersion}</LangVersion>)");
            has.Add($"uses C# {LanguageVersion}");
        }

        if (!MissingTypes.IsEmpty)
        {
            needs.Add($"{MinimumFramework} or later with a reference to the SharesGen package");
            has.Add("lacks " + string.Join(", ", MissingTypes.Select(type => type.Replace("`1", "<T>"))));
        }

        return (string.Join(" and ", needs), string.Join(" and ", has));
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SharesGen.Generator;

namespace SharesGen.Tests.Shared;

/// <summary>
/// A <see cref="GeneratorDriver"/> for <see cref="SharesGenGenerator"/> as the compiler makes one: the spec files as
/// in-memory AdditionalFiles, their MSBuild metadata as the generated .editorconfig would hold it.
/// </summary>
internal static class GeneratorDrivers
{
    /// <summary>A driver over <paramref name="specs"/>, ready to run, and the AdditionalTexts it was given (to replace them later).</summary>
    /// <param name="trackSteps">Step tracking, for the caching checks; the compiler runs without it.</param>
    /// <param name="contract">The <c>SharesGenContract</c> property (see <see cref="TestAnalyzerConfigOptionsProvider"/>).</param>
    public static GeneratorDriver Create(
        IReadOnlyList<SpecFile> specs,
        out IReadOnlyList<AdditionalText> texts,
        string? rootNamespace,
        CSharpParseOptions parseOptions,
        bool trackSteps,
        bool contract = true)
    {
        texts = specs.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new SharesGenGenerator().AsSourceGenerator() },
            texts,
            parseOptions,
            new TestAnalyzerConfigOptionsProvider(specs, rootNamespace, contract),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="SharesGenGenerator"/> the way the compiler does, in process: a <see cref="GeneratorDriver"/>
/// over in-memory AdditionalFiles and their MSBuild metadata, with step tracking on for the caching tests, and
/// a compilation of the output against the .NET 10 reference assemblies and SharesGen.Runtime.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>The consumer's <c>RootNamespace</c>, the default when a spec names no namespace.</summary>
    public const string DefaultRootNamespace = "Consumer.App";

    /// <summary>C# as a consumer on the latest SDK writes it; doc comments are checked as GenerateDocumentationFile would.</summary>
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> s_references = Net100.References.All
        .Cast<MetadataReference>()
        .Concat(RuntimeAssemblies.Locations().Select(path => MetadataReference.CreateFromFile(path)))
        .ToImmutableArray();

    private static readonly CSharpCompilationOptions s_compilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            // Every warning wave, stricter than the SDK's default for net10.0: generated code must be clean in any project.
            warningLevel: 9999)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            // The SDK silences these two in every project (NoWarn CS1701;CS1702): assembly unification of the
            // net8.0 runtime assembly against the net10.0 reference assemblies.
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    /// <summary>A driver over <paramref name="specs"/>, ready to run; it has not run yet.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, string? rootNamespace = DefaultRootNamespace)
        => CreateDriver(specs.ToList(), out _, rootNamespace);

    /// <summary>A driver over <paramref name="specs"/>, and the AdditionalTexts it was given (to replace them later).</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<SpecFile> specs, out IReadOnlyList<AdditionalText> texts, string? rootNamespace = DefaultRootNamespace, CSharpParseOptions? parseOptions = null)
        => GeneratorDrivers.Create(specs, out texts, rootNamespace, parseOptions ?? ParseOptions, trackSteps: true);

    /// <summary>The consumer project: the sources given (a trivial one by default), no generated code yet.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources)
    {
        var texts = sources.Length > 0 ? sources : new[] { "namespace Consumer.App;\n\n/// <summary>The consumer's own code.</summary>\ninternal static class Marker\n{\n}\n" };
        return CSharpCompilation.Create(
            "Consumer.App",
            texts.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"Consumer{i}.cs")),
            s_references,
            s_compilationOptions);
    }

    /// <summary>Runs the generator once over <paramref name="specs"/> and compiles the result.</summary>
    public static GeneratorRun Run(params SpecFile[] specs) => Run(CreateDriver(specs), CreateCompilation());

    /// <summary>Runs the generator in another consumer: its own references, C# version and options.</summary>
    public static GeneratorRun Run(CSharpCompilation consumer, params SpecFile[] specs)
    {
        var parseOptions = (CSharpParseOptions)consumer.SyntaxTrees.First().Options;
        return Run(CreateDriver(specs, out _, DefaultRootNamespace, parseOptions), consumer);
    }

    /// <summary>The consumer project's one source file, for consumers made by hand.</summary>
    public static SyntaxTree ConsumerSource(CSharpParseOptions parseOptions)
        => CSharpSyntaxTree.ParseText("namespace Consumer.App\n{\n    /// <summary>The consumer's own code.</summary>\n    internal static class Marker\n    {\n    }\n}\n", parseOptions, path: "Consumer0.cs");

    /// <summary>The references of the usual consumer: .NET 10 and SharesGen.Runtime.</summary>
    public static IEnumerable<MetadataReference> References => s_references;

    /// <summary>The compilation options of the usual consumer: nullable on, every warning wave.</summary>
    public static CSharpCompilationOptions CompilationOptions => s_compilationOptions;

    /// <summary>Runs <paramref name="driver"/> over <paramref name="compilation"/>; the returned run holds the advanced driver.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        var next = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        return new GeneratorRun(next, output, driverDiagnostics);
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using SharesGen.Generator;

namespace SharesGen.Benchmarks.Generator;

/// <summary>
/// Runs <see cref="SharesGenGenerator"/> the way the compiler does: a <see cref="GeneratorDriver"/> over one
/// in-memory AdditionalFile with its MSBuild metadata, step tracking off (the compiler's default), over a tiny
/// consumer compilation. The generator reads no syntax, so the consumer's code only matters for the cached
/// rerun, where an edit to it must leave every step cached.
/// </summary>
internal static class GeneratorHarness
{
    public const string Namespace = "Consumer.Generated";

    public const string ClientName = "SharesClient";

    public const string SpecPath = "/consumer/spec/shares.yaml";

    /// <summary>The consumer's <c>RootNamespace</c>, and its assembly's name.</summary>
    public const string RootNamespace = "Consumer.App";

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private const string ConsumerSource = "namespace Consumer.App;\n\ninternal static class Program\n{\n    private static void Main()\n    {\n    }\n}\n";

    // The generator checks that the consumer can compile what it emits (SHARESGEN015), so the consumer references
    // what a real one does: the framework and SharesGen.Runtime.
    private static readonly MetadataReference[] s_references =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(System.IO.Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Append(typeof(SharesGen.Runtime.Serialization.JsonReading).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();

    /// <summary>A driver over <paramref name="specText"/>, ready to run; it has not run yet.</summary>
    /// <remarks>A production consumer's build: no SharesGen.Testing, so no contract or examples.</remarks>
    /// <param name="include">The spec's <c>SharesGenInclude</c> metadata; null selects every operation.</param>
    public static GeneratorDriver CreateDriver(string specText, bool trackSteps = false, string? include = null)
        => GeneratorDrivers.Create(
            new[] { Spec(specText, include) },
            out _,
            RootNamespace,
            ParseOptions,
            trackSteps,
            contract: false);

    /// <summary>
    /// The floor of every generator budget: the OpenAPI reader the generator uses, on the same text, with the same
    /// settings, and nothing else.
    /// </summary>
    public static OpenApiDocument ParseFloor(string specText, out OpenApiDiagnostic diagnostic)
        => new OpenApiStringReader(new OpenApiReaderSettings()).Read(specText, out diagnostic);

    /// <summary>What the compiler does on a clean build: a new driver, one run, the generated trees added to the compilation.</summary>
    public static Compilation FullRun(string specText, Compilation compilation, string? include = null)
    {
        CreateDriver(specText, include: include).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    /// <summary>
    /// The driver floor (<see cref="DriverFloorGenerator"/>): a new driver over the same AdditionalFile and options whose
    /// only generator adds <paramref name="files"/>, one run, the trees added to the compilation, as <see cref="FullRun"/>.
    /// </summary>
    public static Compilation DriverFloor(string specText, IReadOnlyList<GeneratedFile> files, Compilation compilation)
    {
        var spec = Spec(specText, include: null);
        CSharpGeneratorDriver.Create(
                new[] { new DriverFloorGenerator(files).AsSourceGenerator() },
                new AdditionalText[] { new InMemoryAdditionalText(spec.Path, spec.Text) },
                ParseOptions,
                new TestAnalyzerConfigOptionsProvider(new[] { spec }, RootNamespace, contract: false),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    private static SpecFile Spec(string specText, string? include)
        => new(SpecPath, specText, Namespace: Namespace, ClientName: ClientName)
        {
            OtherMetadata = include is null ? ImmutableDictionary<string, string>.Empty : ImmutableDictionary<string, string>.Empty.Add("SharesGenInclude", include),
        };

    /// <summary>The consumer project before generation: one small source file.</summary>
    public static CSharpCompilation CreateCompilation()
        => CSharpCompilation.Create(
            RootNamespace,
            new[] { CSharpSyntaxTree.ParseText(ConsumerSource, ParseOptions, path: "/consumer/Program.cs") },
            s_references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));

    /// <summary>The same compilation after an edit the generator does not care about (a comment appended to Program.cs).</summary>
    public static CSharpCompilation WithUnrelatedEdit(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        var text = tree.GetText();
        var edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(text.Length, 0), "// an unrelated edit\n")));
        return compilation.ReplaceSyntaxTree(tree, edited);
    }

    /// <summary>
    /// Throws unless the run produced at least <paramref name="minimumSources"/> files and no error but those with the
    /// ids <paramref name="knownErrors"/> (the whole 2023 file's three dangling <c>$ref</c>s are SHARESGEN004).
    /// </summary>
    public static GeneratorRunResult CheckOutput(GeneratorDriver driver, int minimumSources, params string[] knownErrors)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw: " + exception.Message, exception);
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !knownErrors.Contains(d.Id)).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generator reported errors:\n" + string.Join("\n", errors));
        }

        if (result.GeneratedSources.Length < minimumSources)
        {
            throw new InvalidOperationException($"The generator produced {result.GeneratedSources.Length} files, expected at least {minimumSources}.");
        }

        return result;
    }

    /// <summary>
    /// Throws unless <paramref name="floor"/> holds the same generated trees, text for text, as <paramref name="full"/>
    /// (by hint name: a generated tree's path also names the generator that added it).
    /// </summary>
    public static void CheckSameFiles(Compilation floor, Compilation full)
    {
        static string[] Generated(Compilation compilation) => compilation.SyntaxTrees.Skip(1).Select(t => System.IO.Path.GetFileName(t.FilePath) + "\n" + t.GetText()).ToArray();
        var (floorFiles, fullFiles) = (Generated(floor), Generated(full));
        if (floorFiles.Length == 0 || !floorFiles.SequenceEqual(fullFiles, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"The driver floor added {floorFiles.Length} trees, the full run {fullFiles.Length}, or their paths or texts differ.");
        }
    }

    /// <summary>Throws unless every tracked step of a rerun was served from the cache.</summary>
    public static void CheckAllCached(GeneratorDriver rerun)
    {
        var result = rerun.GetRunResult().Results.Single();
        var steps = new[] { TrackingNames.SpecInput, TrackingNames.SpecResult, TrackingNames.Model, TrackingNames.Diagnostics, TrackingNames.Units };
        var notCached = new List<string>();
        foreach (var name in steps)
        {
            if (!result.TrackedSteps.TryGetValue(name, out var runs))
            {
                continue;
            }

            notCached.AddRange(runs
                .SelectMany(run => run.Outputs)
                .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                .Select(output => $"{name}: {output.Reason}"));
        }

        notCached.AddRange(result.TrackedOutputSteps
            .SelectMany(pair => pair.Value.SelectMany(run => run.Outputs).Select(output => (pair.Key, output.Reason)))
            .Where(x => x.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(x => $"{x.Key}: {x.Reason}"));

        if (notCached.Count > 0)
        {
            throw new InvalidOperationException("The rerun after an unrelated edit was not fully cached:\n" + string.Join("\n", notCached.Distinct()));
        }
    }
}

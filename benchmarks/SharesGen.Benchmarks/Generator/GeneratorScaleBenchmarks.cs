using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi.Models;
using SharesGen.Benchmarks.Infrastructure;
using SharesGen.Benchmarks.Smoke;

namespace SharesGen.Benchmarks.Generator;

/// <summary>
/// The generator's full run on specs made of N renamed copies of <c>spec/shares.yaml</c> (see
/// <see cref="SyntheticSpec"/>), beside the parse floor on the same text. Budget: growth near linear in N, and
/// the full run still ≤ 1.3 × the floor at N = 50.
/// </summary>
[MemoryDiagnoser]
public class GeneratorScaleBenchmarks : ISmokeCheck
{
    private string _text = string.Empty;
    private CSharpCompilation _compilation = null!;
    private GeneratedFile[] _generated = null!;

    /// <summary>Copies of the spec; the smoke pass uses the smallest.</summary>
    [Params(1, 10, 50)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SyntheticSpec.Build(File.ReadAllText(RepositoryPaths.SharesSpec), Copies);
        _compilation = GeneratorHarness.CreateCompilation();
        _generated = GeneratedFile.Of(GeneratorHarness.CreateDriver(_text).RunGenerators(_compilation));
    }

    [Benchmark(Baseline = true)]
    public OpenApiDocument ParseFloor() => GeneratorHarness.ParseFloor(_text, out _);

    [Benchmark]
    public Compilation FullRun() => GeneratorHarness.FullRun(_text, _compilation);

    /// <summary>The parse plus the driver floor (<see cref="DriverFloorGenerator"/>) on the same output.</summary>
    [Benchmark]
    public Compilation ParseAndDriverFloor()
    {
        GeneratorHarness.ParseFloor(_text, out _);
        return GeneratorHarness.DriverFloor(_text, _generated, _compilation);
    }

    public void Check()
    {
        // Every copy must generate cleanly and add its own types: at least 17 files a copy (objects and enums).
        var driver = GeneratorHarness.CreateDriver(_text).RunGenerators(_compilation);
        var result = GeneratorHarness.CheckOutput(driver, minimumSources: 17 * Copies);
        GeneratorHarness.ParseFloor(_text, out var diagnostic);
        if (diagnostic.Errors.Count > 0)
        {
            throw new System.InvalidOperationException($"The synthetic spec of {Copies} copies is not valid OpenAPI: {diagnostic.Errors[0].Message}");
        }

        // And the renaming must keep two copies apart: twice what a copy's renaming reaches (its DTOs, enums and
        // sub-clients, every name with its "C1" prefix), and the per-spec files once (the client, its JSON resolver,
        // whatever else is named after it, and sub-clients above the renamed segment, such as Organizations).
        var spec = File.ReadAllText(RepositoryPaths.SharesSpec);
        var oneCopy = GeneratorHarness.CheckOutput(GeneratorHarness.CreateDriver(SyntheticSpec.Build(spec, 1)).RunGenerators(_compilation), 1).GeneratedSources;
        var two = GeneratorHarness.CheckOutput(GeneratorHarness.CreateDriver(SyntheticSpec.Build(spec, 2)).RunGenerators(_compilation), 1).GeneratedSources.Length;
        var perSpec = oneCopy.Count(s => !s.HintName.Contains("C1", System.StringComparison.Ordinal));
        var perCopy = oneCopy.Length - perSpec;
        if (perSpec == 0 || two != (2 * perCopy) + perSpec)
        {
            throw new System.InvalidOperationException($"2 copies generated {two} files; expected {(2 * perCopy) + perSpec} from {perCopy} per copy and {perSpec} per spec.");
        }

        // The copies must not collide anywhere (a diagnostic would also make the generator re-parse the text for
        // positions, which is not what this benchmark is about).
        var twoCopies = GeneratorHarness.CreateDriver(SyntheticSpec.Build(spec, 2)).RunGenerators(_compilation).GetRunResult().Results.Single();
        if (!twoCopies.Diagnostics.IsEmpty)
        {
            throw new System.InvalidOperationException("2 copies report diagnostics: " + string.Join("; ", twoCopies.Diagnostics));
        }

        GeneratorHarness.CheckSameFiles(GeneratorHarness.DriverFloor(_text, _generated, _compilation), FullRun());
        SmokeLog.Write($"scale: {Copies} copies, {_text.Length:N0} chars, {result.GeneratedSources.Length} files; 2 copies: {two} files");
    }
}

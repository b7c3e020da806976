using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.OpenApi.Models;
using SharesGen.Benchmarks.Infrastructure;
using SharesGen.Benchmarks.Smoke;
using SharesGen.Generator;
using SharesGen.Generator.Emitting;
using SharesGen.Generator.Options;
using SharesGen.Generator.Reading;

namespace SharesGen.Benchmarks.Generator;

/// <summary>
/// The generator on <c>spec/shares.yaml</c>, in process through <see cref="CSharpGeneratorDriver"/>, beside its floor:
/// Microsoft.OpenApi.Readers parsing the same text alone. Budgets: <see cref="FullRun"/> ≤ 1.3 × <see cref="ParseFloor"/>;
/// <see cref="CachedRerun"/> ≤ 0.1 ms. The last three methods split the full run into its parts, to explain it.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks : ISmokeCheck
{
    private string _text = string.Empty;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;
    private SpecInput _input = null!;
    private EmitUnit[] _units = null!;
    private string[] _emitted = null!;
    private GeneratedFile[] _generated = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(RepositoryPaths.SharesSpec);
        _compilation = GeneratorHarness.CreateCompilation();
        _edited = GeneratorHarness.WithUnrelatedEdit(_compilation);
        _warm = GeneratorHarness.CreateDriver(_text).RunGenerators(_compilation);
        GeneratorHarness.CheckOutput(_warm, minimumSources: 10);
        _generated = GeneratedFile.Of(_warm);

        _input = new SpecInput(GeneratorHarness.SpecPath, _text, GeneratorHarness.Namespace, GeneratorHarness.ClientName, GeneratorHarness.RootNamespace);
        var model = SpecReader.Read(_input, CancellationToken.None).Model!;
        _units = SharesGenGenerator.UnitsOf(model).ToArray();
        _emitted = _units.Select(u => u.Emit()).ToArray();
    }

    /// <summary>The floor (<see cref="GeneratorHarness.ParseFloor"/>).</summary>
    [Benchmark(Baseline = true)]
    public OpenApiDocument ParseFloor() => GeneratorHarness.ParseFloor(_text, out _);

    /// <summary>A clean build's generator run (<see cref="GeneratorHarness.FullRun"/>).</summary>
    [Benchmark]
    public Compilation FullRun() => GeneratorHarness.FullRun(_text, _compilation);

    /// <summary>
    /// What any generator that emits this code pays in the driver (<see cref="DriverFloorGenerator"/>): the same files,
    /// computed beforehand, added through a new driver over the same input.
    /// </summary>
    [Benchmark]
    public Compilation DriverFloor() => GeneratorHarness.DriverFloor(_text, _generated, _compilation);

    /// <summary>Both floors in one call: the parse and the driver; what is left of <see cref="FullRun"/> above it is SharesGen's own.</summary>
    [Benchmark]
    public Compilation ParseAndDriverFloor()
    {
        GeneratorHarness.ParseFloor(_text, out _);
        return GeneratorHarness.DriverFloor(_text, _generated, _compilation);
    }

    /// <summary>What the compiler does after an edit to the consumer's own code: the warm driver reruns, everything cached.</summary>
    [Benchmark]
    public Compilation CachedRerun()
    {
        _warm.RunGeneratorsAndUpdateCompilation(_edited, out var output, out _);
        return output;
    }

    /// <summary>Part of <see cref="FullRun"/>: the SpecResult step alone (the OpenAPI parse plus building the ApiModel).</summary>
    [Benchmark]
    public object? ReadStep() => SpecReader.Read(_input, CancellationToken.None).Model;

    /// <summary>Part of <see cref="FullRun"/>: the emitters alone, over the model already read.</summary>
    [Benchmark]
    public int EmitStep()
    {
        var length = 0;
        foreach (var unit in _units)
        {
            length += unit.Emit().Length;
        }

        return length;
    }

    /// <summary>Part of <see cref="FullRun"/>, done by Roslyn not SharesGen: the driver parses every added source into a syntax tree.</summary>
    [Benchmark]
    public int ParseEmittedSources()
    {
        var nodes = 0;
        foreach (var source in _emitted)
        {
            var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, System.Text.Encoding.UTF8), GeneratorHarness.ParseOptions);
            nodes += tree.GetRoot().FullSpan.Length;
        }

        return nodes;
    }

    public void Check()
    {
        // The rerun after an unrelated edit must be served from the cache at every tracked step.
        var tracked = GeneratorHarness.CreateDriver(_text, trackSteps: true).RunGenerators(_compilation);
        GeneratorHarness.CheckAllCached(tracked.RunGenerators(_edited));

        var sources = GeneratorHarness.CheckOutput(_warm, minimumSources: 10).GeneratedSources;
        var emittedLength = _emitted.Sum(s => s.Length);
        var driverLength = sources.Sum(s => s.SourceText.Length);
        if (sources.Length != _emitted.Length)
        {
            throw new System.InvalidOperationException($"The split steps emit {_emitted.Length} files, the driver {sources.Length}.");
        }

        // The driver floor must add exactly what SharesGen adds, or it is not the floor of this output.
        GeneratorHarness.CheckSameFiles(DriverFloor(), FullRun());

        SmokeLog.Write($"generator: {sources.Length} files, {driverLength:N0} chars from the driver, {emittedLength:N0} from EmitStep; spec {_text.Length:N0} chars");
    }
}

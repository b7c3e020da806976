using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi.Models;
using SharesGen.Benchmarks.Paired;
using SharesGen.Benchmarks.Smoke;
using SharesGen.Generator.Tests.Infrastructure;
using SharesGen.Tests.Shared;

namespace SharesGen.Benchmarks.Generator;

/// <summary>
/// Scale as a feature (issue 16), group 6: the generator on Cloudflare's whole 2023 file (4.2 MB, 1,258 operations)
/// beside OpenAPI.NET's parse of the same text; Resource Sharing selected out of the whole file
/// (<c>SharesGenInclude="tag:Resource Sharing"</c>, on the file with the fragment spliced in, <see cref="SplicedWholeApi"/>)
/// beside the fragment alone; and growth in operations: every 8th, 4th, 2nd and every operation of the file selected
/// by operationId, nested, so that time per operation can be compared (<see cref="IOperationCounts"/>).
/// Budgets and their reasons are in docs/PERFORMANCE.md (Scale); sizes and allocations come from <c>--scale</c>.
/// </summary>
[MemoryDiagnoser]
public class WholeApiBenchmarks : ISmokeCheck, IOperationCounts
{
    /// <summary>The three dangling <c>$ref</c>s of the 2023 file: one operation is left out, the rest generates.</summary>
    public const string KnownWholeApiError = "SHARESGEN004";

    private const string ResourceSharing = "tag:Resource Sharing";

    private string _whole = string.Empty;
    private string _spliced = string.Empty;
    private string _fragment = string.Empty;
    private CSharpCompilation _compilation = null!;
    private GeneratedFile[] _generated = null!;
    private WholeApiSelection _selection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _whole = File.ReadAllText(RepositoryPaths.CloudflareWholeApi);
        _spliced = SplicedWholeApi.Text;
        _fragment = File.ReadAllText(RepositoryPaths.SharesSpec);
        _compilation = GeneratorHarness.CreateCompilation();
        _generated = GeneratedFile.Of(GeneratorHarness.CreateDriver(_whole).RunGenerators(_compilation));
        _selection = WholeApiSelection.Of(GeneratorHarness.ParseFloor(_whole, out _));
    }

    /// <summary>The floor: OpenAPI.NET parsing the whole file.</summary>
    [Benchmark(Baseline = true)]
    public OpenApiDocument ParseFloor() => GeneratorHarness.ParseFloor(_whole, out _);

    /// <summary>A clean build's generator run on the whole file, every operation.</summary>
    [Benchmark]
    public Compilation FullRun() => GeneratorHarness.FullRun(_whole, _compilation);

    /// <summary>The parse plus the driver floor (<see cref="DriverFloorGenerator"/>) on the whole file's output.</summary>
    [Benchmark]
    public Compilation ParseAndDriverFloor()
    {
        GeneratorHarness.ParseFloor(_whole, out _);
        return GeneratorHarness.DriverFloor(_whole, _generated, _compilation);
    }

    /// <summary>The whole file in, Resource Sharing out.</summary>
    [Benchmark]
    public Compilation IncludedSubset() => GeneratorHarness.FullRun(_spliced, _compilation, ResourceSharing);

    /// <summary>The official fragment alone: what <see cref="IncludedSubset"/> generates, from a file of its own.</summary>
    [Benchmark]
    public Compilation FragmentOnly() => GeneratorHarness.FullRun(_fragment, _compilation);

    /// <summary>Every 8th operation of the file, selected by operationId.</summary>
    [Benchmark]
    public Compilation Eighth() => GeneratorHarness.FullRun(_whole, _compilation, _selection.Include(8));

    /// <summary>Every 4th operation (those of <see cref="Eighth"/> and as many again).</summary>
    [Benchmark]
    public Compilation Quarter() => GeneratorHarness.FullRun(_whole, _compilation, _selection.Include(4));

    /// <summary>Every 2nd operation.</summary>
    [Benchmark]
    public Compilation Half() => GeneratorHarness.FullRun(_whole, _compilation, _selection.Include(2));

    /// <summary>Every operation, selected by operationId like the fractions (the same selection path, all of it).</summary>
    [Benchmark]
    public Compilation All() => GeneratorHarness.FullRun(_whole, _compilation, _selection.Include(1));

    public int Operations(string method) => method switch
    {
        nameof(Eighth) => _selection.Count(8),
        nameof(Quarter) => _selection.Count(4),
        nameof(Half) => _selection.Count(2),
        nameof(All) => _selection.Count(1),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not a row of the growth budget"),
    };

    public void Check()
    {
        // The whole file generates (but for the one operation its dangling $refs break).
        var whole = GeneratorHarness.CheckOutput(GeneratorHarness.CreateDriver(_whole).RunGenerators(_compilation), minimumSources: 1000, KnownWholeApiError);

        // Resource Sharing out of the whole file is the fragment's output, text for text.
        var subset = GeneratorHarness.CheckOutput(GeneratorHarness.CreateDriver(_spliced, include: ResourceSharing).RunGenerators(_compilation), minimumSources: 10);
        var fragment = GeneratorHarness.CheckOutput(GeneratorHarness.CreateDriver(_fragment).RunGenerators(_compilation), minimumSources: 10);
        if (!subset.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).SequenceEqual(fragment.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()))))
        {
            throw new InvalidOperationException("Resource Sharing selected from the whole file does not generate what the fragment generates.");
        }

        // The fractions are nested and grow: every 8th ⊂ every 4th ⊂ every 2nd ⊂ all, each generating more files.
        var files = new[] { 8, 4, 2, 1 }
            .Select(every => GeneratorHarness.CheckOutput(GeneratorHarness.CreateDriver(_whole, include: _selection.Include(every)).RunGenerators(_compilation), minimumSources: 10, KnownWholeApiError).GeneratedSources.Length)
            .ToArray();
        if (!files.Zip(files.Skip(1), (smaller, larger) => smaller < larger).All(grows => grows) || _selection.Count(1) < 1200)
        {
            throw new InvalidOperationException($"The fractions of the file generate {string.Join(", ", files)} files from {_selection.Count(8)}, {_selection.Count(4)}, {_selection.Count(2)}, {_selection.Count(1)} operations.");
        }

        GeneratorHarness.CheckSameFiles(GeneratorHarness.DriverFloor(_whole, _generated, _compilation), FullRun());
        SmokeLog.Write($"whole API: {whole.GeneratedSources.Length} files from {_whole.Length:N0} chars; Resource Sharing selected = the fragment's {fragment.GeneratedSources.Length} files; fractions 1/8..1: {string.Join(", ", files)} files");
    }
}

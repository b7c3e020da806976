using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>One run of the generator: what it produced, what it reported, and the consumer compilation with its output.</summary>
internal sealed class GeneratorRun
{
    private readonly Lazy<ImmutableArray<Diagnostic>> _compilationDiagnostics;

    public GeneratorRun(GeneratorDriver driver, Compilation outputCompilation, ImmutableArray<Diagnostic> driverDiagnostics)
    {
        Driver = driver;
        OutputCompilation = outputCompilation;
        DriverDiagnostics = driverDiagnostics;
        RunResult = driver.GetRunResult();
        Result = RunResult.Results.Single();
        Sources = Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToImmutableArray();
        _compilationDiagnostics = new(() => OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray());
    }

    /// <summary>The driver after this run: run it again to see what the pipeline caches.</summary>
    public GeneratorDriver Driver { get; }

    public GeneratorDriverRunResult RunResult { get; }

    /// <summary>The result of SharesGen, the only generator the driver runs.</summary>
    public GeneratorRunResult Result { get; }

    /// <summary>The generated files, by ordinal hint name.</summary>
    public ImmutableArray<GeneratedSourceResult> Sources { get; }

    /// <summary>What SharesGen reported (SHARESGEN0xx).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    /// <summary>What the driver itself reported, e.g. CS8785 when a generator throws.</summary>
    public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

    public Compilation OutputCompilation { get; }

    /// <summary>The warnings and errors of the consumer compilation, generated code included.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => _compilationDiagnostics.Value;

    public string[] HintNames => Sources.Select(s => s.HintName).ToArray();

    /// <summary>
    /// The model the reading step produced for the only spec, taken from the step tracking: tests of naming and
    /// reading see exactly what the emitters see, without reconstructing the pipeline's inputs.
    /// </summary>
    public Model.ApiModel Model => RunResult.Results.Single().TrackedSteps[TrackingNames.Model]
        .SelectMany(step => step.Outputs)
        .Select(output => output.Value)
        .Cast<Model.ApiModel>()
        .Single();

    /// <summary>The names of the DTOs and enums the model holds, by ordinal order: the types a spec makes, without compiling them.</summary>
    public string[] ModelTypeNames => Model.Objects.Select(o => o.Name).Concat(Model.Enums.Select(e => e.Name)).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>The text of the generated file <paramref name="hintName"/>.</summary>
    public string Source(string hintName)
        => Sources.SingleOrDefault(s => s.HintName == hintName).SourceText?.ToString()
           ?? throw new InvalidOperationException($"No generated file '{hintName}'. Generated: {string.Join(", ", HintNames)}");
}

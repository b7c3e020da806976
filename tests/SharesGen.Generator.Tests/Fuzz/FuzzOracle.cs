using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Fuzz;

/// <summary>What one spec did to the generator.</summary>
/// <param name="Failure">Why the run fails the contract, or null when it keeps it.</param>
/// <param name="ReportedError">The id of the first error diagnostic the generator reported (so its output was not compiled), or null.</param>
/// <param name="CompiledNow">This run's output was new and was compiled; false when an identical output was.</param>
internal sealed record Verdict(string? Failure, string? ReportedError, bool CompiledNow, TimeSpan GeneratorTime);

/// <summary>
/// The contract a generator keeps for any input, checked for one spec at a time:
/// <list type="number">
/// <item>no exception escapes it (the run result's <c>Exception</c>, CS8785 and any other driver diagnostic that is not
/// SHARESGEN's own) and it reports no internal failure (SHARESGEN099, an exception it caught);</item>
/// <item>it finishes within its bound (<see cref="SpecBound"/> for a spec the size of the shares spec), on a thread
/// with a 1 MB stack, the smallest a compiler host gives (so a recursion that would overflow there is found here, as a
/// crash);</item>
/// <item>an output without an error diagnostic compiles without a warning or an error. Each distinct output (by a
/// hash of its files) is compiled once, without emitting, single-threaded (faster than Roslyn's concurrent build
/// on the two cores the fuzz test shares). An oracle made with <c>compileOutputs: false</c> skips this, for specs
/// whose output is too large to compile once per mutation (Cloudflare's whole API).</item>
/// </list>
/// </summary>
internal sealed class FuzzOracle
{
    public static readonly TimeSpan SpecBound = TimeSpan.FromSeconds(10);

    private const int StackSize = 1024 * 1024;

    private readonly bool _compileOutputs;
    private readonly TimeSpan _bound;

    public FuzzOracle(bool compileOutputs = true, TimeSpan? bound = null)
    {
        _compileOutputs = compileOutputs;
        _bound = bound ?? SpecBound;
    }

    private static readonly Lazy<Compilation> s_consumer = new(() => GeneratorHarness.CreateCompilation()
        .WithOptions(GeneratorHarness.CreateCompilation().Options.WithConcurrentBuild(false)));

    private readonly ConcurrentDictionary<string, Lazy<string?>> _compiled = new(StringComparer.Ordinal);

    public int DistinctOutputsCompiled => _compiled.Count;

    public Verdict Check(string specText)
    {
        var spec = new SpecFile(SpecFile.InMemoryPath("fuzz.yaml"), specText, Namespace: "Fuzz.Generated", ClientName: "FuzzClient");
        var (run, failure, elapsed) = RunBounded(spec, _bound);
        if (failure is not null)
        {
            return new Verdict(failure, null, false, elapsed);
        }

        var (result, driverDiagnostics, output) = run!.Value;
        if (result.Exception is { } exception)
        {
            return new Verdict("the generator threw: " + exception, null, false, elapsed);
        }

        var foreign = driverDiagnostics.Concat(result.Diagnostics)
            .Where(d => !d.Id.StartsWith("SHARESGEN", StringComparison.Ordinal) || d.Descriptor.Equals(DiagnosticDescriptors.InternalError))
            .ToList();
        if (foreign.Count > 0)
        {
            return new Verdict("the generator failed: " + DiagnosticText.Format(foreign).TrimEnd(), null, false, elapsed);
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            return new Verdict(null, error.Id, false, elapsed);
        }

        if (!_compileOutputs)
        {
            return new Verdict(null, null, false, elapsed);
        }

        var compiledNow = false;
        var compiled = _compiled.GetOrAdd(Hash(result), _ => new Lazy<string?>(() =>
        {
            compiledNow = true;
            return Compile(output);
        }));
        var compileFailure = compiled.Value;
        return new Verdict(compileFailure is null ? null : "the output does not compile cleanly:\n" + compileFailure, null, compiledNow, elapsed);
    }

    private static (( GeneratorRunResult Result, ImmutableArray<Diagnostic> DriverDiagnostics, Compilation Output)? Run, string? Failure, TimeSpan Elapsed) RunBounded(SpecFile spec, TimeSpan bound)
    {
        (GeneratorRunResult, ImmutableArray<Diagnostic>, Compilation)? outcome = null;
        Exception? escaped = null;
        var stopwatch = Stopwatch.StartNew();
        var thread = new Thread(
            () =>
            {
                try
                {
                    var driver = GeneratorDrivers.Create(new[] { spec }, out _, GeneratorHarness.DefaultRootNamespace, GeneratorHarness.ParseOptions, trackSteps: false);
                    driver = driver.RunGeneratorsAndUpdateCompilation(s_consumer.Value, out var output, out var diagnostics);
                    outcome = (driver.GetRunResult().Results.Single(), diagnostics, output);
                }
                catch (Exception exception)
                {
                    escaped = exception;
                }
            },
            StackSize)
        {
            IsBackground = true,
            Name = "SharesGen fuzz run",
        };
        thread.Start();
        if (!thread.Join(bound))
        {
            // The thread cannot be stopped; it is a background thread and dies with the test host.
            return (null, $"the generator did not finish within {bound.TotalSeconds:F0} s", stopwatch.Elapsed);
        }

        stopwatch.Stop();
        return escaped is not null
            ? (null, "an exception escaped the generator driver: " + escaped, stopwatch.Elapsed)
            : (outcome, null, stopwatch.Elapsed);
    }

    private static string? Compile(Compilation output)
    {
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count == 0)
        {
            return null;
        }

        var lines = DiagnosticText.Format(problems).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join("\n", lines.Take(10).Select(line => line.Length > 300 ? line.Substring(0, 300) + "…" : line))
               + (lines.Length > 10 ? $"\n… and {lines.Length - 10} more" : string.Empty);
    }

    private static string Hash(GeneratorRunResult result)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            // The UTF-16 code units as they are: an encoder would fold lone surrogates into one replacement character.
            sha.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes((source.HintName + "\0" + source.SourceText + "\0").AsSpan()));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}

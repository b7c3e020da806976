using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Generator.Tests.Fuzz;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Any input, no crash, no hang, no broken build. Seeded mutations of <c>spec/shares.yaml</c> and
/// <c>Specs/shares-seed-revision.yaml</c> (and, in a test of its own, of Cloudflare's whole API), structural and textual (see <see cref="SpecMutator"/>), go through the
/// generator driver; each must keep <see cref="FuzzOracle"/>'s contract: no exception escapes the generator, every
/// run finishes within a bound, and every output without an error diagnostic compiles without a warning.
/// <para>
/// <c>SHARESGEN_FUZZ_COUNT</c> sets how many mutations run (default <see cref="DefaultCount"/>, for CI; a full local
/// run is 5,000), <c>SHARESGEN_FUZZ_SEED</c> the seed (default <see cref="DefaultSeed"/>), and
/// <c>SHARESGEN_FUZZ_INDEX</c> (e.g. <c>417</c> or <c>417,2210</c>) runs only those mutations. A failure names its
/// seed and index and writes the spec to <c>Fuzz/Repro/{seed}-{index}.yaml</c> (never over a reproducer already there);
/// once the bug is fixed the file stays
/// as a regular test case of <see cref="FixedReproducerKeepsTheContract"/>. If the test host itself dies (a stack
/// overflow cannot be caught), <c>sharesgen-fuzz-inflight-*.txt</c> in the temp folder names the mutations that
/// were running.
/// </para>
/// </summary>
public class FuzzTests
{
    public const int DefaultCount = 1_000;

    public const int DefaultSeed = 5;

    /// <summary>Mutations of the whole-API file in CI: each one reads 4.2 MB (several seconds on two busy cores), so a dozen keep the run to about a minute.</summary>
    public const int DefaultWholeApiCount = 12;

    /// <summary>The whole-API file takes a few seconds unmutated; the bound leaves room for two runs sharing two cores.</summary>
    private static readonly TimeSpan WholeApiBound = TimeSpan.FromSeconds(90);

    /// <summary>Reproducers written by one run, at most: a run that fails everywhere should not flood the folder.</summary>
    private const int MaxReproducersPerRun = 20;

    private static string ReproFolder => Path.Combine(RepositoryPaths.TestProject, "Fuzz", "Repro");

    [Test]
    public void SeededMutationsOfTheSpecsNeverCrashHangOrBreakTheBuild()
    {
        var count = FuzzEnvironment.Int("SHARESGEN_FUZZ_COUNT", DefaultCount);
        var mutator = new SpecMutator(new[] { BaseSpec.FromFile("shares.yaml", RepositoryPaths.SharesSpec), BaseSpec.FromFile("shares-seed-revision.yaml", RepositoryPaths.SeedRevisionSpec) });
        var oracle = new FuzzOracle();

        var indices = Run(mutator, oracle, count);

        if (indices >= 100)
        {
            Assert.That(oracle.DistinctOutputsCompiled, Is.GreaterThan(indices / 10), "too few mutations produced code to compile: the fuzz would prove little");
        }
    }

    /// <summary>
    /// Cloudflare's whole 2023 API (4.2 MB, every idiom of the published file at once), mutated: no crash, no hang, no
    /// internal failure. Its output is not compiled per mutation (one compile takes about 20 s; <see cref="WholeApiBuildTests"/>
    /// compiles the file as published), and each run takes seconds,
    /// so CI runs <see cref="DefaultWholeApiCount"/> (<c>SHARESGEN_FUZZ_WHOLE_API_COUNT</c> sets more).
    /// </summary>
    [Test]
    public void SeededMutationsOfTheWholeApiNeverCrashOrHang()
    {
        var count = FuzzEnvironment.Int("SHARESGEN_FUZZ_WHOLE_API_COUNT", DefaultWholeApiCount);
        var mutator = new SpecMutator(new[] { BaseSpec.FromFile("cloudflare-openapi-2023-08-02.yaml", RepositoryPaths.CloudflareWholeApi) });

        Run(mutator, new FuzzOracle(compileOutputs: false, bound: WholeApiBound), count);
    }

    /// <summary>Runs the mutations (or only those <c>SHARESGEN_FUZZ_INDEX</c> names) and fails with every one that broke the contract.</summary>
    /// <returns>How many mutations ran.</returns>
    private static int Run(SpecMutator mutator, FuzzOracle oracle, int count)
    {
        var seed = FuzzEnvironment.Seed;
        var indices = OnlyIndicesFromEnvironment() ?? Enumerable.Range(0, count).ToList();
        var failures = new ConcurrentBag<(int Index, string Message)>();
        var reportedErrors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var reproducers = 0;
        var slowestTicks = 0L;
        var stopwatch = Stopwatch.StartNew();

        Parallel.ForEach(indices, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var mutation = mutator.Create(seed, index);
            var inflight = Path.Combine(Path.GetTempPath(), $"sharesgen-fuzz-inflight-{Environment.CurrentManagedThreadId}.txt");
            File.WriteAllText(inflight, mutation.Describe());
            var verdict = oracle.Check(mutation.Text);
            File.Delete(inflight);

            InterlockedMax(ref slowestTicks, verdict.GeneratorTime.Ticks);
            if (verdict.ReportedError is { } id)
            {
                reportedErrors.AddOrUpdate(id, 1, (_, n) => n + 1);
            }

            if (verdict.Failure is { } failure)
            {
                var written = Interlocked.Increment(ref reproducers) <= MaxReproducersPerRun ? Path.GetRelativePath(RepositoryPaths.Root, ReproducerFolder.Write(ReproFolder, mutation, failure)) : "(not written: too many failures)";
                failures.Add((index, $"{mutation.Describe()}\n  {failure.Replace("\n", "\n  ", StringComparison.Ordinal)}\n  reproducer: {written}"));
            }
        });

        TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fuzz: {indices.Count} mutations of seed {seed} in {stopwatch.Elapsed.TotalSeconds:F0} s; {reportedErrors.Values.Sum()} reported an error "
            + $"({string.Join(", ", reportedErrors.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}), "
            + $"{oracle.DistinctOutputsCompiled} distinct outputs compiled, slowest generator run {TimeSpan.FromTicks(slowestTicks).TotalMilliseconds:F0} ms, {failures.Count} failed."));
        Assert.That(failures.OrderBy(f => f.Index).Select(f => f.Message), Is.Empty, $"mutations of seed {seed} that break the generator's contract");
        return indices.Count;
    }

    /// <summary>A spec a fuzz run once broke the generator with; kept, with the bug fixed, as a regular case.</summary>
    [TestCaseSource(nameof(Reproducers))]
    public void FixedReproducerKeepsTheContract(string fileName)
    {
        var verdict = new FuzzOracle().Check(File.ReadAllText(Path.Combine(ReproFolder, fileName)));

        Assert.That(verdict.Failure, Is.Null);
    }

    private static IEnumerable<TestCaseData> Reproducers()
        => Directory.EnumerateFiles(ReproFolder, "*.yaml")
            .Select(Path.GetFileName)
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new TestCaseData(name).SetArgDisplayNames(name!));

    private static List<int>? OnlyIndicesFromEnvironment()
        => Environment.GetEnvironmentVariable("SHARESGEN_FUZZ_INDEX") is { Length: > 0 } only
            ? only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToList()
            : null;

    private static void InterlockedMax(ref long target, long value)
    {
        for (var current = Interlocked.Read(ref target); value > current; current = Interlocked.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}

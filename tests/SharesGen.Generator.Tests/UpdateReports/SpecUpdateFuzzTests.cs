using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Fuzz;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// Any baseline, any spec, no crash: seeded mutations of the three real revisions (see <see cref="SpecMutator"/>) are
/// compared with the official fragment in both roles, as the baseline and as the new spec. No exception escapes, no
/// run hangs, nothing is reported as an internal failure (SHARESGEN099), and a baseline that cannot be used gives
/// exactly one SHARESGEN100. <c>SHARESGEN_UPDATE_FUZZ_COUNT</c> sets how many pairs run (default
/// <see cref="DefaultCount"/>), <c>SHARESGEN_FUZZ_SEED</c> the seed.
/// </summary>
public class SpecUpdateFuzzTests
{
    public const int DefaultCount = 150;

    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(10);

    [Test]
    public void MutatedBaselinesAndSpecsNeverCrashTheUpdateReport()
    {
        var seed = FuzzEnvironment.Seed;
        var count = FuzzEnvironment.Int("SHARESGEN_UPDATE_FUZZ_COUNT", DefaultCount);
        var official = File.ReadAllText(UpdateSpecs.OfficialFragment);
        var mutator = new SpecMutator(new[]
        {
            BaseSpec.FromFile("shares.yaml", UpdateSpecs.OfficialFragment),
            BaseSpec.FromFile("shares-own-revision.yaml", UpdateSpecs.OwnRevision),
            BaseSpec.FromFile("shares-seed-revision.yaml", RepositoryPaths.SeedRevisionSpec),
        });
        var failures = new ConcurrentBag<string>();

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var mutation = mutator.Create(seed, index);
            var asBaseline = index % 2 == 0;
            var (baseline, current) = asBaseline ? (mutation.Text, official) : (official, mutation.Text);
            if (Check(baseline, current) is { } failure)
            {
                failures.Add($"{mutation.Describe()} as the {(asBaseline ? "baseline" : "new spec")}: {failure}");
            }
        });

        Assert.That(failures.OrderBy(f => f, StringComparer.Ordinal), Is.Empty, $"mutations of seed {seed} that break the update report");
    }

    private static string? Check(string baseline, string current)
    {
        var (spec, marked) = SpecUpdate.Pair(new SpecFile(SpecFile.InMemoryPath("fuzz.baseline.yaml"), baseline), new SpecFile(SpecFile.InMemoryPath("fuzz.yaml"), current, Namespace: "Fuzz.Generated", ClientName: "FuzzClient"));
        GeneratorRun? run = null;
        Exception? escaped = null;

        // On a thread of its own with the compiler's usual 1 MB stack, and a bound, so that a hang fails this case only.
        var thread = new Thread(
            () =>
            {
                try
                {
                    run = GeneratorHarness.Run(spec, marked);
                }
                catch (Exception exception)
                {
                    escaped = exception;
                }
            },
            1024 * 1024) { IsBackground = true, Name = "SharesGen update fuzz run" };
        thread.Start();
        if (!thread.Join(RunBound))
        {
            return $"the generator did not finish within {RunBound.TotalSeconds:F0} s";
        }

        if (escaped is not null || run is null)
        {
            return "an exception escaped the generator driver: " + escaped;
        }

        if (run.Result.Exception is { } thrown)
        {
            return "the generator threw: " + thrown;
        }

        var broken = run.DriverDiagnostics.Concat(run.GeneratorDiagnostics).Where(d => !d.Id.StartsWith("SHARESGEN", StringComparison.Ordinal) || d.Id == DiagnosticDescriptors.InternalError.Id).ToList();
        if (broken.Count > 0)
        {
            return "the generator failed: " + DiagnosticText.Format(broken).TrimEnd();
        }

        var unreadable = run.GeneratorDiagnostics.Count(d => d.Descriptor.Equals(DiagnosticDescriptors.BaselineUnreadable));
        var others = run.GeneratorDiagnostics.Count(d => DiagnosticDescriptors.SpecUpdates.Contains(d.Descriptor) && !d.Descriptor.Equals(DiagnosticDescriptors.BaselineUnreadable));
        return unreadable > 1 || (unreadable == 1 && others > 0)
            ? "an unreadable baseline must be one SHARESGEN100 and nothing else:\n" + DiagnosticText.Format(run.GeneratorDiagnostics)
            : null;
    }
}

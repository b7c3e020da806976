using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using SharesGen.Benchmarks.Client;
using SharesGen.Benchmarks.Generator;
using SharesGen.Benchmarks.Infrastructure;
using SharesGen.Benchmarks.Serialization;

namespace SharesGen.Benchmarks.Paired;

/// <summary>
/// The <c>--paired</c> mode: each budget's two methods are timed in alternating rounds (A B, B A, …), each side
/// of a round long enough (≈ 150 ms, at least one call; 1.2 s for the generator) to dwarf the timer and started after
/// a full collection, so that what the other side left behind is not collected on its clock; a side pays for the
/// collections that fall inside it, which is why one that allocates a lot must be long (<see cref="GeneratorSide"/>).
/// The ratio is taken per round. Its median is
/// what a shared, noisy machine can tell about a ratio: a burst of load from another build lands on one round,
/// not on one side of the comparison, as it can when BenchmarkDotNet measures one method after the other. Each round of
/// a group times every row of it (<see cref="RoundSchedule"/>), so that a row's place in time does not bias its ratio.
/// BenchmarkDotNet's tables remain the source of absolute times and of allocations.
/// </summary>
internal static class PairedRunner
{
    /// <summary>How long a side of a round runs, unless its budget says otherwise.</summary>
    public const double DefaultSide = 150;

    /// <summary>
    /// A side of the generator's groups. This process's gen0 budget is about 80 MB (the VM reports a 300 MiB L3), and a
    /// collection costs 30–130 ms. A 150 ms side (≈ 19 calls: 114 MB for the full run, 75 MB for the parse) held one
    /// collection of the full run's and usually none of the parse's, because each side started from a collected heap:
    /// the parse's garbage was collected off the clock and the ratio was decided by the threshold (FullRun 1.41–1.48,
    /// 1.56–2.04 against the parse with the driver floor, which costs 0.008 of the parse). In 1.2 s a side holds 4–7
    /// collections, in proportion to what it allocates, as a long run of either does.
    /// </summary>
    public const double GeneratorSide = 1200;

    /// <summary>How long the JIT may take to settle once every pair has warmed (<see cref="JitSettling"/>).</summary>
    private static readonly TimeSpan SettleBound = TimeSpan.FromSeconds(30);

    /// <summary>Calls of each side before timing: enough for tier-1 code (see Measure), bounded by <see cref="WarmUpBound"/>.</summary>
    private const int WarmUpCalls = 60;

    /// <summary>
    /// The least time a pair warms, however fast its calls: call counting for tier 1 starts only 100 ms after the last
    /// tier-0 compilation, so 60 calls of a 70 µs round trip (4 ms) ended before it had begun.
    /// </summary>
    private static readonly TimeSpan WarmUpLeast = TimeSpan.FromSeconds(1);

    /// <summary>A slow pair (the whole API's runs take seconds) warms with three calls and stops here.</summary>
    private static readonly TimeSpan WarmUpBound = TimeSpan.FromSeconds(3);

    private static readonly PairedBudget[] s_budgets =
    {
        new("1 generator", typeof(GeneratorBenchmarks), null, nameof(GeneratorBenchmarks.FullRun), nameof(GeneratorBenchmarks.ParseFloor), 1.3, SideMilliseconds: GeneratorSide),
        // Where the full run's time goes (no budget): the SpecResult step against the bare parse, the rest against it.
        new("1 generator", typeof(GeneratorBenchmarks), null, nameof(GeneratorBenchmarks.ReadStep), nameof(GeneratorBenchmarks.ParseFloor), double.NaN, SideMilliseconds: GeneratorSide),
        new("1 generator", typeof(GeneratorBenchmarks), null, nameof(GeneratorBenchmarks.FullRun), nameof(GeneratorBenchmarks.ReadStep), double.NaN, SideMilliseconds: GeneratorSide),
        // What any generator emitting this code pays in the driver, and SharesGen against both floors together.
        new("1 generator", typeof(GeneratorBenchmarks), null, nameof(GeneratorBenchmarks.EmitStep), nameof(GeneratorBenchmarks.ParseFloor), double.NaN, SideMilliseconds: GeneratorSide),
        new("1 generator", typeof(GeneratorBenchmarks), null, nameof(GeneratorBenchmarks.DriverFloor), nameof(GeneratorBenchmarks.ParseFloor), double.NaN, SideMilliseconds: GeneratorSide),
        new("1 generator", typeof(GeneratorBenchmarks), null, nameof(GeneratorBenchmarks.FullRun), nameof(GeneratorBenchmarks.ParseAndDriverFloor), double.NaN, SideMilliseconds: GeneratorSide),
        new("2 generator at scale", typeof(GeneratorScaleBenchmarks), 1, nameof(GeneratorScaleBenchmarks.FullRun), nameof(GeneratorScaleBenchmarks.ParseFloor), 1.3, SideMilliseconds: GeneratorSide),
        new("2 generator at scale", typeof(GeneratorScaleBenchmarks), 1, nameof(GeneratorScaleBenchmarks.FullRun), nameof(GeneratorScaleBenchmarks.ParseAndDriverFloor), double.NaN, SideMilliseconds: GeneratorSide),
        new("2 generator at scale", typeof(GeneratorScaleBenchmarks), 10, nameof(GeneratorScaleBenchmarks.FullRun), nameof(GeneratorScaleBenchmarks.ParseFloor), 1.3, SideMilliseconds: GeneratorSide),
        new("2 generator at scale", typeof(GeneratorScaleBenchmarks), 10, nameof(GeneratorScaleBenchmarks.FullRun), nameof(GeneratorScaleBenchmarks.ParseAndDriverFloor), double.NaN, SideMilliseconds: GeneratorSide),
        new("2 generator at scale", typeof(GeneratorScaleBenchmarks), 50, nameof(GeneratorScaleBenchmarks.FullRun), nameof(GeneratorScaleBenchmarks.ParseFloor), 1.3, SideMilliseconds: GeneratorSide),
        new("2 generator at scale", typeof(GeneratorScaleBenchmarks), 50, nameof(GeneratorScaleBenchmarks.FullRun), nameof(GeneratorScaleBenchmarks.ParseAndDriverFloor), double.NaN, SideMilliseconds: GeneratorSide),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.Single_SharesGen), nameof(SerializationBenchmarks.Single_StjSourceGen), 1.0),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.Single_SharesGen), nameof(SerializationBenchmarks.Single_ReaderFloor), 2.0),
        // What keeping the free-form meta values as JsonElements costs any reader, then every value a DTO holds (no budget), and SharesGen above those floors.
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.Single_MetaFloor), nameof(SerializationBenchmarks.Single_ReaderFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.Single_SharesGen), nameof(SerializationBenchmarks.Single_MetaFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.Single_ValuesFloor), nameof(SerializationBenchmarks.Single_ReaderFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.Single_SharesGen), nameof(SerializationBenchmarks.Single_ValuesFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.SingleDto_SharesGen), nameof(SerializationBenchmarks.SingleDto_StjSourceGen), 1.0),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.SingleDto_SharesGen), nameof(SerializationBenchmarks.SingleDto_ReaderFloor), 2.0),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.SingleDto_ValuesFloor), nameof(SerializationBenchmarks.SingleDto_ReaderFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.SingleDto_SharesGen), nameof(SerializationBenchmarks.SingleDto_ValuesFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.List_SharesGen), nameof(SerializationBenchmarks.List_StjSourceGen), 1.0),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.List_SharesGen), nameof(SerializationBenchmarks.List_ReaderFloor), 2.0),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.List_MetaFloor), nameof(SerializationBenchmarks.List_ReaderFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.List_SharesGen), nameof(SerializationBenchmarks.List_MetaFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.List_ValuesFloor), nameof(SerializationBenchmarks.List_ReaderFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.List_SharesGen), nameof(SerializationBenchmarks.List_ValuesFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.ListDto_SharesGen), nameof(SerializationBenchmarks.ListDto_StjSourceGen), 1.0),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.ListDto_SharesGen), nameof(SerializationBenchmarks.ListDto_ReaderFloor), 2.0),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.ListDto_ValuesFloor), nameof(SerializationBenchmarks.ListDto_ReaderFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.ListDto_SharesGen), nameof(SerializationBenchmarks.ListDto_ValuesFloor), double.NaN),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.Create_SharesGen), nameof(SerializationBenchmarks.Create_StjSourceGen), 1.0),
        new("3 serialization", typeof(SerializationBenchmarks), null, nameof(SerializationBenchmarks.Create_SharesGen), nameof(SerializationBenchmarks.Create_WriterFloor), 2.0),
        // Rates: generated ≥ 0.95 × hand-written ⇔ time(generated) / time(hand-written) ≤ 1 / 0.95.
        new("4 client round trip", typeof(ClientRoundTripBenchmarks), null, nameof(ClientRoundTripBenchmarks.Loopback_GeneratedClient), nameof(ClientRoundTripBenchmarks.Loopback_HandWritten), 1 / 0.95),
        new("4 client round trip", typeof(ClientRoundTripBenchmarks), null, nameof(ClientRoundTripBenchmarks.InMemory_GeneratedClient), nameof(ClientRoundTripBenchmarks.InMemory_HandWritten), 1 / 0.95),
        // What the retry pipeline costs on the same transport (no budget).
        new("4 client round trip", typeof(ClientRoundTripBenchmarks), null, nameof(ClientRoundTripBenchmarks.Loopback_GeneratedClientWithoutRetries), nameof(ClientRoundTripBenchmarks.Loopback_HandWritten), double.NaN),
        // Scale (issue 16): the whole 2023 file against its parse; Resource Sharing chosen out of it against the parse
        // (choosing must cost less than OpenAPI.NET reading the whole file) and against the fragment alone; growth.
        new("6 whole API", typeof(WholeApiBenchmarks), null, nameof(WholeApiBenchmarks.FullRun), nameof(WholeApiBenchmarks.ParseFloor), 2.0),
        new("6 whole API", typeof(WholeApiBenchmarks), null, nameof(WholeApiBenchmarks.FullRun), nameof(WholeApiBenchmarks.ParseAndDriverFloor), double.NaN),
        new("6 whole API", typeof(WholeApiBenchmarks), null, nameof(WholeApiBenchmarks.IncludedSubset), nameof(WholeApiBenchmarks.ParseFloor), 0.5),
        new("6 whole API", typeof(WholeApiBenchmarks), null, nameof(WholeApiBenchmarks.IncludedSubset), nameof(WholeApiBenchmarks.FragmentOnly), double.NaN),
        new("6 whole API", typeof(WholeApiBenchmarks), null, nameof(WholeApiBenchmarks.All), nameof(WholeApiBenchmarks.Eighth), 1.25, PerOperation: true),
        new("6 whole API", typeof(WholeApiBenchmarks), null, nameof(WholeApiBenchmarks.All), nameof(WholeApiBenchmarks.Half), 1.25, PerOperation: true),
        new("6 whole API", typeof(WholeApiBenchmarks), null, nameof(WholeApiBenchmarks.Half), nameof(WholeApiBenchmarks.Quarter), double.NaN, PerOperation: true),
    };

    /// <summary>The exit code of a run that measured, but on a machine too loaded to publish a verdict from.</summary>
    public const int NotQuietExitCode = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(21);
        var filter = args.SkipWhile(a => a != "--group").Skip(1).FirstOrDefault();
        var loadLimit = QuietMachine.LimitFrom(args);
        var otherCoresLimit = QuietMachine.OtherCoresLimitFrom(args);
        Console.WriteLine($"Paired ratios, {rounds} alternating rounds per budget, each round over every row of its group, ≈ {DefaultSide} ms a side per round ({GeneratorSide} ms for the generator's groups); Environment.ProcessorCount = {Environment.ProcessorCount}, started {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"A verdict is published only for a group that started at a load average within {loadLimit:F2} ({QuietMachine.LimitArgument} X) and during which other processes kept at most {otherCoresLimit:F2} cores busy ({QuietMachine.OtherCoresLimitArgument} X; /proc/stat less this process tree's own CPU time)."));
        Console.WriteLine();
        Console.WriteLine("| group | budget | median ratio | p25–p75 | limit | | median time a / b | GCs a side a / b |");
        Console.WriteLine("|---|---|---:|---:|---:|---|---:|---:|");
        var verdicts = new List<string>();
        var notQuiet = new List<string>();
        var processNotes = new List<string>();
        foreach (var instanceGroup in s_budgets.Where(b => filter is null || b.Group.Contains(filter, StringComparison.OrdinalIgnoreCase)).GroupBy(b => (b.Type, b.Copies)))
        {
            var groupName = instanceGroup.First().Group + (instanceGroup.Key.Copies is { } n ? $" (N = {n})" : string.Empty);
            var instance = Activator.CreateInstance(instanceGroup.Key.Type)!;
            if (instanceGroup.Key.Copies is { } copies)
            {
                instanceGroup.Key.Type.GetProperty(nameof(GeneratorScaleBenchmarks.Copies))!.SetValue(instance, copies);
            }

            await QuietMachine.SettleAsync(loadLimit);
            var before = LoadAverage.Read();
            var cpuBefore = CpuSample.Read();
            var rows = new List<(PairedBudget Budget, PairedResult Result)>();
            CpuSample? cpuAfter = null;
            await InvokeAllAsync<GlobalSetupAttribute>(instance);
            try
            {
                var budgets = instanceGroup.ToList();
                var (results, process) = Measure(budgets.Select(b => (Compile(instance, b.Numerator), Compile(instance, b.Denominator), b.SideMilliseconds)).ToList(), rounds);
                processNotes.Add($"{groupName}: {process}");
                rows.AddRange(budgets.Zip(results, (budget, result) => (budget, budget.PerOperation ? result.PerOperation((IOperationCounts)instance, budget) : result)));
            }
            finally
            {
                // Sampled before the cleanup stops a child server, so its CPU time still counts as the group's own.
                cpuAfter = CpuSample.Read();
                await InvokeAllAsync<GlobalCleanupAttribute>(instance);
            }

            var load = GroupLoad.Between(groupName, before, cpuBefore, LoadAverage.Read(), cpuAfter);
            var whyNotQuiet = QuietMachine.WhyNotQuiet(load, loadLimit, otherCoresLimit);
            verdicts.Add(whyNotQuiet ?? QuietMachine.WhyQuiet(load, loadLimit, otherCoresLimit));
            if (whyNotQuiet is not null)
            {
                notQuiet.Add(whyNotQuiet);
            }

            foreach (var (budget, result) in rows)
            {
                var name = $"{budget.Numerator} / {budget.Denominator}" + (budget.Copies is { } copiesOfSpec ? $" (N = {copiesOfSpec})" : string.Empty) + (budget.PerOperation ? ", per operation" : string.Empty);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {budget.Group} | {name} | {result.Median:F3} | {result.P25:F3}–{result.P75:F3} | {(double.IsNaN(budget.Limit) ? "–" : budget.Limit.ToString("F3", CultureInfo.InvariantCulture))} | {PairedVerdict.Of(result.Median, budget.Limit, quiet: whyNotQuiet is null)} | {Format(result.NumeratorTime)} / {Format(result.DenominatorTime)} | {result.NumeratorCollections:F1} / {result.DenominatorCollections:F1} |"));
            }
        }

        // Whether each group's rounds ran in a settled process, and why its verdict is, or is not, published.
        Console.WriteLine();
        foreach (var note in processNotes.Concat(verdicts))
        {
            Console.WriteLine(note);
        }

        if (notQuiet.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"No verdict published for the {notQuiet.Count} group(s) marked not quiet: rerun them on a quiet machine.");
            return NotQuietExitCode;
        }

        return 0;
    }

    /// <summary>
    /// Times every row of a group in interleaved rounds (<see cref="RoundSchedule"/>): each pair warmed, then one round
    /// over all rows that is not recorded, then <paramref name="rounds"/> recorded ones, each of which times every row's
    /// pair once. The ratios are per round and per row, as before; only the order of rows in time changed. Also says
    /// what the JIT compiled in each stretch (<see cref="ProcessState"/>), which shows whether the recorded rounds ran in
    /// a settled process.
    /// </summary>
    private static (IReadOnlyList<PairedResult> Results, string Process) Measure(IReadOnlyList<(Action Numerator, Action Denominator, double SideMilliseconds)> pairs, int rounds)
    {
        // Warm each pair past tiered compilation (a method is promoted after 30 calls and a 100 ms quiet spell), then
        // every call together until the JIT has settled (the scale group's first instance compiled 3,251 methods during
        // its first recorded rounds without this), then size a side of a round.
        var started = ProcessState.Read();
        foreach (var (numerator, denominator, _) in pairs)
        {
            var warming = Stopwatch.StartNew();
            for (var i = 0; (i < WarmUpCalls || warming.Elapsed < WarmUpLeast) && (i < 3 || warming.Elapsed < WarmUpBound); i++)
            {
                numerator();
                denominator();
            }
        }

        var settled = JitSettling.WarmUntilSettled(pairs.SelectMany(p => new[] { p.Numerator, p.Denominator }).ToArray(), SettleBound);
        // Each side is sized on its own, so both last about as long: sized on the faster one, as before, the parse ran
        // for 20 s beside a 60 µs driver floor, and a side that long or that short holds no fair share of collections.
        var loops = pairs.Select(p => (Numerator: LoopsFor(p.Numerator, p.SideMilliseconds), Denominator: LoopsFor(p.Denominator, p.SideMilliseconds))).ToArray();
        var ratios = pairs.Select(_ => new List<double>()).ToArray();
        var numeratorTimes = pairs.Select(_ => new List<double>()).ToArray();
        var denominatorTimes = pairs.Select(_ => new List<double>()).ToArray();
        var numeratorCollections = pairs.Select(_ => new List<double>()).ToArray();
        var denominatorCollections = pairs.Select(_ => new List<double>()).ToArray();

        // Round -1 is the warm pass over every row (see docs/PERFORMANCE.md, "The machine, and how much to trust it").
        var warmedUp = ProcessState.Read();
        var warmPassed = warmedUp;
        var halfway = warmedUp;
        for (var round = -1; round < rounds; round++)
        {
            if (round == 0)
            {
                warmPassed = ProcessState.Read();
            }

            if (round == rounds / 2)
            {
                halfway = ProcessState.Read();
            }

            foreach (var (row, numeratorFirst) in RoundSchedule.Of(Math.Max(round, 0), pairs.Count))
            {
                var (numerator, denominator, _) = pairs[row];
                (double Milliseconds, int Collections) a, b;
                if (numeratorFirst)
                {
                    a = Time(numerator, loops[row].Numerator);
                    b = Time(denominator, loops[row].Denominator);
                }
                else
                {
                    b = Time(denominator, loops[row].Denominator);
                    a = Time(numerator, loops[row].Numerator);
                }

                if (round >= 0)
                {
                    ratios[row].Add(a.Milliseconds / b.Milliseconds);
                    numeratorTimes[row].Add(a.Milliseconds);
                    denominatorTimes[row].Add(b.Milliseconds);
                    numeratorCollections[row].Add(a.Collections);
                    denominatorCollections[row].Add(b.Collections);
                }
            }
        }

        var ended = ProcessState.Read();
        var results = Enumerable.Range(0, pairs.Count)
            .Select(row => new PairedResult(Percentile(ratios[row], 0.5), Percentile(ratios[row], 0.25), Percentile(ratios[row], 0.75), Percentile(numeratorTimes[row], 0.5), Percentile(denominatorTimes[row], 0.5), numeratorCollections[row].Average(), denominatorCollections[row].Average()))
            .ToList();
        return (results, $"{warmedUp.Since(started)} during the warm-up{(settled ? " (settled)" : $" (not settled within {SettleBound.TotalSeconds:F0} s)")}, {warmPassed.Since(warmedUp)} during the warm pass over all rows, {halfway.Since(warmPassed)} during the first {rounds / 2} recorded rounds and {ended.Since(halfway)} during the other {rounds - (rounds / 2)}");
    }

    /// <summary>
    /// Calls of <paramref name="action"/> that take about <paramref name="sideMilliseconds"/>, at least one: sized on the
    /// median of three timed calls, or on one when it alone fills the side (the whole API's calls take seconds).
    /// </summary>
    private static int LoopsFor(Action action, double sideMilliseconds)
    {
        var once = new List<double>(3);
        for (var i = 0; i < 3 && (once.Count == 0 || once[0] < sideMilliseconds); i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            once.Add(Math.Max(clock.Elapsed.TotalMilliseconds, 0.0001));
        }

        return Math.Max(1, (int)Math.Ceiling(sideMilliseconds / Percentile(once, 0.5)));
    }

    /// <summary>
    /// Milliseconds per call over <paramref name="loops"/> calls, from a clean heap, and the gen0 collections (of any
    /// generation) that fell inside them: a side pays its own collections only while it runs, so it must be long enough
    /// for its share of them (<see cref="GeneratorSide"/>).
    /// </summary>
    private static (double Milliseconds, int Collections) Time(Action action, int loops)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < loops; i++)
        {
            action();
        }

        return (clock.Elapsed.TotalMilliseconds / loops, GC.CollectionCount(0) - collections);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var position = p * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }

    private static string Format(double milliseconds)
        => milliseconds >= 1
            ? milliseconds.ToString("N2", CultureInfo.InvariantCulture) + " ms"
            : (milliseconds * 1000).ToString("N2", CultureInfo.InvariantCulture) + " µs";

    /// <summary>A direct call, compiled (no reflection per call); a Task is waited for, as BenchmarkDotNet does.</summary>
    private static Action Compile(object instance, string methodName)
    {
        var method = instance.GetType().GetMethod(methodName) ?? throw new InvalidOperationException($"No method {methodName}.");
        var call = Expression.Call(Expression.Constant(instance), method);
        if (typeof(Task).IsAssignableFrom(method.ReturnType))
        {
            var task = Expression.Lambda<Func<Task>>(Expression.Convert(call, typeof(Task))).Compile();
            return () => task().GetAwaiter().GetResult();
        }

        var body = method.ReturnType == typeof(void) ? (Expression)call : Expression.Call(typeof(GC).GetMethod(nameof(GC.KeepAlive))!, Expression.Convert(call, typeof(object)));
        return Expression.Lambda<Action>(body).Compile();
    }

    private static async Task InvokeAllAsync<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            if (method.Invoke(instance, null) is Task task)
            {
                await task;
            }
        }
    }

    private sealed record PairedResult(double Median, double P25, double P75, double NumeratorTime, double DenominatorTime, double NumeratorCollections, double DenominatorCollections)
    {
        /// <summary>The ratios divided by the ratio of operations (each round's by the same constant); the times as measured.</summary>
        public PairedResult PerOperation(IOperationCounts counts, PairedBudget budget)
        {
            var operations = counts.Operations(budget.Numerator) / (double)counts.Operations(budget.Denominator);
            return this with { Median = Median / operations, P25 = P25 / operations, P75 = P75 / operations };
        }
    }
}

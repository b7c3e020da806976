using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>
/// What the machine was doing around one benchmark group: the load average just before it started and just after it
/// ended, and the cores other processes and the group itself kept busy while it ran (<see cref="CpuSample"/>).
/// </summary>
/// <param name="OtherCores">Cores kept busy by processes outside the benchmark's own tree, on average; null when unknown.</param>
/// <param name="OwnCores">Cores kept busy by the benchmark's own tree (its threads, its child server); null when unknown.</param>
internal sealed record GroupLoad(string Group, double? Before, double? After, double? OtherCores = null, double? OwnCores = null)
{
    /// <summary>The readings between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static GroupLoad Between(string group, double? loadBefore, CpuSample? before, double? loadAfter, CpuSample? after)
        => before is not null && after is not null
            ? new GroupLoad(group, loadBefore, loadAfter, CpuSample.OtherCores(before, after), CpuSample.OwnCores(before, after))
            : new GroupLoad(group, loadBefore, loadAfter);

    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Group}: load {LoadAverage.Format(Before)} before, {LoadAverage.Format(After)} after; other processes {Cores(OtherCores)}, the group itself {Cores(OwnCores)} during it");

    private static string Cores(double? cores) => cores is { } value ? value.ToString("F2", CultureInfo.InvariantCulture) + " cores" : "unknown";
}

/// <summary>
/// Whether a group ran on a quiet machine, so that its verdict may be published. Two readings decide, neither of which
/// counts the group's own work: the load average <em>before</em> the group (the benchmark idles between groups, so a
/// high load is other work; the default limit, <see cref="DefaultLimit"/>, leaves room for the one-minute average to
/// decay from the previous group's own thread), and the cores other processes kept busy <em>during</em> it, from the
/// machine's and the benchmark's own CPU time (<see cref="DefaultOtherCoresLimit"/>). The load after the group is
/// shown, not judged: a client and a Kestrel server on two cores lift it above 2 by themselves (issue 15).
/// </summary>
internal static class QuietMachine
{
    public const double DefaultLimit = 1.5;

    public const double DefaultOtherCoresLimit = 0.25;

    public const string LimitArgument = "--max-load";

    public const string OtherCoresLimitArgument = "--max-other-cpu";

    /// <summary>
    /// Null when the group ran on a quiet machine; otherwise why no verdict may be published, starting
    /// <c>not quiet:</c>. A machine that publishes neither reading cannot be shown quiet.
    /// </summary>
    public static string? WhyNotQuiet(GroupLoad load, double limit, double otherCoresLimit = DefaultOtherCoresLimit)
        => (load.Before, load.OtherCores) switch
        {
            (null, _) => $"not quiet: load before the group unknown (no {LoadAverage.ProcPath}); {load}",
            ({ } before, _) when before > limit => string.Create(CultureInfo.InvariantCulture, $"not quiet: load {before:F2} > {limit:F2} before the group started: other work was running; {load}"),
            (_, null) => $"not quiet: other processes' CPU time unknown (no {CpuSample.StatPath}); {load}",
            (_, { } others) when others > otherCoresLimit => string.Create(CultureInfo.InvariantCulture, $"not quiet: other processes kept {others:F2} cores > {otherCoresLimit:F2} busy during the group; {load}"),
            _ => null,
        };

    /// <summary>The line that says why a group's verdict is published: the readings that showed it quiet.</summary>
    public static string WhyQuiet(GroupLoad load, double limit, double otherCoresLimit = DefaultOtherCoresLimit)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"quiet: load {LoadAverage.Format(load.Before)} ≤ {limit:F2} before the group and other processes {load.OtherCores:F2} ≤ {otherCoresLimit:F2} cores during it (the load after, {LoadAverage.Format(load.After)}, counts the group's own {load.OwnCores:F2} cores); {load.Group}");

    /// <summary>The longest <see cref="SettleAsync"/> waits: about two time constants of the one-minute load average.</summary>
    public static readonly TimeSpan SettleBound = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Waits, at most <see cref="SettleBound"/>, for the load average to fall to <paramref name="limit"/> before a group, and
    /// says so when it had to: a group run right after another (of this run, or a previous command's) starts while the
    /// one-minute average still counts that work. On a machine busy with other work it does not fall, and the group is
    /// then refused a verdict as before.
    /// </summary>
    public static async Task SettleAsync(double limit)
    {
        var waited = Stopwatch.StartNew();
        while (LoadAverage.Read() is { } load && load > limit && waited.Elapsed < SettleBound)
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
        }

        if (waited.Elapsed >= TimeSpan.FromSeconds(5))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"waited {waited.Elapsed.TotalSeconds:F0} s for the load average to settle to {limit:F2} (now {LoadAverage.Format(LoadAverage.Read())})"));
        }
    }

    /// <summary>The <c>--max-load X</c> argument, else <see cref="DefaultLimit"/>.</summary>
    public static double LimitFrom(string[] args) => Argument(args, LimitArgument) ?? DefaultLimit;

    /// <summary>The <c>--max-other-cpu X</c> argument (cores), else <see cref="DefaultOtherCoresLimit"/>.</summary>
    public static double OtherCoresLimitFrom(string[] args) => Argument(args, OtherCoresLimitArgument) ?? DefaultOtherCoresLimit;

    private static double? Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length
            ? double.Parse(args[index + 1], NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
    }
}

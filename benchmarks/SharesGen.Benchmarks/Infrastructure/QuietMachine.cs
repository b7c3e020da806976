using System;
using System.Globalization;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>The load averages of one benchmark group, read just before it started and just after it ended.</summary>
internal sealed record GroupLoad(string Group, double? Before, double? After)
{
    /// <summary>The higher of the two readings; null when neither could be read.</summary>
    public double? Highest => Before is { } before && After is { } after ? Math.Max(before, after) : Before ?? After;

    public override string ToString() => $"{Group}: load {LoadAverage.Format(Before)} before, {LoadAverage.Format(After)} after";
}

/// <summary>
/// Whether a group ran on a quiet machine, so that its verdict may be published. The benchmark runs on one thread
/// and counts in the load itself, so the default limit is that one thread plus half a core of anything else:
/// <see cref="DefaultLimit"/>, or <c>--max-load X</c>.
/// </summary>
internal static class QuietMachine
{
    public const double DefaultLimit = 1.5;

    public const string LimitArgument = "--max-load";

    /// <summary>
    /// Null when <paramref name="load"/> stayed within <paramref name="limit"/>; otherwise the reason no verdict may be
    /// published, <c>not quiet: load X &gt; limit</c>. A machine that publishes no load average cannot be shown quiet.
    /// </summary>
    public static string? WhyNotQuiet(GroupLoad load, double limit)
        => load.Highest switch
        {
            null => $"not quiet: load unknown (no {LoadAverage.ProcPath}); {load}",
            var highest when highest > limit => string.Create(CultureInfo.InvariantCulture, $"not quiet: load {highest:F2} > {limit:F2}; {load}"),
            _ => null,
        };

    /// <summary>The <c>--max-load X</c> argument, else <see cref="DefaultLimit"/>.</summary>
    public static double LimitFrom(string[] args)
    {
        var index = Array.IndexOf(args, LimitArgument);
        return index >= 0 && index + 1 < args.Length
            ? double.Parse(args[index + 1], NumberStyles.Float, CultureInfo.InvariantCulture)
            : DefaultLimit;
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>
/// Warms calls until tiered compilation has settled: this process compiled no method for <see cref="QuietWindows"/>
/// windows in a row, each at least <see cref="WindowLength"/> and at least one pass over every call. Roslyn, OpenAPI.NET,
/// the generator, SharesGen.Runtime and generated code are IL: they start at tier 0 and reach tier 1 only after the
/// runtime's call-counting delay and 30 further calls, on a background thread that takes one of two cores. A warm-up of
/// a few dozen calls never waits for that: the generator's loop kept that thread busy for its first 10 s (6 s of its
/// CPU), and the client group's first row ran 3–8 × slower while 1,800–2,500 methods were compiled (issue 15).
/// </summary>
internal static class JitSettling
{
    public const int QuietWindows = 2;

    /// <summary>Longer than the runtime's call-counting delay (100 ms), so a quiet window is not merely the delay.</summary>
    public static readonly TimeSpan WindowLength = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// Calls every one of <paramref name="calls"/> in turn until the JIT has settled or <paramref name="bound"/> has
    /// passed; returns whether it settled (a slow group, whose one pass takes seconds, may not within its bound).
    /// </summary>
    public static bool WarmUntilSettled(IReadOnlyList<Action> calls, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        var quiet = 0;
        while (quiet < QuietWindows && clock.Elapsed < bound)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            var window = Stopwatch.StartNew();
            do
            {
                foreach (var call in calls)
                {
                    call();
                }
            }
            while (window.Elapsed < WindowLength && clock.Elapsed < bound);

            quiet = JitInfo.GetCompiledMethodCount() == compiled ? quiet + 1 : 0;
        }

        return quiet >= QuietWindows;
    }
}

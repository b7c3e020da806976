using System;
using System.Globalization;
using System.Runtime;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>
/// How much this process has JIT-compiled so far, on every thread. Two readings tell whether a stretch of a benchmark ran
/// in a settled process: methods still being compiled while it was timed (tier-0 code being replaced by tier-1, on a
/// background thread that takes a core of two) mean it was not, which is what made a group's first row read slow
/// (issue 15).
/// </summary>
internal readonly record struct ProcessState(long JitMethods, TimeSpan JitTime)
{
    public static ProcessState Read()
        => new(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    /// <summary>What happened from <paramref name="earlier"/> to this reading, e.g. <c>12 methods JIT-compiled (40 ms)</c>.</summary>
    public string Since(ProcessState earlier)
        => string.Create(CultureInfo.InvariantCulture, $"{JitMethods - earlier.JitMethods} methods JIT-compiled ({(JitTime - earlier.JitTime).TotalMilliseconds:F0} ms)");
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>
/// The <c>--profile Class.Method [seconds] [Copies]</c> mode: one benchmark method in a loop, for a profiler to
/// attach to (<c>dotnet-trace collect -- dotnet SharesGen.Benchmarks.dll --profile GeneratorBenchmarks.FullRun 20</c>).
/// Prints the wall and CPU time and the bytes allocated per call at the end.
/// </summary>
internal static class ProfileLoop
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rest = args.SkipWhile(a => a != "--profile").Skip(1).ToArray();
        if (rest.Length == 0 || rest[0].Split('.') is not [var typeName, var methodName])
        {
            Console.Error.WriteLine("usage: --profile Class.Method [seconds] [Copies]");
            return 2;
        }

        var seconds = rest.Length > 1 ? double.Parse(rest[1], CultureInfo.InvariantCulture) : 20;
        var type = typeof(Program).Assembly.GetTypes().Single(t => t.Name == typeName);
        var method = type.GetMethod(methodName) ?? throw new InvalidOperationException($"No method {methodName} on {typeName}.");
        var instance = Activator.CreateInstance(type)!;
        if (rest.Length > 2 && type.GetProperty("Copies") is { } copies)
        {
            copies.SetValue(instance, int.Parse(rest[2], CultureInfo.InvariantCulture));
        }

        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
        {
            setup.Invoke(instance, null);
        }

        var call = (Func<object?>)(() => method.Invoke(instance, null) is Task task ? WaitFor(task) : null);
        // Measured in a settled process, as the paired runner does: the first seconds of a loop are the JIT's.
        var settled = JitSettling.WarmUntilSettled(new Action[] { () => call() }, TimeSpan.FromSeconds(30));
        var jitBefore = ProcessState.Read();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var clock = Stopwatch.StartNew();
        var calls = 0L;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            call();
            calls++;
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)calls;
        // CPU time tells more than wall time on a loaded machine: other processes' turns on the cores are not in it.
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{typeName}.{methodName}: {calls} calls in {clock.Elapsed.TotalSeconds:F1} s, {clock.Elapsed.TotalMilliseconds / calls:F3} ms a call, {cpuPerCall:F3} ms CPU a call (this process), {perCall:N0} bytes allocated a call (this thread)"));
        Console.WriteLine($"  {(settled ? "warmed until the JIT settled" : "the JIT had not settled after 30 s of warm-up")}; {ProcessState.Read().Since(jitBefore)} while measured");
        // What the collector cost: a step that keeps more alive while it allocates pays more here than its allocations say.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  GCs a call: gen0 {(GC.CollectionCount(0) - gcBefore.Item1) / (double)calls:F2}, gen1 {(GC.CollectionCount(1) - gcBefore.Item2) / (double)calls:F2}, gen2 {(GC.CollectionCount(2) - gcBefore.Item3) / (double)calls:F3}; paused {(GC.GetTotalPauseDuration() - gcBefore.Item4).TotalMilliseconds / calls:F3} ms a call"));
        var ephemeral = GC.GetGCMemoryInfo(GCKind.Ephemeral);
        var full = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  last ephemeral GC: gen{ephemeral.Generation}, paused {ephemeral.PauseDurations[0].TotalMilliseconds:F1} ms, promoted {ephemeral.PromotedBytes / 1048576.0:F1} MB, heap {ephemeral.HeapSizeBytes / 1048576.0:F0} MB, pinned {ephemeral.PinnedObjectsCount}, gen sizes after {string.Join("/", ephemeral.GenerationInfo.ToArray().Select(g => (g.SizeAfterBytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture)))} MB; pause % {full.PauseTimePercentage:F1}"));
        return 0;
    }

    private static object? WaitFor(Task task)
    {
        task.GetAwaiter().GetResult();
        return null;
    }
}

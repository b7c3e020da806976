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
        call();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
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
        return 0;
    }

    private static object? WaitFor(Task task)
    {
        task.GetAwaiter().GetResult();
        return null;
    }
}

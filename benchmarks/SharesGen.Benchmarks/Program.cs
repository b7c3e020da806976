using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;
using SharesGen.Benchmarks.Client;
using SharesGen.Benchmarks.Infrastructure;
using SharesGen.Benchmarks.Paired;
using SharesGen.Benchmarks.Smoke;

namespace SharesGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/SharesGen.Benchmarks -- --filter '*Generator*'</c> (any
/// BenchmarkDotNet arguments), <c>-- --smoke</c> for the one-pass check CI runs, <c>-- --paired</c> for the budget ratios measured in
/// alternating rounds, <c>-- --scale</c> for the whole-API sizes and allocations (counted, not timed),
/// <c>-- --profile Class.Method [seconds]</c> to loop one method under a profiler, and <c>--serve</c> for the
/// round-trip benchmarks' child server. See docs/PERFORMANCE.md.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains(CannedServer.ServeArgument, StringComparer.Ordinal))
        {
            return await CannedServer.ServeAsync();
        }

        if (args.Contains("--smoke", StringComparer.Ordinal))
        {
            return await SmokeRunner.RunAsync(typeof(Program).Assembly);
        }

        if (args.Contains("--paired", StringComparer.Ordinal))
        {
            return await PairedRunner.RunAsync(args);
        }

        if (args.Contains("--scale", StringComparer.Ordinal))
        {
            return SharesGen.Benchmarks.Generator.ScaleReport.Run();
        }

        if (args.Contains("--profile", StringComparer.Ordinal))
        {
            return await ProfileLoop.RunAsync(args);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>
/// One job for every benchmark: in process (the Release build `dotnet run -c Release` made; BenchmarkDotNet's
/// default would build a second copy of this project and of the generator and runtime, racing other builds on a
/// shared machine), 4 warmups and 15 measured iterations, Median beside Mean because the machine is noisy, and the
/// load average before and after each class (<see cref="LoadAverageEventProcessor"/>).
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create()
        => ManualConfig.CreateEmpty()
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .AddColumn(StatisticColumn.Median)
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithWarmupCount(4)
                .WithIterationCount(15)
                .WithId("InProcess"))
            .AddEventProcessor(new LoadAverageEventProcessor(ConsoleLogger.Default))
            .WithArtifactsPath(RepositoryPaths.Artifacts)
            .WithOption(ConfigOptions.JoinSummary, false)
            .WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(40));
}

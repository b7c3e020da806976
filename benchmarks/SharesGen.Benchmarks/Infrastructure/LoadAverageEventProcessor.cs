using System;
using System.Collections.Generic;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>
/// Writes the load average before and after each benchmark class runs, and says when the machine was not quiet, so a
/// BenchmarkDotNet table is never read without knowing what else the cores were doing.
/// </summary>
internal sealed class LoadAverageEventProcessor(ILogger logger) : EventProcessor
{
    private double? _before;

    public override void OnStartRunBenchmarksInType(Type type, IReadOnlyList<BenchmarkCase> benchmarks)
    {
        _before = LoadAverage.Read();
        logger.WriteLineInfo($"// {type.Name}: load average {LoadAverage.Format(_before)} before");
    }

    public override void OnEndRunBenchmarksInType(Type type, Summary summary)
    {
        var load = new GroupLoad(type.Name, _before, LoadAverage.Read());
        logger.WriteLineInfo($"// {load}");
        if (QuietMachine.WhyNotQuiet(load, QuietMachine.DefaultLimit) is { } notQuiet)
        {
            logger.WriteLineError($"// {notQuiet}: this table is no evidence for a budget");
        }
    }
}

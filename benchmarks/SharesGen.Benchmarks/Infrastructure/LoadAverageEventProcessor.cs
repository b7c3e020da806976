using System;
using System.Collections.Generic;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>
/// Writes what the machine was doing around each benchmark class (<see cref="GroupLoad"/>), and whether it was quiet by
/// <see cref="QuietMachine"/>'s rule, so a BenchmarkDotNet table is never read without knowing what else the cores were doing.
/// </summary>
internal sealed class LoadAverageEventProcessor(ILogger logger) : EventProcessor
{
    private double? _before;
    private CpuSample? _cpuBefore;

    public override void OnStartRunBenchmarksInType(Type type, IReadOnlyList<BenchmarkCase> benchmarks)
    {
        _before = LoadAverage.Read();
        _cpuBefore = CpuSample.Read();
        logger.WriteLineInfo($"// {type.Name}: load average {LoadAverage.Format(_before)} before");
    }

    public override void OnEndRunBenchmarksInType(Type type, Summary summary)
    {
        var load = GroupLoad.Between(type.Name, _before, _cpuBefore, LoadAverage.Read(), CpuSample.Read());
        if (QuietMachine.WhyNotQuiet(load, QuietMachine.DefaultLimit) is { } notQuiet)
        {
            logger.WriteLineError($"// {notQuiet}: this table is no evidence for a budget");
        }
        else
        {
            logger.WriteLineInfo($"// {QuietMachine.WhyQuiet(load, QuietMachine.DefaultLimit)}");
        }
    }
}

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>Requests per second of one caller issuing calls back to back: 1 s / the mean time of a call.</summary>
public sealed class RequestsPerSecondColumn : IColumn
{
    public string Id => nameof(RequestsPerSecondColumn);

    public string ColumnName => "Req/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Requests per second, one caller back to back (1 s / Mean)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        => summary[benchmarkCase]?.ResultStatistics?.Mean is { } nanoseconds and > 0
            ? (1e9 / nanoseconds).ToString("N0", CultureInfo.InvariantCulture)
            : "-";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}

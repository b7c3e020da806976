namespace SharesGen.Benchmarks.Paired;

/// <summary>
/// A benchmark class whose methods generate different numbers of operations, so that a ratio of two of them can be
/// read per operation (<see cref="PairedBudget.PerOperation"/>): near-linear growth is a per-operation ratio near 1.
/// </summary>
internal interface IOperationCounts
{
    /// <summary>The operations <paramref name="method"/> generates.</summary>
    int Operations(string method);
}

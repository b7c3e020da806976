namespace SharesGen.Benchmarks.Paired;

/// <summary>The verdict column of the <c>--paired</c> table.</summary>
internal static class PairedVerdict
{
    public const string NotQuiet = "(not quiet: no verdict)";

    /// <summary>
    /// <c>met</c> or <c>**missed**</c>, only for a group measured on a quiet machine: a loaded group shows its ratio and
    /// no verdict, because load moves the two sides of a ratio unequally (issue 15).
    /// </summary>
    public static string Of(double ratio, double limit, bool quiet)
        => double.IsNaN(limit) ? "(no budget)" : !quiet ? NotQuiet : ratio <= limit ? "met" : "**missed**";
}

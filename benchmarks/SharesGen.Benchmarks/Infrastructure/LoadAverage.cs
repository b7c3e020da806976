using System.Globalization;
using System.IO;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>
/// The machine's one-minute load average, from <c>/proc/loadavg</c>: how many threads were running or waiting for a
/// core. A ratio measured while other work competes for the cores is not the product's ratio (issue 15: a loaded run
/// documented 1.39 for a budget a quiet rerun put at 1.73), so every group records it before and after.
/// </summary>
internal static class LoadAverage
{
    public const string ProcPath = "/proc/loadavg";

    /// <summary>The one-minute load average, or null where the system does not publish one (not Linux).</summary>
    public static double? Read(string path = ProcPath)
    {
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The first field of <c>/proc/loadavg</c> (<c>"0.42 0.31 0.20 1/123 4567"</c> → 0.42); null when it is not one.</summary>
    public static double? Parse(string text)
    {
        var first = text.Trim().Split(' ', 2)[0];
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) && load >= 0 ? load : null;
    }

    public static string Format(double? load) => load is { } value ? value.ToString("F2", CultureInfo.InvariantCulture) : "unknown";
}

using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SharesGen.Runtime.Diagnostics;

/// <summary>
/// The names of SharesGen's own <see cref="ActivitySource"/> and <see cref="Meter"/>, for an OpenTelemetry set-up
/// (<c>.AddSource(SharesGenTelemetry.ActivitySourceName)</c>, <c>.AddMeter(SharesGenTelemetry.MeterName)</c>) or an
/// <see cref="ActivityListener"/> / <see cref="MeterListener"/>. Every send of a generated client is one client
/// span and one <c>http.client.request.duration</c> measurement, following OpenTelemetry's HTTP client semantic
/// conventions, plus the operation id and Cloudflare's <c>cf-ray</c>. Nothing secret is recorded: no header value,
/// no query value, no body.
/// </summary>
public static class SharesGenTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/>: <c>SharesGen</c>.</summary>
    public const string ActivitySourceName = "SharesGen";

    /// <summary>The name of the <see cref="Meter"/>: <c>SharesGen</c>.</summary>
    public const string MeterName = "SharesGen";

    private static readonly string Version = typeof(SharesGenTelemetry).Assembly.GetName().Version?.ToString(3) ?? "0";

    internal static ActivitySource Source { get; } = new(ActivitySourceName, Version);

    internal static Meter Meter { get; } = new(MeterName, Version);

    /// <summary>OpenTelemetry's <c>http.client.request.duration</c>: seconds from the send to the whole body read.</summary>
    internal static Histogram<double> RequestDuration { get; } = Meter.CreateHistogram<double>(
        "http.client.request.duration", "s", "Duration of HTTP client requests.");
}

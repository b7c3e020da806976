namespace SharesGen.Runtime.Diagnostics;

/// <summary>The attribute names recorded on spans and measurements (OpenTelemetry's, then SharesGen's own two).</summary>
internal static class TelemetryAttributes
{
    public const string RequestMethod = "http.request.method";
    public const string ResponseStatusCode = "http.response.status_code";
    public const string ResendCount = "http.request.resend_count";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string UrlFull = "url.full";
    public const string UrlScheme = "url.scheme";
    public const string UrlTemplate = "url.template";
    public const string ErrorType = "error.type";
    public const string ProtocolVersion = "network.protocol.version";

    /// <summary>The spec's operationId: a bounded set, so it is on measurements too.</summary>
    public const string OperationId = "sharesgen.operation.id";

    /// <summary>Cloudflare's request id (<c>cf-ray</c>), for support tickets: spans only (one per request).</summary>
    public const string RayId = "cloudflare.ray_id";
}

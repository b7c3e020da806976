using System;
using System.Collections.Generic;
using System.Text;
using SharesGen.Testing.Http;

namespace SharesGen.Testing;

/// <summary>
/// A response the loopback server gives to the next request instead of handling it, for fault tests: an error
/// envelope, a body that is not JSON, a slow answer, a <c>Retry-After</c>.
/// </summary>
public sealed class CannedResponse
{
    /// <summary>A response with this status and body (JSON when it starts with <c>{</c> or <c>[</c>, else text).</summary>
    public CannedResponse(int statusCode, string? body = null)
    {
        if (statusCode is < 100 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), "An HTTP status code is between 100 and 599.");
        }

        StatusCode = statusCode;
        Body = body ?? string.Empty;
    }

    /// <summary>The status code.</summary>
    public int StatusCode { get; }

    /// <summary>The body, sent as UTF-8; empty for none.</summary>
    public string Body { get; }

    /// <summary>Headers to send (e.g. <c>cf-ray</c>, <c>Retry-After</c>); these replace the server's own.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The <c>Content-Type</c>; when null, inferred from <see cref="Headers"/> or the body.</summary>
    public string? ContentType { get; init; }

    /// <summary>How long to wait before answering, e.g. to exceed a client's timeout.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>
    /// A Cloudflare failure envelope: <c>{"success":false,"errors":[{"code":…,"message":…}],"messages":[],"result":null}</c>.
    /// </summary>
    public static CannedResponse Failure(int statusCode, int code, string message)
        => new(statusCode, Encoding.UTF8.GetString(EnvelopeWriter.Failure([new ApiErrorEntry(code, message)])));

    internal string EffectiveContentType
        => ContentType
            ?? (Headers.TryGetValue("Content-Type", out var header) ? header : null)
            ?? (Body.TrimStart() is { Length: > 0 } text && (text[0] == '{' || text[0] == '[') ? "application/json" : "text/plain; charset=utf-8");
}

using System;

namespace SharesGen.Runtime;

/// <summary>How a generated client reaches the API. Every setting has a safe default.</summary>
public sealed class ApiClientOptions
{
    /// <summary>
    /// The API's base address, e.g. <c>https://api.cloudflare.com/client/v4</c>. When null, the
    /// <c>HttpClient</c>'s base address is used, and then the server the spec names.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// The credentials; when null, <see cref="ApiCredentials.FromEnvironment"/> is tried, and then none are sent.
    /// Set <see cref="ApiCredentials.None"/> to send none without looking at the environment.
    /// </summary>
    public ApiCredentials? Credentials { get; set; }

    /// <summary>The longest a call may take, retries and body included. Default: 100 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>How transient failures are retried.</summary>
    public ApiRetryOptions Retry { get; set; } = new();

    /// <summary>The largest response body read; a larger one fails the call. Default: 32 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Allows a plain-HTTP base address that is not loopback. Off by default: credentials would travel in
    /// clear text.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Sent as <c>User-Agent</c>; SharesGen's own by default.</summary>
    public string? UserAgent { get; set; }

    /// <summary>
    /// Receives one line per attempt (operation, method, path template, status, duration) and per retry.
    /// Never credentials, headers, bodies or parameter values.
    /// </summary>
    public Microsoft.Extensions.Logging.ILogger? Logger { get; set; }
}

/// <summary>
/// Retries of transient failures (connection errors, 408, 429, 5xx) with exponential backoff and jitter,
/// honouring <c>Retry-After</c>. Requests that are not idempotent (POST) are retried only when the server
/// cannot have acted on them: the connection was refused, or it answered 429.
/// </summary>
public sealed class ApiRetryOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off. Default: 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay, doubled on each retry. Default: 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest single delay, <c>Retry-After</c> included. Default: 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}

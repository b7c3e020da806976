using System;
using System.Collections.Generic;
using System.Globalization;
using SharesGen.Runtime.Http;
using SharesGen.Runtime.Pipeline;

namespace SharesGen.Runtime;

/// <summary>
/// How a generated client reaches the API. Every setting has a safe default, and every setter rejects a value
/// out of range with an exception naming the option.
/// </summary>
public sealed class ApiClientOptions
{
    /// <summary>The longest <see cref="Timeout"/>: what a <c>CancellationTokenSource</c> accepts on every target (about 24.8 days).</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMilliseconds(int.MaxValue);

    /// <summary>The most redirects <see cref="MaxRedirects"/> may allow.</summary>
    public const int MaxRedirectsLimit = 20;

    private readonly List<(ApiPipelinePolicy Policy, ApiPipelinePosition Position)> _policies = new();
    private TimeSpan _timeout = TimeSpan.FromSeconds(100);
    private int _maxResponseBytes = 32 * 1024 * 1024;
    private int _maxRedirects = 5;
    private string? _userAgent;
    private ApiRetryOptions _retry = new();

    /// <summary>
    /// The API's base address, e.g. <c>https://api.cloudflare.com/client/v4</c>. When null, the
    /// <c>HttpClient</c>'s base address is used, and then the server the spec names. Credentials and request
    /// bodies are sent to this address's origin (scheme, host, port) and no other.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// The credentials; when null, <see cref="ApiCredentials.FromEnvironment"/> is tried, and then none are sent.
    /// Set <see cref="ApiCredentials.None"/> to send none without looking at the environment.
    /// </summary>
    public ApiCredentials? Credentials { get; set; }

    /// <summary>
    /// The longest a call may take, retries and body included. Default: 100 seconds. Positive and at most
    /// <see cref="MaxTimeout"/>, or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.
    /// </summary>
    public TimeSpan Timeout
    {
        get => _timeout;
        set
        {
            if (value != System.Threading.Timeout.InfiniteTimeSpan && (value <= TimeSpan.Zero || value > MaxTimeout))
            {
                throw OutOfRange(nameof(Timeout), $"must be positive and at most {MaxTimeout.ToString("c", CultureInfo.InvariantCulture)}, or Timeout.InfiniteTimeSpan; it is {value.ToString("c", CultureInfo.InvariantCulture)}");
            }

            _timeout = value;
        }
    }

    /// <summary>How transient failures are retried; <c>Retry.MaxRetries = 0</c> takes the retry policy out of the pipeline.</summary>
    public ApiRetryOptions Retry
    {
        get => _retry;
        set => _retry = value ?? throw new ArgumentNullException(nameof(Retry), "ApiClientOptions.Retry cannot be null.");
    }

    /// <summary>The largest response body read; a larger one fails the call. Default: 32 MiB. At least 1.</summary>
    public int MaxResponseBytes
    {
        get => _maxResponseBytes;
        set => _maxResponseBytes = value >= 1 ? value : throw OutOfRange(nameof(MaxResponseBytes), "must be at least 1; it is " + value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The most redirects followed in one attempt, each to the base address's own origin only (a redirect to
    /// another origin always fails the call). Default: 5; 0 follows none; at most <see cref="MaxRedirectsLimit"/>.
    /// </summary>
    public int MaxRedirects
    {
        get => _maxRedirects;
        set => _maxRedirects = value is >= 0 and <= MaxRedirectsLimit
            ? value
            : throw OutOfRange(nameof(MaxRedirects), $"must be between 0 and {MaxRedirectsLimit.ToString(CultureInfo.InvariantCulture)}; it is {value.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>
    /// Sends the configured credentials to operations whose spec does not declare them as a way to authenticate (an
    /// API token where the spec lists only <c>X-Auth-Email</c> + <c>X-Auth-Key</c>), and calls operations that require
    /// credentials when none are configured. Off by default: such a call throws
    /// <see cref="ApiCredentialsMismatchException"/> before anything is sent, naming what the operation accepts. Turn it
    /// on when you know the API accepts more than its spec says.
    /// </summary>
    public bool SendUndeclaredCredentials { get; set; }

    /// <summary>
    /// Allows a plain-HTTP base address that is not loopback. Off by default: credentials would travel in
    /// clear text.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Sent as <c>User-Agent</c>; SharesGen's own by default. Visible ASCII only (checked when set).</summary>
    public string? UserAgent
    {
        get => _userAgent;
        set
        {
            if (value is not null)
            {
                HeaderValues.Validate(value, nameof(UserAgent), "ApiClientOptions.UserAgent");
            }

            _userAgent = value;
        }
    }

    /// <summary>
    /// Receives one line per send (operation, method, path template, status or failure kind, duration).
    /// Never credentials, headers, bodies or parameter values.
    /// </summary>
    public Microsoft.Extensions.Logging.ILogger? Logger { get; set; }

    /// <summary>
    /// Adds a policy to the pipeline of clients built with these options. The pipeline runs, outside in:
    /// error mapping, envelope reading, the timeout, <see cref="ApiPipelinePosition.PerCall"/> policies, retries,
    /// redirects, <see cref="ApiPipelinePosition.PerAttempt"/> policies, credentials, telemetry, logging, the body limit, the
    /// same-origin guard and the transport.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="position">Where it runs.</param>
    /// <returns>These options.</returns>
    public ApiClientOptions AddPolicy(ApiPipelinePolicy policy, ApiPipelinePosition position = ApiPipelinePosition.PerAttempt)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (position is not (ApiPipelinePosition.PerCall or ApiPipelinePosition.PerAttempt))
        {
            throw new ArgumentOutOfRangeException(nameof(position), "Unknown ApiPipelinePosition.");
        }

        _policies.Add((policy, position));
        return this;
    }

    /// <summary>Where these options were bound from configuration, and what that binding found wrong; null when not bound.</summary>
    internal DependencyInjection.BoundConfiguration? BoundFrom { get; set; }

    internal IEnumerable<ApiPipelinePolicy> PoliciesAt(ApiPipelinePosition position)
    {
        foreach (var (policy, at) in _policies)
        {
            if (at == position)
            {
                yield return policy;
            }
        }
    }

    internal static ArgumentOutOfRangeException OutOfRange(string option, string problem)
        => new(option, "ApiClientOptions." + option + " " + problem + ".");
}

/// <summary>
/// Retries of transient failures (connection errors, 408, 429, 5xx) with exponential backoff and jitter,
/// honouring <c>Retry-After</c>. Requests that are not idempotent (POST) are retried only when the server
/// cannot have acted on them: the connection was refused, or it answered 429. A <c>Retry-After</c> longer than
/// <see cref="MaxDelay"/> or than the time left before the timeout fails the call at once.
/// </summary>
public sealed class ApiRetryOptions
{
    /// <summary>The longest <see cref="BaseDelay"/> and <see cref="MaxDelay"/>: one day, Polly's own bound.</summary>
    public static readonly TimeSpan MaxDelayLimit = TimeSpan.FromDays(1);

    private int _maxRetries = 3;
    private TimeSpan _baseDelay = TimeSpan.FromMilliseconds(500);
    private TimeSpan _maxDelay = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt; 0 turns retrying off (the retry policy leaves the pipeline). Default: 3; at most 100.</summary>
    public int MaxRetries
    {
        get => _maxRetries;
        set => _maxRetries = value is >= 0 and <= 100
            ? value
            : throw ApiClientOptions.OutOfRange("Retry." + nameof(MaxRetries), "must be between 0 and 100; it is " + value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The first backoff delay, doubled on each retry. Default: 500 ms; between 0 and one day.</summary>
    public TimeSpan BaseDelay
    {
        get => _baseDelay;
        set => _baseDelay = Delay(value, nameof(BaseDelay));
    }

    /// <summary>The longest single delay, and the longest <c>Retry-After</c> waited for. Default: 30 seconds; between 0 and one day.</summary>
    public TimeSpan MaxDelay
    {
        get => _maxDelay;
        set => _maxDelay = Delay(value, nameof(MaxDelay));
    }

    private static TimeSpan Delay(TimeSpan value, string option)
        => value >= TimeSpan.Zero && value <= MaxDelayLimit
            ? value
            : throw ApiClientOptions.OutOfRange("Retry." + option, "must be between 0 and 1.00:00:00; it is " + value.ToString("c", CultureInfo.InvariantCulture));
}

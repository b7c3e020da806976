using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;

namespace SharesGen.Runtime;

/// <summary>
/// A call failed: the API answered with an error status or <c>success: false</c>, or with a body that is not
/// the expected JSON, or the client refused what the server asked (a redirect to another origin). Carries the
/// status, every <c>errors[]</c> entry, the <c>cf-ray</c> id, <c>Retry-After</c> and a bounded snippet of the
/// body. Never carries credentials. <see cref="Exception.Message"/> is bounded (<see cref="MaxMessageLength"/>)
/// and printable whatever the server sent; the full errors stay in <see cref="Errors"/>.
/// </summary>
public class ApiException : Exception
{
    /// <summary>The longest body snippet kept, in characters.</summary>
    public const int MaxSnippetLength = 1024;

    /// <summary>The longest <see cref="Exception.Message"/>, in characters.</summary>
    public const int MaxMessageLength = 2048;

    private const int MaxErrorLength = 300;
    private const int MaxErrorsShown = 5;

    /// <summary>Creates an exception for a failed call.</summary>
    public ApiException(string operationId, HttpStatusCode? statusCode, IReadOnlyList<ResponseInfo> errors, string? rayId, string? bodySnippet, string? reason = null, Exception? innerException = null)
        : this(operationId, statusCode, errors, rayId, bodySnippet, reason, retryAfter: null, innerException)
    {
    }

    internal ApiException(string operationId, HttpStatusCode? statusCode, IReadOnlyList<ResponseInfo> errors, string? rayId, string? bodySnippet, string? reason, TimeSpan? retryAfter, Exception? innerException)
        : base(Describe(operationId, statusCode, errors, rayId, reason, retryAfter), innerException)
    {
        OperationId = operationId;
        StatusCode = statusCode;
        Errors = errors;
        RayId = rayId;
        BodySnippet = bodySnippet;
        RetryAfter = retryAfter;
    }

    /// <summary>The spec's operationId of the failed call.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP status; null when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Every entry of the envelope's <c>errors</c>, as sent.</summary>
    public IReadOnlyList<ResponseInfo> Errors { get; }

    /// <summary>Cloudflare's request id (<c>cf-ray</c>), for support tickets.</summary>
    public string? RayId { get; }

    /// <summary>The start of the response body (at most <see cref="MaxSnippetLength"/> characters), for bodies that were not understood.</summary>
    public string? BodySnippet { get; }

    /// <summary>
    /// The delay the server's <c>Retry-After</c> asked for; null without one. A call fails at once, without waiting,
    /// when this is longer than <see cref="ApiRetryOptions.MaxDelay"/> or than the time left before the timeout.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    internal static string? Snippet(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        var text = Utf8.GetString(body.Length > MaxSnippetLength * 4 ? body.Slice(0, MaxSnippetLength * 4) : body);
        return text.Length > MaxSnippetLength ? text.Substring(0, MaxSnippetLength) + "…" : text;
    }

    private static string Describe(string operationId, HttpStatusCode? statusCode, IReadOnlyList<ResponseInfo> errors, string? rayId, string? reason, TimeSpan? retryAfter)
    {
        var builder = new StringBuilder(256);
        SafeText.Append(builder, operationId, 200);
        builder.Append(" failed");
        if (statusCode is { } status)
        {
            builder.Append(" with HTTP ").Append(((int)status).ToString(CultureInfo.InvariantCulture));
            if (Enum.IsDefined(typeof(HttpStatusCode), status))
            {
                builder.Append(" (").Append(status).Append(')');
            }
        }

        if (reason is not null)
        {
            builder.Append(": ");
            SafeText.Append(builder, reason, 600);
        }

        if (errors.Count > 0)
        {
            builder.Append(": ");
            var shown = Math.Min(errors.Count, MaxErrorsShown);
            for (var i = 0; i < shown; i++)
            {
                if (i > 0)
                {
                    builder.Append("; ");
                }

                builder.Append('[').Append(errors[i].Code.ToString(CultureInfo.InvariantCulture)).Append("] ");
                SafeText.Append(builder, errors[i].Message, MaxErrorLength);
            }

            if (errors.Count > shown)
            {
                builder.Append("; and ").Append((errors.Count - shown).ToString(CultureInfo.InvariantCulture)).Append(" more (see Errors)");
            }
        }

        if (retryAfter is { } delay)
        {
            builder.Append(" (Retry-After ").Append(delay.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)).Append(" s)");
        }

        if (rayId is not null)
        {
            builder.Append(" (").Append(CloudflareHeaders.RayId).Append(' ');
            SafeText.Append(builder, rayId, 100);
            builder.Append(')');
        }

        builder.Append('.');
        return builder.Length <= MaxMessageLength ? builder.ToString() : builder.ToString(0, MaxMessageLength - 1) + "…";
    }
}

/// <summary>No response arrived: the connection failed, even after retries.</summary>
public sealed class ApiConnectionException : ApiException
{
    /// <summary>Creates the exception.</summary>
    public ApiConnectionException(string operationId, Exception innerException)
        : base(operationId, null, Array.Empty<ResponseInfo>(), null, null, "the connection failed (" + innerException.Message + ")", innerException)
    {
    }
}

/// <summary>The call took longer than a timeout: <see cref="ApiCallOptions.Timeout"/>, <see cref="ApiClientOptions.Timeout"/>, the <c>HttpClient</c>'s own, or its resilience handler's.</summary>
public sealed class ApiTimeoutException : ApiException
{
    /// <summary>Creates the exception for <see cref="ApiClientOptions.Timeout"/>.</summary>
    public ApiTimeoutException(string operationId, TimeSpan timeout, Exception? innerException = null)
        : this(operationId, timeout, "ApiClientOptions.Timeout", innerException)
    {
    }

    /// <summary>Creates the exception for the timeout named <paramref name="timeoutName"/>.</summary>
    /// <param name="operationId">The operation.</param>
    /// <param name="timeout">The timeout that elapsed.</param>
    /// <param name="timeoutName">Which setting it is, e.g. <c>HttpClient.Timeout</c>.</param>
    /// <param name="innerException">The cancellation that ended the call.</param>
    public ApiTimeoutException(string operationId, TimeSpan timeout, string timeoutName, Exception? innerException = null)
        : base(operationId, null, Array.Empty<ResponseInfo>(), null, null, "no complete response within " + Seconds(timeout) + " (" + timeoutName + ")", innerException)
    {
        Timeout = timeout;
        TimeoutName = timeoutName;
    }

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>
    /// Which timeout it was: <c>ApiCallOptions.Timeout</c>, <c>ApiClientOptions.Timeout</c>, <c>HttpClient.Timeout</c>, or a
    /// timeout of a resilience handler on the <c>HttpClient</c> (Polly's <c>TimeoutRejectedException</c>, the inner exception).
    /// </summary>
    public string TimeoutName { get; }

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}

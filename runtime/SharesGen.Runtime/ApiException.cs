using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace SharesGen.Runtime;

/// <summary>
/// A call failed: the API answered with an error status or <c>success: false</c>, or with a body that is not
/// the expected JSON. Carries the status, every <c>errors[]</c> entry, the <c>cf-ray</c> id and a bounded
/// snippet of the body. Never carries credentials.
/// </summary>
public class ApiException : Exception
{
    /// <summary>The longest body snippet kept, in characters.</summary>
    public const int MaxSnippetLength = 1024;

    /// <summary>Creates an exception for a failed call.</summary>
    public ApiException(string operationId, HttpStatusCode? statusCode, IReadOnlyList<ResponseInfo> errors, string? rayId, string? bodySnippet, string? reason = null, Exception? innerException = null)
        : base(Describe(operationId, statusCode, errors, rayId, reason), innerException)
    {
        OperationId = operationId;
        StatusCode = statusCode;
        Errors = errors;
        RayId = rayId;
        BodySnippet = bodySnippet;
    }

    /// <summary>The spec's operationId of the failed call.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP status; null when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Every entry of the envelope's <c>errors</c>.</summary>
    public IReadOnlyList<ResponseInfo> Errors { get; }

    /// <summary>Cloudflare's request id (<c>cf-ray</c>), for support tickets.</summary>
    public string? RayId { get; }

    /// <summary>The start of the response body (at most <see cref="MaxSnippetLength"/> characters), for bodies that were not understood.</summary>
    public string? BodySnippet { get; }

    internal static string? Snippet(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(body.Length > MaxSnippetLength * 4 ? body[..(MaxSnippetLength * 4)] : body);
        return text.Length > MaxSnippetLength ? text[..MaxSnippetLength] + "…" : text;
    }

    private static string Describe(string operationId, HttpStatusCode? statusCode, IReadOnlyList<ResponseInfo> errors, string? rayId, string? reason)
    {
        var builder = new StringBuilder(operationId).Append(" failed");
        if (statusCode is { } status)
        {
            builder.Append(" with HTTP ").Append(((int)status).ToString(CultureInfo.InvariantCulture)).Append(" (").Append(status).Append(')');
        }

        if (reason is not null)
        {
            builder.Append(": ").Append(reason);
        }

        if (errors.Count > 0)
        {
            builder.Append(": ").Append(string.Join("; ", errors.Select(e => e.ToString())));
        }

        if (rayId is not null)
        {
            builder.Append(" (cf-ray ").Append(rayId).Append(')');
        }

        return builder.Append('.').ToString();
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

/// <summary>The call took longer than <see cref="ApiClientOptions.Timeout"/>.</summary>
public sealed class ApiTimeoutException : ApiException
{
    /// <summary>Creates the exception.</summary>
    public ApiTimeoutException(string operationId, TimeSpan timeout, Exception? innerException = null)
        : base(operationId, null, Array.Empty<ResponseInfo>(), null, null, "no complete response within " + timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s", innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }
}

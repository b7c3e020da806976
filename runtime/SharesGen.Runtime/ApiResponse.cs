using System.Collections.Generic;
using System.Net;
using System.Net.Http.Headers;

namespace SharesGen.Runtime;

/// <summary>
/// The raw side of a call: status, headers (with <c>cf-ray</c>), and the envelope's <c>success</c>,
/// <c>errors</c>, <c>messages</c> and <c>result_info</c>. Returned by every <c>…WithResponseAsync</c> method.
/// </summary>
public class ApiResponse
{
    internal ApiResponse(string operationId, HttpStatusCode statusCode, HttpResponseHeaders headers, Envelope envelope)
    {
        OperationId = operationId;
        ResultFingerprint = envelope.ResultFingerprint;
        StatusCode = statusCode;
        Headers = headers;
        Success = envelope.Success;
        Errors = envelope.Errors;
        Messages = envelope.Messages;
        ResultInfo = envelope.ResultInfo;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response headers.</summary>
    public HttpResponseHeaders Headers { get; }

    /// <summary>Cloudflare's request id (<c>cf-ray</c>), for support tickets; null when absent.</summary>
    public string? RayId => CloudflareHeaders.RayIdOf(Headers);

    /// <summary>The envelope's <c>success</c>; null when the response had no body.</summary>
    public bool? Success { get; }

    /// <summary>The envelope's <c>errors</c> (empty on success).</summary>
    public IReadOnlyList<ResponseInfo> Errors { get; }

    /// <summary>The envelope's <c>messages</c>.</summary>
    public IReadOnlyList<ResponseInfo> Messages { get; }

    /// <summary>The envelope's <c>result_info</c> on list responses; null otherwise.</summary>
    public ResultInfo? ResultInfo { get; }

    /// <summary>The operation that answered, for paging's errors.</summary>
    internal string OperationId { get; }

    /// <summary>A hash of <c>result</c>'s bytes on list responses: two pages with the same one are the same page.</summary>
    internal ulong ResultFingerprint { get; }
}

/// <summary>An <see cref="ApiResponse"/> with the typed result.</summary>
public sealed class ApiResponse<T> : ApiResponse
{
    internal ApiResponse(string operationId, HttpStatusCode statusCode, HttpResponseHeaders headers, Envelope envelope, T value)
        : base(operationId, statusCode, headers, envelope)
    {
        Value = value;
    }

    /// <summary>The typed result: the envelope's <c>result</c>, or the body when there is no envelope.</summary>
    public T Value { get; }
}

/// <summary>One page of a list operation.</summary>
public sealed class Page<T>
{
    /// <summary>Wraps a list response.</summary>
    public Page(ApiResponse<IReadOnlyList<T>> response)
    {
        Response = response;
    }

    /// <summary>The items on this page.</summary>
    public IReadOnlyList<T> Items => Response.Value;

    /// <summary>Where this page sits in the list; null when the API returned the list unpaginated.</summary>
    public ResultInfo? ResultInfo => Response.ResultInfo;

    /// <summary>The raw response of this page.</summary>
    public ApiResponse<IReadOnlyList<T>> Response { get; }
}

using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SharesGen.Runtime;

/// <summary>
/// The raw side of any call, one shape for every operation: status, headers (with <c>cf-ray</c>), the envelope's
/// <c>success</c>, <c>errors</c>, <c>messages</c> and <c>result_info</c>, the body as received and the
/// <see cref="HttpResponseMessage"/>. <c>ApiCall.WithResponseAsync()</c> returns it.
/// </summary>
public class ApiResponse
{
    private protected ApiResponse(string operationId, HttpResponseMessage message, ReadOnlyMemory<byte> content, Envelope envelope)
    {
        OperationId = operationId;
        RawResponse = message;
        Content = content;
        ResultFingerprint = envelope.ResultFingerprint;
        Success = envelope.Success;
        Errors = envelope.Errors;
        Messages = envelope.Messages;
        ResultInfo = envelope.ResultInfo;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode => RawResponse.StatusCode;

    /// <summary>The response headers.</summary>
    public HttpResponseHeaders Headers => RawResponse.Headers;

    /// <summary>Cloudflare's request id (<c>cf-ray</c>), for support tickets; null when absent.</summary>
    public string? RayId => CloudflareHeaders.RayIdOf(Headers);

    /// <summary>The envelope's <c>success</c>; null when the response had no body.</summary>
    public bool? Success { get; }

    /// <summary>The envelope's <c>errors</c> (empty on success).</summary>
    public IReadOnlyList<ResponseInfo> Errors { get; }

    /// <summary>The envelope's <c>messages</c>; empty when the API sends none.</summary>
    public IReadOnlyList<ResponseInfo> Messages { get; }

    /// <summary>The envelope's <c>result_info</c> on list responses; null otherwise.</summary>
    public ResultInfo? ResultInfo { get; }

    /// <summary>The body exactly as received (read within <see cref="ApiClientOptions.MaxResponseBytes"/>); empty for a 204.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>
    /// The response message, for what the properties above do not cover (its version, reason phrase, content headers,
    /// the request it answered). Its body was already read into <see cref="Content"/>, and the message disposed:
    /// read the body from there.
    /// </summary>
    public HttpResponseMessage RawResponse { get; }

    /// <summary>The operation that answered, for paging's errors.</summary>
    internal string OperationId { get; }

    /// <summary>A hash of <c>result</c>'s bytes on list responses: two pages with the same one are the same page.</summary>
    internal ulong ResultFingerprint { get; }

    /// <summary>
    /// A response with a status and nothing else (no body, no headers), for test doubles of calls without a result.
    /// </summary>
    public static ApiResponse Create(HttpStatusCode statusCode)
        => new(string.Empty, new HttpResponseMessage(statusCode), ReadOnlyMemory<byte>.Empty, new Envelope { Success = true });

    /// <summary>
    /// A successful response carrying <paramref name="value"/>, for test doubles: <c>ApiCall.FromResponse(ApiResponse.FromValue(share))</c>.
    /// </summary>
    /// <param name="value">The result.</param>
    /// <param name="statusCode">The status; 200 unless given.</param>
    /// <param name="resultInfo">The envelope's <c>result_info</c>, for a page of a list.</param>
    /// <param name="messages">The envelope's <c>messages</c>.</param>
    public static ApiResponse<T> FromValue<T>(T value, HttpStatusCode statusCode = HttpStatusCode.OK, ResultInfo? resultInfo = null, IReadOnlyList<ResponseInfo>? messages = null)
        => new(string.Empty, new HttpResponseMessage(statusCode), ReadOnlyMemory<byte>.Empty, new Envelope { Success = true, ResultInfo = resultInfo, Messages = messages ?? Array.Empty<ResponseInfo>() }, value);

    internal static ApiResponse From(string operationId, Pipeline.ApiRawResponse response, Envelope envelope)
        => new(operationId, response.Message, response.Body, envelope);
}

/// <summary>An <see cref="ApiResponse"/> with the typed result.</summary>
/// <typeparam name="T">The result.</typeparam>
public sealed class ApiResponse<T> : ApiResponse
{
    internal ApiResponse(string operationId, HttpResponseMessage message, ReadOnlyMemory<byte> content, Envelope envelope, T value)
        : base(operationId, message, content, envelope)
    {
        Value = value;
    }

    /// <summary>The typed result: the envelope's <c>result</c>, or the body when there is no envelope.</summary>
    public T Value { get; }

    internal static ApiResponse<T> From(string operationId, Pipeline.ApiRawResponse response, Envelope envelope, T value)
        => new(operationId, response.Message, response.Body, envelope, value);
}

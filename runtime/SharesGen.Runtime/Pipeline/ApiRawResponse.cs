using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SharesGen.Runtime.Pipeline;

/// <summary>
/// The response to one send: status, headers and, once the body policy has read it, the whole body.
/// Disposing it releases the connection.
/// </summary>
public sealed class ApiRawResponse : IDisposable
{
    internal ApiRawResponse(HttpResponseMessage message)
    {
        Message = message;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode => Message.StatusCode;

    /// <summary>True for 2xx.</summary>
    public bool IsSuccessStatusCode => (int)Message.StatusCode is >= 200 and < 300;

    /// <summary>The response headers.</summary>
    public HttpResponseHeaders Headers => Message.Headers;

    /// <summary>
    /// The address the <c>HttpClient</c> reports this response came from: not the one sent to when a handler
    /// followed a redirect by itself.
    /// </summary>
    public Uri? RequestUri => Message.RequestMessage?.RequestUri;

    /// <summary>The body, read within <see cref="ApiClientOptions.MaxResponseBytes"/>; empty until read, and for 204 and 304.</summary>
    public ReadOnlyMemory<byte> Body { get; internal set; }

    /// <summary>The delay <c>Retry-After</c> asks for (a date is turned into a delay from now); null without one.</summary>
    public TimeSpan? RetryAfter => Message.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    internal HttpResponseMessage Message { get; }

    /// <inheritdoc/>
    public void Dispose() => Message.Dispose();
}

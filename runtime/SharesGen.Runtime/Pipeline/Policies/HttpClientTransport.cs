using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// The end of the pipeline: turns the current send into an <see cref="HttpRequestMessage"/> (a sent one cannot
/// be resent, so one per send) and sends it, returning as soon as the headers arrive.
/// </summary>
internal sealed class HttpClientTransport(HttpClient httpClient) : ApiPipelinePolicy
{
    /// <summary>How <see cref="ApiTimeoutException.TimeoutName"/> names a timeout of a resilience handler on the <c>HttpClient</c>.</summary>
    internal const string ResilienceHandlerTimeout = "the HttpClient's resilience handler";

    /// <summary>
    /// The response points back to the request as the handler last sent it, credentials and all, and a caller can reach
    /// it (<c>ApiResponse.RawResponse.RequestMessage</c>, whose <c>ToString()</c> lists every header). Keep only its
    /// method and final URI, which the same-origin guard and error messages use.
    /// </summary>
    private static void WithoutSentHeaders(HttpResponseMessage response)
    {
        if (response.RequestMessage is { } sent)
        {
            response.RequestMessage = new HttpRequestMessage(sent.Method, sent.RequestUri);
        }
    }

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        using var request = new HttpRequestMessage(message.Method, message.RequestUri);
        if (message.Content is { } body)
        {
            request.Content = Content(body);
            // JSON, or what a non-JSON body set (ApiRequest.Bodies): the request checked it when it was set.
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(message.Request.BodyContentType);
        }

        foreach (var header in message.Headers)
        {
            // Names and values were checked when set (ApiRequestHeaders); a content header goes on the content.
            if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value) && request.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value) != true)
            {
                throw new InvalidOperationException("The header '" + header.Key + "' cannot be sent on this request.");
            }
        }

        try
        {
            var received = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, message.CancellationToken).ConfigureAwait(false);
            WithoutSentHeaders(received);
            message.Response = new ApiRawResponse(received);
        }
        catch (OperationCanceledException exception) when (!message.CancellationToken.IsCancellationRequested)
        {
            // Nobody cancelled the call: the HttpClient's own Timeout elapsed, not ApiClientOptions.Timeout.
            throw new ApiTimeoutException(message.OperationId, httpClient.Timeout, "HttpClient.Timeout", exception);
        }
        catch (Polly.Timeout.TimeoutRejectedException exception)
        {
            // A resilience handler on the HttpClient (Microsoft.Extensions.Http.Resilience) timed the attempt or the request out.
            throw new ApiTimeoutException(message.OperationId, exception.Timeout, ResilienceHandlerTimeout, exception);
        }
    }

    private static HttpContent Content(ReadOnlyMemory<byte> body)
    {
#if NETSTANDARD2_0
        return System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out var segment)
            ? new ByteArrayContent(segment.Array!, segment.Offset, segment.Count)
            : new ByteArrayContent(body.ToArray());
#else
        return new ReadOnlyMemoryContent(body);
#endif
    }
}

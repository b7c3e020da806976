using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// Reads the whole response body into memory, within <see cref="ApiClientOptions.MaxResponseBytes"/>. The buffer
/// grows with the bytes that arrive, never from <c>Content-Length</c> (a server announcing 32 MiB and sending
/// nothing costs one small buffer). A 204, a 304 and the answer to a HEAD have no body and are not read,
/// whatever their headers announce.
/// </summary>
internal sealed class ResponseBodyPolicy(int maxResponseBytes) : ApiPipelinePolicy
{
    private const int FirstBufferSize = 16 * 1024;

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        await ProcessNextAsync(message, next).ConfigureAwait(false);
        var response = message.Response!;
        if (!HasBody(response.StatusCode, message.Method))
        {
            response.Body = ReadOnlyMemory<byte>.Empty;
            return;
        }

        var announced = response.Message.Content.Headers.ContentLength;
        if (announced > maxResponseBytes)
        {
            throw TooLarge(message, response);
        }

#if NETSTANDARD2_0
        using var stream = await response.Message.Content.ReadAsStreamAsync().ConfigureAwait(false);
#else
        using var stream = await response.Message.Content.ReadAsStreamAsync(message.CancellationToken).ConfigureAwait(false);
#endif
        response.Body = await ReadAsync(stream, announced, message, response).ConfigureAwait(false);
    }

    /// <summary>RFC 9110: 1xx, 204 and 304 responses, and every response to HEAD, end at their headers.</summary>
    private static bool HasBody(HttpStatusCode status, HttpMethod method)
        => method != HttpMethod.Head && (int)status is >= 200 and not 204 and not 304;

    private async Task<ReadOnlyMemory<byte>> ReadAsync(Stream stream, long? announced, ApiMessage message, ApiRawResponse response)
    {
        var cancellationToken = message.CancellationToken;
        var buffer = new byte[(int)Math.Min(announced ?? FirstBufferSize, FirstBufferSize)];
        var count = 0;
        while (true)
        {
            if (count == announced)
            {
                // HttpClient never hands out more than Content-Length; the body is complete.
                return new ReadOnlyMemory<byte>(buffer, 0, count);
            }

            if (count == buffer.Length)
            {
                buffer = Grow(buffer, announced);
            }

            var read = await stream.ReadAsync(buffer, count, buffer.Length - count, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                if (announced is { } length && count < length)
                {
                    throw new IOException("The response body ended after " + count.ToString(CultureInfo.InvariantCulture) + " of the " + length.ToString(CultureInfo.InvariantCulture) + " bytes announced.");
                }

                return new ReadOnlyMemory<byte>(buffer, 0, count);
            }

            count += read;
            if (count > maxResponseBytes)
            {
                throw TooLarge(message, response);
            }
        }
    }

    /// <summary>Doubles the buffer, up to what is announced, and one byte past the limit (to notice a body over it).</summary>
    private byte[] Grow(byte[] buffer, long? announced)
    {
        var ceiling = announced ?? (long)maxResponseBytes + 1;
        var size = (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), ceiling);
        var grown = new byte[size];
        Buffer.BlockCopy(buffer, 0, grown, 0, buffer.Length);
        return grown;
    }

    private ApiException TooLarge(ApiMessage message, ApiRawResponse response)
        => new(message.OperationId, response.StatusCode, Array.Empty<ResponseInfo>(), CloudflareHeaders.RayIdOf(response.Headers), null,
            $"the response body is larger than the {maxResponseBytes.ToString(CultureInfo.InvariantCulture)} bytes allowed (ApiClientOptions.MaxResponseBytes)", null, null);
}

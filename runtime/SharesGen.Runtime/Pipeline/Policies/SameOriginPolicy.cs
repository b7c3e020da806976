using System;
using System.Threading.Tasks;
using SharesGen.Runtime.Http;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// The last check before the wire: a send goes to the base address's origin or not at all, and a response the
/// <c>HttpClient</c> says came from another origin (its handler followed a redirect by itself) is refused
/// before its body is read. The runtime's own handlers never follow redirects; a caller's <c>HttpClient</c>
/// should not either (<c>AllowAutoRedirect = false</c>), since what it sent on the way cannot be taken back.
/// </summary>
internal sealed class SameOriginPolicy : ApiPipelinePolicy
{
    public static readonly SameOriginPolicy Shared = new();

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        if (!Origin.Same(message.RequestUri, message.BaseAddress))
        {
            throw new ApiException(message.OperationId, null, Array.Empty<ResponseInfo>(), null, null,
                "the request was addressed to " + Origin.Describe(message.RequestUri) + ", not the base address's origin; nothing was sent");
        }

        await ProcessNextAsync(message, next).ConfigureAwait(false);
        var response = message.Response!;
        if (response.RequestUri is { } from && !Origin.Same(from, message.BaseAddress))
        {
            throw new ApiException(message.OperationId, response.StatusCode, Array.Empty<ResponseInfo>(), null, null,
                "the response came from " + Origin.Describe(from) + ", another origin: the HttpClient followed a redirect by itself. Give it a handler with AllowAutoRedirect = false (the client's own handler has it)");
        }
    }
}

using System;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// Reads the response body as the operation's shape expects (Cloudflare's envelope, or the bare value) and
/// leaves the envelope and the reader's verdict on the message for error mapping. Reading is
/// <see cref="EnvelopeReader"/>'s: this policy only places it in the pipeline.
/// </summary>
internal sealed class EnvelopePolicy : ApiPipelinePolicy
{
    public static readonly EnvelopePolicy Shared = new();

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        await ProcessNextAsync(message, next).ConfigureAwait(false);
        if (message.Response is { } response)
        {
            message.Envelope = EnvelopeReader.ReadResponse(response.Body.Span, response.IsSuccessStatusCode, message.Shape);
        }
    }
}

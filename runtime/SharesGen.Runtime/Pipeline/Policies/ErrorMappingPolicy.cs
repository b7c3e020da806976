using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// Turns every way a call can fail into the <see cref="ApiException"/> family: an error status (whatever the
/// body, even none), the envelope reader's verdict on a 2xx, and a connection that failed. It decides on the
/// status first, so no body length or content can make an error look like success.
/// </summary>
internal sealed class ErrorMappingPolicy : ApiPipelinePolicy
{
    public static readonly ErrorMappingPolicy Shared = new();

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        try
        {
            await ProcessNextAsync(message, next).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new ApiConnectionException(message.OperationId, exception);
        }
        catch (IOException exception)
        {
            throw new ApiConnectionException(message.OperationId, exception);
        }

        var response = message.Response ?? throw new InvalidOperationException("The pipeline returned without a response.");
        var envelope = message.Envelope ?? Envelope.Empty;
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(message, response, envelope, envelope.Problem);
        }

        if (envelope.Problem is { } problem)
        {
            throw Failure(message, response, envelope, problem);
        }
    }

    private static ApiException Failure(ApiMessage message, ApiRawResponse response, Envelope envelope, string? reason)
        => new(
            message.OperationId,
            response.StatusCode,
            envelope.Errors,
            CloudflareHeaders.RayIdOf(response.Headers),
            envelope.Errors.Count == 0 ? ApiException.Snippet(response.Body.Span) : null,
            reason,
            response.RetryAfter,
            envelope.ProblemException);
}

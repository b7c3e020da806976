using System;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Pipeline;

/// <summary>
/// One step of a client's pipeline: it may change the message on the way in, hand it to the rest of the
/// pipeline with <see cref="ProcessNextAsync"/> (once, several times, or not at all), and inspect or change
/// <see cref="ApiMessage.Response"/> on the way out. Add your own with <see cref="ApiClientOptions.AddPolicy"/>.
/// </summary>
/// <remarks>The order of the built-in policies is documented on <see cref="ApiClientOptions.AddPolicy"/>.</remarks>
public abstract class ApiPipelinePolicy
{
    /// <summary>Processes <paramref name="message"/>, calling <see cref="ProcessNextAsync"/> to go on.</summary>
    /// <param name="message">The call: its request, the current send and, once sent, the response.</param>
    /// <param name="next">The policies after this one; the last one sends.</param>
    public abstract ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next);

    /// <summary>Runs the rest of the pipeline.</summary>
    /// <param name="message">The call.</param>
    /// <param name="next">The <c>next</c> this policy was given.</param>
    protected static ValueTask ProcessNextAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        if (next.IsEmpty)
        {
            throw new InvalidOperationException("The pipeline ended without sending: its last policy must be the transport.");
        }

        return next.Span[0].ProcessAsync(message, next.Slice(1));
    }
}

/// <summary>Where a consumer's policy runs.</summary>
public enum ApiPipelinePosition
{
    /// <summary>Once per call, outside the retries (e.g. to time or tag the whole call).</summary>
    PerCall,

    /// <summary>Once per attempt and per followed redirect, before the credentials are added (e.g. to add a header).</summary>
    PerAttempt,
}

using System;
using System.Threading.Tasks;
using SharesGen.Runtime.Http;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// Adds the credentials to a send addressed to the base address's origin, and to no other: a send to
/// anywhere else (which the same-origin guard then refuses) goes without them.
/// </summary>
internal sealed class CredentialsPolicy(ApiCredentials credentials) : ApiPipelinePolicy
{
    public override ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        if (Origin.Same(message.RequestUri, message.BaseAddress))
        {
            credentials.Apply(message.Headers);
        }
        else
        {
            credentials.Remove(message.Headers);
        }

        return ProcessNextAsync(message, next);
    }
}

#if NET8_0_OR_GREATER
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.DependencyInjection;

/// <summary>
/// Makes <c>AddStandardResilienceHandler()</c> on a registered client (directly, or for every client through
/// <c>ConfigureHttpClientDefaults</c>) follow SharesGen's rule for requests that are not idempotent: a POST is
/// retried only when the server cannot have acted on it (a refused connection, 429), never after a 5xx, a
/// timeout or a reset. Idempotent requests keep the handler's own predicate, and so does whatever narrower
/// predicate the consumer configured: this rule only ever takes retries away.
/// </summary>
internal static class StandardResilienceRules
{
    /// <summary>The name <c>AddStandardResilienceHandler</c> gives the options of the client <paramref name="clientName"/>.</summary>
    public static string OptionsName(string clientName) => clientName + "-standard";

    public static void Register(IServiceCollection services, string clientName)
        => services.PostConfigure<HttpStandardResilienceOptions>(OptionsName(clientName), options =>
        {
            var handle = options.Retry.ShouldHandle;
            options.Retry.ShouldHandle = args =>
            {
                var request = args.Context.GetRequestMessage();
                if (request is not null && RetryRules.IsIdempotent(request.Method.Method))
                {
                    return handle(args);
                }

                var status = args.Outcome.Result is { } response ? (int)response.StatusCode : (int?)null;
                return RetryRules.ServerCannotHaveActed(status, args.Outcome.Exception) ? handle(args) : new ValueTask<bool>(false);
            };
        });
}
#endif

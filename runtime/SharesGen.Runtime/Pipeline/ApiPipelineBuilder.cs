using System;
using System.Collections.Generic;
using System.Net.Http;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.Pipeline;

/// <summary>
/// The one place the pipeline's order is decided. Outside in: every failure becomes an ApiException; the body is
/// read as an envelope; the timeout bounds everything below it; the consumer's per-call policies; retries
/// re-run everything below them; redirects are followed (same origin only); the consumer's per-attempt policies;
/// credentials go on (base origin only); each send is traced and measured, and logged; its body read within the
/// limit; the same-origin guard checks address and response; the transport sends.
/// </summary>
internal static class ApiPipelineBuilder
{
    public static ApiPipelinePolicy[] Build(HttpClient httpClient, ApiClientOptions options, ApiCredentials? credentials)
    {
        var policies = new List<ApiPipelinePolicy>
        {
            ErrorMappingPolicy.Shared,
            EnvelopePolicy.Shared,
        };
        // Always there, even with no client timeout: a call may set its own (ApiCallOptions.Timeout).
        policies.Add(new TimeoutPolicy(options.Timeout));

        policies.AddRange(options.PoliciesAt(ApiPipelinePosition.PerCall));
        if (options.Retry.MaxRetries > 0)
        {
            policies.Add(new RetryPolicy(options.Retry));
        }

        policies.Add(new RedirectPolicy(options.MaxRedirects));
        policies.AddRange(options.PoliciesAt(ApiPipelinePosition.PerAttempt));
        if (credentials is not null)
        {
            policies.Add(new CredentialsPolicy(credentials));
        }

        policies.Add(TelemetryPolicy.Shared);
        if (options.Logger is { } logger)
        {
            policies.Add(new LoggingPolicy(logger));
        }

        policies.Add(new ResponseBodyPolicy(options.MaxResponseBytes));
        policies.Add(SameOriginPolicy.Shared);
        policies.Add(new HttpClientTransport(httpClient));
        return policies.ToArray();
    }
}

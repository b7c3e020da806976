using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline;
using SharesGen.Runtime.Pipeline.Policies;
using SharesGen.Runtime.Tests.Faults;

namespace SharesGen.Runtime.Tests.Policies;

/// <summary>The pipeline's order, asserted once: everything else tests one policy at a time.</summary>
public class PipelineOrderTests
{
    [Test]
    public void The_policies_run_in_the_documented_order_with_the_consumers_where_they_asked()
    {
        var perCall = new Marker();
        var perAttempt = new Marker();
        var options = new ApiClientOptions { BaseAddress = PolicyHarness.BaseAddress, Credentials = ApiCredentials.None, Logger = new CapturingLogger() }
            .AddPolicy(perCall, ApiPipelinePosition.PerCall)
            .AddPolicy(perAttempt, ApiPipelinePosition.PerAttempt);

        var policies = new ApiPipeline(new HttpClient(), options, null).Policies;

        Assert.That(policies.Select(Name), Is.EqualTo(new[]
        {
            nameof(ErrorMappingPolicy), nameof(EnvelopePolicy), nameof(TimeoutPolicy), "PerCall", nameof(RetryPolicy), nameof(RedirectPolicy), "PerAttempt",
            nameof(CredentialsPolicy), nameof(TelemetryPolicy), nameof(LoggingPolicy), nameof(ResponseBodyPolicy), nameof(SameOriginPolicy), nameof(HttpClientTransport),
        }));
        string Name(ApiPipelinePolicy p) => ReferenceEquals(p, perCall) ? "PerCall" : ReferenceEquals(p, perAttempt) ? "PerAttempt" : p.GetType().Name;
    }

    [Test]
    public void Switched_off_policies_leave_the_pipeline()
    {
        var options = new ApiClientOptions { BaseAddress = PolicyHarness.BaseAddress, Credentials = ApiCredentials.None, Timeout = System.Threading.Timeout.InfiniteTimeSpan, Retry = { MaxRetries = 0 } };

        var policies = new ApiPipeline(new HttpClient(), options, null).Policies.Select(p => p.GetType().Name);

        Assert.That(policies, Has.None.EqualTo(nameof(RetryPolicy)).And.None.EqualTo(nameof(LoggingPolicy)));
        Assert.That(policies, Has.One.EqualTo(nameof(TimeoutPolicy)), "a call may still set its own timeout (ApiCallOptions.Timeout)");
    }

    private sealed class Marker : ApiPipelinePolicy
    {
        public override ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next) => ProcessNextAsync(message, next);
    }
}

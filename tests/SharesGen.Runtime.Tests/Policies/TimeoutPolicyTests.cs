using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.Tests.Policies;

public class TimeoutPolicyTests
{
    [Test]
    public void The_timer_firing_becomes_ApiTimeoutException_naming_the_option()
    {
        var exception = Assert.ThrowsAsync<ApiTimeoutException>(async () => await PolicyHarness.RunAsync(new TimeoutPolicy(TimeSpan.FromMilliseconds(50)), PolicyHarness.Message(), new Hang()));

        Assert.That(exception!.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(50)));
        Assert.That(exception.TimeoutName, Is.EqualTo("ApiClientOptions.Timeout"));
    }

    [Test]
    public void The_callers_cancellation_stays_an_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var message = PolicyHarness.Message(cancellationToken: cancellation.Token);

        Assert.That(async () => await PolicyHarness.RunAsync(new TimeoutPolicy(TimeSpan.FromMinutes(1)), message, new Hang()), Throws.InstanceOf<OperationCanceledException>().And.Not.InstanceOf<ApiTimeoutException>());
    }

    [Test]
    public async Task Inner_policies_see_the_time_left_and_the_callers_token_is_restored()
    {
        var message = PolicyHarness.Message();
        TimeSpan? seen = null;
        var end = new ScriptedEnd().Then(m =>
        {
            seen = m.RemainingTime;
            return PolicyHarness.Response(HttpStatusCode.OK);
        });

        await PolicyHarness.RunAsync(new TimeoutPolicy(TimeSpan.FromMinutes(10)), message, end);

        Assert.That(seen, Is.GreaterThan(TimeSpan.FromMinutes(9)).And.LessThanOrEqualTo(TimeSpan.FromMinutes(10)));
        Assert.That(message.CancellationToken, Is.EqualTo(CancellationToken.None));
    }

    [Test]
    public void A_calls_own_timeout_replaces_the_clients_and_is_named()
    {
        var message = PolicyHarness.Message(options: new ApiCallOptions { Timeout = TimeSpan.FromMilliseconds(50) });

        var exception = Assert.ThrowsAsync<ApiTimeoutException>(async () => await PolicyHarness.RunAsync(new TimeoutPolicy(TimeSpan.FromMinutes(10)), message, new Hang()));

        Assert.That(exception!.TimeoutName, Is.EqualTo("ApiCallOptions.Timeout"));
        Assert.That(exception.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(50)));
    }

    [Test]
    public async Task A_calls_infinite_timeout_lifts_the_clients_and_runs_without_a_deadline()
    {
        var message = PolicyHarness.Message(options: new ApiCallOptions { Timeout = Timeout.InfiniteTimeSpan });
        TimeSpan? seen = TimeSpan.Zero;
        var end = new ScriptedEnd().Then(m =>
        {
            seen = m.RemainingTime;
            return PolicyHarness.Response(HttpStatusCode.OK);
        });

        await PolicyHarness.RunAsync(new TimeoutPolicy(TimeSpan.FromMinutes(10)), message, end);

        Assert.That(seen, Is.Null, "Timeout.InfiniteTimeSpan on the call lifts the client's timeout");
    }

    private sealed class Hang : ApiPipelinePolicy
    {
        public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
            => await Task.Delay(Timeout.Infinite, message.CancellationToken);
    }
}

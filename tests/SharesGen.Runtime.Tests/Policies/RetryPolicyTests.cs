using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.Tests.Policies;

public class RetryPolicyTests
{
    private static RetryPolicy Retry(int maxRetries = 2, TimeSpan? maxDelay = null)
        => new(new ApiRetryOptions { MaxRetries = maxRetries, BaseDelay = TimeSpan.Zero, MaxDelay = maxDelay ?? TimeSpan.FromSeconds(1) });

    [TestCase("GET", 503, 3)]
    [TestCase("PUT", 500, 3)]
    [TestCase("DELETE", 408, 3)]
    [TestCase("POST", 503, 1)]
    [TestCase("POST", 429, 3)]
    [TestCase("GET", 404, 1)]
    [TestCase("GET", 400, 1)]
    public async Task Statuses_are_retried_when_transient_for_the_method(string method, int status, int sends)
    {
        var end = new ScriptedEnd();
        for (var i = 0; i < 3; i++)
        {
            end.Respond((HttpStatusCode)status);
        }

        var message = PolicyHarness.Message(method);
        await PolicyHarness.RunAsync(Retry(), message, end);

        Assert.That(end.Sends, Has.Count.EqualTo(sends));
        Assert.That(message.Response!.StatusCode, Is.EqualTo((HttpStatusCode)status), "the last response is the outcome");
    }

    [Test]
    public void A_refused_connection_is_retried_even_for_a_POST_and_a_reset_only_for_a_GET()
    {
        var refused = new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused));
        var post = new ScriptedEnd().Throw(refused).Throw(refused).Throw(refused);
        Assert.ThrowsAsync<HttpRequestException>(async () => await PolicyHarness.RunAsync(Retry(), PolicyHarness.Message("POST"), post));
        Assert.That(post.Sends, Has.Count.EqualTo(3));

        var reset = new ScriptedEnd().Throw(new IOException("reset")).Throw(new IOException("reset"));
        Assert.ThrowsAsync<IOException>(async () => await PolicyHarness.RunAsync(Retry(), PolicyHarness.Message("POST"), reset));
        Assert.That(reset.Sends, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_Retry_After_beyond_MaxDelay_is_not_waited_for()
    {
        var end = new ScriptedEnd().Respond((HttpStatusCode)429, null, r => r.Headers.RetryAfter = new(TimeSpan.FromHours(1))).Respond(HttpStatusCode.OK);

        await PolicyHarness.RunAsync(Retry(maxDelay: TimeSpan.FromMinutes(1)), PolicyHarness.Message("POST"), end);

        Assert.That(end.Sends, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Each_attempt_starts_from_the_operations_method_address_and_body()
    {
        // An inner policy (a followed 303) changed the send; the retry must not inherit that.
        var end = new ScriptedEnd()
            .Then(m =>
            {
                m.Method = HttpMethod.Get;
                m.RequestUri = new Uri(PolicyHarness.BaseAddress + "/elsewhere");
                m.Content = null;
                return PolicyHarness.Response((HttpStatusCode)429);
            })
            .Respond(HttpStatusCode.OK);

        await PolicyHarness.RunAsync(Retry(), PolicyHarness.Message("POST", body: "payload"), end);

        Assert.That(end.Sends[1].Method, Is.EqualTo("POST"));
        Assert.That(end.Sends[1].Uri.AbsolutePath, Is.EqualTo("/client/v4/accounts/a1/shares"));
        Assert.That(end.Sends[1].Body, Is.EqualTo("\"payload\""));
    }
}

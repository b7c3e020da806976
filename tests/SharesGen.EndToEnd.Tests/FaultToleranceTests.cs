using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;
using SharesGen.Testing;

namespace SharesGen.EndToEnd.Tests;

/// <summary>Transient failures, retries and timeouts against canned responses (retries 10 ms apart).</summary>
public sealed class FaultToleranceTests : LoopbackTest
{
    [Test]
    public async Task A_GET_is_retried_after_a_503_and_then_succeeds()
    {
        var share = await ArrangeShareAsync();
        Server.FailNext(503, message: "Service temporarily unavailable");

        var read = await Client.Shares.GetAsync(AccountId, share.Id);

        Assert.That(read.Id, Is.EqualTo(share.Id));
        Assert.That(Server.Exchanges.Select(e => (e.StatusCode, e.WasCanned)), Is.EqualTo(new[] { (503, true), (200, false) }));
    }

    [Test]
    public void A_GET_fails_once_the_retries_are_used_up()
    {
        Server.FailNext(503, times: 3);

        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.GetAsync(AccountId, UnknownId));

        Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(Server.Exchanges, Has.Count.EqualTo(3), "one attempt and two retries");
    }

    [Test]
    public void A_POST_is_not_retried_after_a_503()
    {
        Server.FailNext(503);

        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.CreateAsync(AccountId, ShareRequest()));

        Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(Server.Exchanges, Has.Count.EqualTo(1));
        Assert.That(Sharing.ShareCount, Is.Zero);
    }

    [Test]
    public async Task A_POST_is_retried_after_a_429_honouring_Retry_After()
    {
        Server.EnqueueResponse(new CannedResponse(429, """{"success":false,"errors":[{"code":10429,"message":"Rate limited"}],"messages":[],"result":null}""")
        {
            Headers = { ["Retry-After"] = "0" },
        });

        var share = await Client.Shares.CreateAsync(AccountId, ShareRequest());

        Assert.That(Server.Exchanges.Select(e => e.StatusCode), Is.EqualTo(new[] { 429, 201 }));
        Assert.That(Sharing.ShareCount, Is.EqualTo(1), "the share was created exactly once");
        Assert.That(share.Name, Is.EqualTo("My Shared WAF Managed Rule"));
    }

    [Test]
    public void A_call_slower_than_the_timeout_is_an_ApiTimeoutException()
    {
        var client = CreateClient(EmailAndKey, options => options.Timeout = TimeSpan.FromMilliseconds(200));
        Server.EnqueueResponse(new CannedResponse(200, "{}") { Delay = TimeSpan.FromSeconds(5) });

        var exception = Assert.ThrowsAsync<ApiTimeoutException>(() => client.Shares.CreateAsync(AccountId, ShareRequest()));

        Assert.That(exception.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(200)));
        Assert.That(exception.StatusCode, Is.Null);
    }

    [Test]
    public async Task A_server_that_is_gone_is_an_ApiConnectionException()
    {
        var client = CreateClient(EmailAndKey);
        await Server.DisposeAsync();

        var exception = Assert.ThrowsAsync<ApiConnectionException>(() => client.Shares.GetAsync(AccountId, UnknownId));

        Assert.That(exception.StatusCode, Is.Null);
        Assert.That(exception.OperationId, Is.EqualTo("shares-get-by-id"));
    }
}

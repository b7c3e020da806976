using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.Tests.Policies;

public class HttpClientTransportTests
{
    [Test]
    public async Task The_send_becomes_one_request_with_its_headers_and_a_JSON_body()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, "{}");
        var message = PolicyHarness.Message("POST", body: "payload");
        message.Headers.Set("X-Trace", "t-1");

        await PolicyHarness.RunAsync(new HttpClientTransport(new HttpClient(stub)), message);

        var sent = stub.Requests.Single();
        Assert.That(sent.Method, Is.EqualTo("POST"));
        Assert.That(sent.Headers, Does.Contain("X-Trace: t-1"));
        Assert.That(sent.Body, Is.EqualTo("\"payload\""));
        Assert.That(message.Response!.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void The_HttpClients_own_timeout_is_named_as_such()
    {
        var client = new HttpClient(new StubHandler().Hang()) { Timeout = TimeSpan.FromMilliseconds(50) };

        var exception = Assert.ThrowsAsync<ApiTimeoutException>(async () => await PolicyHarness.RunAsync(new HttpClientTransport(client), PolicyHarness.Message()));

        Assert.That(exception!.TimeoutName, Is.EqualTo("HttpClient.Timeout"));
    }

    [Test]
    public void The_callers_cancellation_is_not_mistaken_for_a_timeout()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var client = new HttpClient(new StubHandler().Hang());

        Assert.That(async () => await PolicyHarness.RunAsync(new HttpClientTransport(client), PolicyHarness.Message(cancellationToken: cancellation.Token)),
            Throws.InstanceOf<OperationCanceledException>());
    }
}

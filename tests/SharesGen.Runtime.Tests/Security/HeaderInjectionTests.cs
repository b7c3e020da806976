using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline;
using SharesGen.Runtime.Tests.Faults;

namespace SharesGen.Runtime.Tests.Security;

/// <summary>
/// Issue 9 item 5: nothing a caller passes can split a header or smuggle a request. Each input that reaches a
/// header (User-Agent, credentials, header arguments, a consumer policy's headers) rejects what a header
/// cannot carry where it is set; what is accepted reaches the raw-socket server as exactly one header, and the
/// connection carries exactly one request.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class HeaderInjectionTests
{
    private const string Smuggle = "SharesGen/1\r\nX-Smuggled: 1\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: 127.0.0.1";

    [Test]
    public void A_user_agent_that_would_smuggle_a_request_is_rejected_where_it_is_set()
        => Assert.Throws<ArgumentException>(() => new ApiClientOptions { UserAgent = Smuggle });

    [Test]
    public void Credentials_that_would_smuggle_a_request_are_rejected_where_they_are_created()
    {
        Assert.Throws<ArgumentException>(() => ApiCredentials.ApiToken(Smuggle));
        Assert.Throws<ArgumentException>(() => ApiCredentials.GlobalApiKey(Smuggle, "k"));
        Assert.Throws<ArgumentException>(() => ApiCredentials.GlobalApiKey("e", Smuggle));
    }

    [Test]
    public void A_header_argument_that_would_smuggle_a_request_is_rejected_where_it_is_added()
        => Assert.Throws<ArgumentException>(() => new ApiRequest("GET", "op", ApiSecurity.Undeclared, "/").AddHeader("X-Trace", Smuggle));

    [Test]
    public async Task A_consumer_policy_cannot_smuggle_a_header_either()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(MisbehavingServer.Response(204, ""));
        var options = new ApiClientOptions { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.None, Retry = { MaxRetries = 0 } };
        options.AddPolicy(new SetHeader("X-Consumer", Smuggle));
        var pipeline = new ApiPipeline(options, null);

        Assert.ThrowsAsync<ArgumentException>(() => pipeline.Send(Request(), null, CancellationToken.None).WithResponseAsync());
        Assert.That(server.Connections, Is.Zero);
    }

    [Test]
    public async Task Accepted_values_reach_the_server_as_exactly_the_headers_set_on_one_request()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(MisbehavingServer.Response(204, ""));
        var options = new ApiClientOptions
        {
            BaseAddress = server.BaseAddress,
            Credentials = ApiCredentials.GlobalApiKey("user@example.com", "k3y !#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
            UserAgent = "Contoso/1.0 (+https://contoso.example; \"quoted\")",
            Retry = { MaxRetries = 0 },
        };
        var pipeline = new ApiPipeline(options, null);
        var request = Request();
        request.AddHeader("X-Trace", "a: b, c; d=\"e\"");

        await pipeline.Send(request, null, CancellationToken.None).WithResponseAsync();

        var received = server.Received.Single();
        Assert.That(received.Headers.Select(h => h.Key), Is.EquivalentTo(new[] { "Host", "Accept", "User-Agent", "X-Auth-Email", "X-Auth-Key", "X-Trace", "Content-Length" }.Where(h => received.Header(h) is not null)));
        Assert.That(received.Header("User-Agent"), Is.EqualTo(options.UserAgent));
        Assert.That(received.Header("X-Auth-Key"), Is.EqualTo("k3y !#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"));
        Assert.That(received.Header("X-Trace"), Is.EqualTo("a: b, c; d=\"e\""));
        Assert.That(received.Headers.Select(h => h.Key), Has.None.EqualTo("X-Smuggled"));
    }

    private static ApiRequest Request()
    {
        var request = new ApiRequest("PUT", "share-recipients-update", ApiSecurity.Undeclared, "/accounts/a1/shares/s1/recipients");
        return request;
    }

    private sealed class SetHeader(string name, string value) : ApiPipelinePolicy
    {
        public override ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
        {
            message.Headers.Set(name, value);
            return ProcessNextAsync(message, next);
        }
    }
}

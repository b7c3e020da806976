using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SharesGen.Runtime.Tests.Faults;

namespace SharesGen.Runtime.Tests.Security;

/// <summary>
/// Issue 9 item 1: a redirect must never carry a credential or a body to another origin. Every redirect status ×
/// same/other origin × GET/POST × credential kind × construction path, against raw sockets on 127.0.0.1: the
/// other origin receives nothing at all (not even a connection), and a same-origin redirect is followed with
/// its credentials (issue 13: token auth survives it), a 303 as a GET without body.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class RedirectMatrixTests
{
    private static readonly int[] Statuses = [301, 302, 303, 307, 308];

    public static IEnumerable<TestCaseData> Matrix()
        => from status in Statuses
           from method in new[] { "GET", "POST" }
           from kind in Enum.GetValues<CredentialKind>()
           from path in Enum.GetValues<ConstructionPath>()
           select new TestCaseData(status, method, kind, path).SetArgDisplayNames(status.ToString(), method, kind.ToString(), path.ToString());

    [TestCaseSource(nameof(Matrix))]
    public async Task A_redirect_to_another_origin_is_refused_and_the_other_origin_receives_nothing(int status, string method, CredentialKind kind, ConstructionPath path)
    {
        await using var origin = new MisbehavingServer();
        await using var other = new MisbehavingServer();
        other.Otherwise(MisbehavingServer.Response(200, Calls.Success));
        origin.Respond(status, "", $"Location: http://127.0.0.1:{other.Port}/x?token=5ecr3t-in-query\r\n");
        using var client = ConstructionPaths.Build(path, origin.BaseAddress, kind);

        var exception = Assert.ThrowsAsync<ApiException>(() => Calls.SendAsync(client.Pipeline, method));

        Assert.That(other.Connections, Is.Zero, "the other origin was contacted");
        Assert.That(other.Received, Is.Empty);
        Assert.That(exception!.StatusCode, Is.EqualTo((HttpStatusCode)status));
        Assert.That(exception.Message, Does.Contain(status.ToString()).And.Contain($"http://127.0.0.1:{other.Port}").And.Not.Contain("5ecr3t-in-query"));
        AssertNoSecret(exception.ToString());
    }

    [TestCaseSource(nameof(Matrix))]
    public async Task A_redirect_to_the_same_origin_is_followed_with_the_credentials(int status, string method, CredentialKind kind, ConstructionPath path)
    {
        await using var origin = new MisbehavingServer();
        origin.Respond(status, "", $"Location: http://127.0.0.1:{origin.Port}/client/v4/moved\r\n").Respond(200, Calls.Success);
        using var client = ConstructionPaths.Build(path, origin.BaseAddress, kind);

        var response = await Calls.SendAsync(client.Pipeline, method);

        Assert.That(response.Value.GetProperty("id").GetString(), Is.EqualTo("abc"));
        var hop = origin.Received[1];
        Assert.That(hop.Target, Is.EqualTo("/client/v4/moved"));
        AssertCredentials(hop, kind);
        var becomesGet = status == 303 && method == "POST";
        Assert.That(hop.Method, Is.EqualTo(becomesGet ? "GET" : method));
        Assert.That(hop.BodyText, becomesGet || method == "GET" ? Is.Empty : Does.Contain(Calls.BodyMarker));
        Assert.That(hop.Header("Content-Length"), becomesGet || method == "GET" ? Is.Null : Is.Not.Null);
    }

    [TestCase("http://localhost:{0}/client/v4/x", TestName = "Same port, other host name")]
    [TestCase("//127.0.0.2:{1}/x", TestName = "A network-path reference to another host")]
    [TestCase("https://127.0.0.1:{0}/client/v4/x", TestName = "Same host and port, other scheme")]
    [TestCase("http://127.0.0.1:{1}/client/v4/x", TestName = "Same host, other port")]
    [TestCase("http://user:pass@127.0.0.1:{0}/client/v4/x", TestName = "Same origin with user info")]
    public async Task Siblings_of_another_origin_are_refused_too(string location)
    {
        await using var origin = new MisbehavingServer();
        await using var other = new MisbehavingServer();
        origin.Respond(307, "", "Location: " + string.Format(location, origin.Port, other.Port) + "\r\n").Otherwise(MisbehavingServer.Response(200, Calls.Success));
        using var client = ConstructionPaths.Build(ConstructionPath.OwnHandler, origin.BaseAddress, CredentialKind.EmailAndKey);

        Assert.ThrowsAsync<ApiException>(() => Calls.SendAsync(client.Pipeline, "POST"));
        Assert.That(origin.Received, Has.Count.EqualTo(1), "nothing may follow the refused redirect");
        Assert.That(other.Connections, Is.Zero);
    }

    [Test]
    public async Task A_relative_Location_is_resolved_against_the_request_and_followed()
    {
        await using var origin = new MisbehavingServer();
        origin.Respond(308, "", "Location: moved?x=1\r\n").Respond(200, Calls.Success);
        using var client = ConstructionPaths.Build(ConstructionPath.OwnHandler, origin.BaseAddress, CredentialKind.ApiToken);

        await Calls.SendAsync(client.Pipeline, "GET");

        Assert.That(origin.Received[1].Target, Is.EqualTo("/client/v4/accounts/a1/moved?x=1"));
    }

    [Test]
    public async Task Redirect_hops_are_bounded()
    {
        await using var origin = new MisbehavingServer();
        origin.Otherwise(MisbehavingServer.Response(302, "", "Location: /client/v4/again\r\n"));
        using var client = ConstructionPaths.Build(ConstructionPath.OwnHandler, origin.BaseAddress, CredentialKind.ApiToken, o => o.MaxRedirects = 3);

        var exception = Assert.ThrowsAsync<ApiException>(() => Calls.SendAsync(client.Pipeline, "GET"));

        Assert.That(origin.Connections, Is.EqualTo(4), "the request and three hops");
        Assert.That(exception!.Message, Does.Contain("more than 3 redirects"));
    }

    [Test]
    public async Task A_redirect_without_Location_fails_with_its_status()
    {
        await using var origin = new MisbehavingServer();
        origin.Respond(301, "");
        using var client = ConstructionPaths.Build(ConstructionPath.OwnHandler, origin.BaseAddress, CredentialKind.ApiToken);

        var exception = Assert.ThrowsAsync<ApiException>(() => Calls.SendAsync(client.Pipeline, "GET"));
        Assert.That(exception!.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
    }

    /// <summary>
    /// An <c>HttpClient</c> whose handler follows redirects by itself has already sent the request to the other
    /// origin before the pipeline sees the answer: the response is refused, and the README says to build the
    /// handler with <c>AllowAutoRedirect = false</c>, as every other path here does.
    /// </summary>
    [Test]
    public async Task A_response_an_auto_following_HttpClient_fetched_from_another_origin_is_refused()
    {
        await using var origin = new MisbehavingServer();
        await using var other = new MisbehavingServer();
        other.Otherwise(MisbehavingServer.Response(200, Calls.Success));
        origin.Respond(307, "", $"Location: http://127.0.0.1:{other.Port}/x\r\n");
        using var http = new HttpClient();
        var pipeline = new ApiPipeline(http, new ApiClientOptions { BaseAddress = origin.BaseAddress, Credentials = ApiCredentials.ApiToken(ConstructionPaths.Token), Retry = { MaxRetries = 0 } }, null);

        var exception = Assert.ThrowsAsync<ApiException>(() => Calls.SendAsync(pipeline, "GET"));

        Assert.That(exception!.Message, Does.Contain("another origin").And.Contain("AllowAutoRedirect = false"));
    }

    [Test]
    public async Task A_primary_handler_a_consumer_sets_on_the_DI_registration_still_does_not_follow_redirects()
    {
        await using var origin = new MisbehavingServer();
        await using var other = new MisbehavingServer();
        other.Otherwise(MisbehavingServer.Response(200, Calls.Success));
        origin.Respond(307, "", $"Location: http://127.0.0.1:{other.Port}/x\r\n");
        using var client = ConstructionPaths.Build(ConstructionPath.DependencyInjectionWithOptions, origin.BaseAddress, CredentialKind.EmailAndKey,
            builder: b => b.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = true }));

        Assert.ThrowsAsync<ApiException>(() => Calls.SendAsync(client.Pipeline, "POST"));
        Assert.That(other.Connections, Is.Zero);
    }

    private static void AssertCredentials(RawRequest request, CredentialKind kind)
    {
        if (kind == CredentialKind.ApiToken)
        {
            Assert.That(request.Header("Authorization"), Is.EqualTo("Bearer " + ConstructionPaths.Token));
        }
        else
        {
            Assert.That(request.Header("X-Auth-Email"), Is.EqualTo(ConstructionPaths.Email));
            Assert.That(request.Header("X-Auth-Key"), Is.EqualTo(ConstructionPaths.Key));
        }
    }

    private static void AssertNoSecret(string text)
    {
        foreach (var secret in ConstructionPaths.Secrets)
        {
            Assert.That(text, Does.Not.Contain(secret));
        }
    }
}

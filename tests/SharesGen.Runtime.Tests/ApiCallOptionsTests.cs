using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests;

/// <summary>What one call sets for itself: a timeout and extra headers, checked like every header value.</summary>
public class ApiCallOptionsTests
{
    private const string Token = "options-test-token-secret";

    private static (ApiPipeline Pipeline, StubHandler Stub) Create() => StubHandler.Pipeline(ApiCredentials.ApiToken(Token), o => o.Retry.MaxRetries = 0);

    private static ApiRequest Get() => new("GET", "share-get", ApiSecurity.BearerToken, "/accounts/a1/shares");

    [TestCase(0)]
    [TestCase(-1)]
    public void A_timeout_that_is_not_positive_is_refused_when_set(int seconds)
        => Assert.That(() => new ApiCallOptions { Timeout = TimeSpan.FromSeconds(seconds) }, Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("ApiCallOptions.Timeout"));

    [Test]
    public void A_timeout_over_the_maximum_is_refused_and_none_or_infinite_are_allowed()
    {
        Assert.That(() => new ApiCallOptions { Timeout = ApiClientOptions.MaxTimeout + TimeSpan.FromMilliseconds(1) }, Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(new ApiCallOptions { Timeout = Timeout.InfiniteTimeSpan }.Timeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
        Assert.That(new ApiCallOptions { Timeout = null }.Timeout, Is.Null);
    }

    [Test]
    public async Task Extra_headers_are_sent_and_the_clients_credentials_win_over_one_of_the_same_name()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.OK, Envelopes.List(1, 1, "a"));
        var options = new ApiCallOptions { Headers = { ["X-Trace"] = "t-1", ["authorization"] = "Bearer someone-else" } };

        await pipeline.SendForList(Get(), JsonMetadataServices.JsonElementConverter, options, CancellationToken.None);

        var headers = stub.Requests.Single().Headers;
        Assert.That(headers, Does.Contain("X-Trace: t-1"));
        Assert.That(headers, Does.Contain("Bearer " + Token).And.Not.Contain("someone-else"));
    }

    [TestCase("X-Trace", "a\r\nX-Injected: 1")]
    [TestCase("X-Trace", "größe")]
    [TestCase("X Trace", "v")]
    [TestCase("X-Trace:", "v")]
    public void A_header_no_request_may_carry_is_refused_when_the_method_is_called_with_nothing_sent(string name, string value)
    {
        var (pipeline, stub) = Create();
        var options = new ApiCallOptions { Headers = { [name] = value } };

        var exception = Assert.Throws<ArgumentException>(() => pipeline.Send(Get(), JsonMetadataServices.JsonElementConverter, options, CancellationToken.None));

        Assert.That(exception!.Message, Does.Not.Contain(value));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void A_null_header_value_is_refused()
    {
        var (pipeline, stub) = Create();
        var options = new ApiCallOptions { Headers = { ["X-Trace"] = null! } };

        Assert.Throws<ArgumentException>(() => pipeline.Send(Get(), options, CancellationToken.None));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void The_calls_own_timeout_replaces_the_clients_and_is_named_in_the_exception()
    {
        var (pipeline, stub) = Create();
        stub.Hang();
        var options = new ApiCallOptions { Timeout = TimeSpan.FromMilliseconds(50) };

        var exception = Assert.ThrowsAsync<ApiTimeoutException>(async () => await pipeline.Send(Get(), JsonMetadataServices.JsonElementConverter, options, CancellationToken.None));

        Assert.That(exception!.TimeoutName, Is.EqualTo("ApiCallOptions.Timeout"));
        Assert.That(exception.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(50)));
    }
}

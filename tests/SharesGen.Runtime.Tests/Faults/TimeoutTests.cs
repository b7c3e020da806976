using System;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests.Faults;

/// <summary>Issue 13: a timeout exception names the timeout that really fired, with its value.</summary>
[Parallelizable(ParallelScope.Children)]
public class TimeoutTests
{
    [Test]
    public async Task An_HttpClient_Timeout_below_the_options_timeout_is_named_as_the_one_that_fired()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise((_, _, token) => Task.Delay(TimeSpan.FromSeconds(30), token));
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMilliseconds(300) };
        var pipeline = new ApiPipeline(http, Options(server, TimeSpan.FromSeconds(20)), null);

        var exception = Assert.ThrowsAsync<ApiTimeoutException>(() => Get(pipeline));

        Assert.That(exception!.TimeoutName, Is.EqualTo("HttpClient.Timeout"));
        Assert.That(exception.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(300)));
        Assert.That(exception.Message, Does.Contain("0.3 s (HttpClient.Timeout)").And.Not.Contain("20 s"));
        Assert.That(server.Connections, Is.EqualTo(1), "a timeout is not retried");
    }

    [Test]
    public async Task The_options_timeout_below_the_HttpClient_Timeout_is_named_as_the_one_that_fired()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise((_, _, token) => Task.Delay(TimeSpan.FromSeconds(30), token));
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
        var pipeline = new ApiPipeline(http, Options(server, TimeSpan.FromMilliseconds(300)), null);

        var exception = Assert.ThrowsAsync<ApiTimeoutException>(() => Get(pipeline));

        Assert.That(exception!.TimeoutName, Is.EqualTo("ApiClientOptions.Timeout"));
        Assert.That(exception.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(300)));
        Assert.That(exception.Message, Does.Contain("0.3 s (ApiClientOptions.Timeout)"));
    }

    [Test]
    public async Task An_infinite_options_timeout_leaves_the_call_to_the_callers_cancellation()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise((_, _, token) => Task.Delay(TimeSpan.FromSeconds(30), token));
        var pipeline = new ApiPipeline(Options(server, Timeout.InfiniteTimeSpan), null);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Assert.That(async () => await Get(pipeline, cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    private static ApiClientOptions Options(MisbehavingServer server, TimeSpan timeout)
        => new() { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.None, Timeout = timeout, Retry = { BaseDelay = TimeSpan.FromMilliseconds(1) } };

    private static Task Get(ApiPipeline pipeline, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest("GET", "share-get", ApiSecurity.Undeclared, "/accounts/a1/shares/s1");
        return pipeline.Send(request, JsonMetadataServices.JsonElementConverter, null, cancellationToken).WithResponseAsync();
    }
}

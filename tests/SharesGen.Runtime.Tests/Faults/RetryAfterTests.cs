using System;
using System.Net;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests.Faults;

/// <summary>
/// Issue 9 item 9: when the server asks to wait longer than the client will (<see cref="ApiRetryOptions.MaxDelay"/>
/// or the time left before <see cref="ApiClientOptions.Timeout"/>), the call fails at once, with the delay on the
/// exception, instead of retrying early or sleeping into its timeout.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class RetryAfterTests
{
    private const string Limited = """{"success":false,"errors":[{"code":971,"message":"Please wait"}],"result":null}""";

    [TestCase("POST", 429)]
    [TestCase("GET", 429)]
    [TestCase("GET", 503)]
    public async Task A_Retry_After_beyond_MaxDelay_fails_at_once_with_the_delay(string method, int status)
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(MisbehavingServer.Response(status, Limited, "Retry-After: 86400\r\n"));

        // The timeout is far shorter than the wait: sleeping would end in ApiTimeoutException, not this.
        var exception = await Fail(server, method, o => o.Timeout = TimeSpan.FromSeconds(20));

        Assert.That(exception, Is.Not.InstanceOf<ApiTimeoutException>());
        Assert.That(exception.StatusCode, Is.EqualTo((HttpStatusCode)status));
        Assert.That(exception.RetryAfter, Is.EqualTo(TimeSpan.FromDays(1)));
        Assert.That(exception.Message, Does.Contain("Retry-After 86400 s"));
        Assert.That(server.Connections, Is.EqualTo(1), "no early retries");
    }

    [Test]
    public async Task A_Retry_After_beyond_the_time_left_fails_at_once_with_the_delay()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(MisbehavingServer.Response(429, Limited, "Retry-After: 25\r\n"));

        var exception = await Fail(server, "POST", o =>
        {
            o.Timeout = TimeSpan.FromSeconds(20);
            o.Retry.MaxDelay = TimeSpan.FromMinutes(1);
        });

        Assert.That(exception, Is.Not.InstanceOf<ApiTimeoutException>());
        Assert.That(exception.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(25)));
        Assert.That(server.Connections, Is.EqualTo(1));
    }

    [Test]
    public async Task A_Retry_After_date_far_in_the_future_fails_at_once()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(MisbehavingServer.Response(503, Limited, "Retry-After: " + DateTimeOffset.UtcNow.AddHours(2).ToString("R") + "\r\n"));

        var exception = await Fail(server, "GET", o => o.Timeout = TimeSpan.FromSeconds(20));

        Assert.That(exception.RetryAfter, Is.GreaterThan(TimeSpan.FromMinutes(100)));
        Assert.That(server.Connections, Is.EqualTo(1));
    }

    [Test]
    public async Task A_Retry_After_within_both_limits_is_waited_for_and_the_retry_succeeds()
    {
        await using var server = new MisbehavingServer();
        server.Respond(429, Limited, "Retry-After: 0\r\n").Respond(200, """{"success":true,"errors":[],"result":"ok"}""");

        var response = await Pipeline(server, o => { }).Send(Request("POST"), JsonMetadataServices.StringConverter, null, CancellationToken.None).WithResponseAsync();

        Assert.That(response.Value, Is.EqualTo("ok"));
        Assert.That(server.Connections, Is.EqualTo(2));
    }

    private static async Task<ApiException> Fail(MisbehavingServer server, string method, Action<ApiClientOptions> configure)
    {
        try
        {
            await Pipeline(server, configure).Send(Request(method), JsonMetadataServices.StringConverter, null, CancellationToken.None).WithResponseAsync();
        }
        catch (ApiException exception)
        {
            return exception;
        }

        Assert.Fail("Expected ApiException.");
        return null!;
    }

    private static ApiPipeline Pipeline(MisbehavingServer server, Action<ApiClientOptions> configure)
    {
        var options = new ApiClientOptions { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.None, Retry = { BaseDelay = TimeSpan.FromMilliseconds(1) } };
        configure(options);
        return new ApiPipeline(options, null);
    }

    private static ApiRequest Request(string method)
    {
        var request = new ApiRequest(method, "share-create", ApiSecurity.Undeclared, "/accounts/a1/shares");
        return request;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using SharesGen.Runtime.Tests.Faults;

namespace SharesGen.Runtime.Tests.Security;

/// <summary>
/// Issue 9 item 4: with logging at Trace and the DI registration, no secret appears in any log record (text,
/// structured state, scopes) nor in any exception's <c>ToString()</c>, across the fault scenarios and through
/// every registration path, including a consumer who turns IHttpClientFactory's header-logging handlers back
/// on for every client.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class LogAndExceptionSecretTests
{
    public enum Registration
    {
        WithOptions,
        WithConfiguration,
        WithOptionsAndDefaultLoggersForAllClients,
        WithConfigurationAndDefaultLoggersForAllClients,
    }

    public enum Scenario
    {
        Success,
        ServerErrorThenSuccess,
        RateLimitedWithRetryAfter,
        SameOriginRedirect,
        OtherOriginRedirect,
        ErrorEnvelope,
        MalformedBody,
        SlowHeaders,
        ResetMidBody,
        ConnectionRefused,
    }

    public static IEnumerable<TestCaseData> Cases()
        => from registration in Enum.GetValues<Registration>()
           from kind in Enum.GetValues<CredentialKind>()
           from scenario in Enum.GetValues<Scenario>()
           select new TestCaseData(registration, kind, scenario).SetArgDisplayNames(registration.ToString(), kind.ToString(), scenario.ToString());

    [TestCaseSource(nameof(Cases))]
    public async Task No_secret_in_any_log_record_or_exception(Registration registration, CredentialKind kind, Scenario scenario)
    {
        await using var server = new MisbehavingServer();
        await using var other = new MisbehavingServer();
        var baseAddress = Arrange(scenario, server, other);
        var logs = new CapturingLoggerProvider();
        var path = registration is Registration.WithOptions or Registration.WithOptionsAndDefaultLoggersForAllClients
            ? ConstructionPath.DependencyInjectionWithOptions
            : ConstructionPath.DependencyInjectionWithConfiguration;
        var defaultLoggers = registration is Registration.WithOptionsAndDefaultLoggersForAllClients or Registration.WithConfigurationAndDefaultLoggersForAllClients;
        using var client = ConstructionPaths.Build(path, baseAddress, kind,
            configure: o =>
            {
                o.Retry.MaxRetries = 2;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
                o.Timeout = TimeSpan.FromMilliseconds(scenario == Scenario.SlowHeaders ? 300 : 10_000);
            },
            services: s =>
            {
                s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
                if (defaultLoggers)
                {
                    s.ConfigureHttpClientDefaults(b => b.AddDefaultLogger());
                }
            });

        Exception? thrown = null;
        ApiResponse? response = null;
        try
        {
            response = await Calls.SendAsync(client.Pipeline, "POST");
        }
        catch (Exception exception)
        {
            thrown = exception;
        }

        Assert.That(logs.Records, Is.GreaterThan(0), "the scenario logged nothing: the test would prove nothing");
        var texts = logs.Texts.Append(thrown?.ToString() ?? string.Empty).Concat(Reachable(response)).ToList();
        foreach (var secret in ConstructionPaths.Secrets.Append(Calls.BodyMarker))
        {
            Assert.That(texts.Where(t => t.Contains(secret, StringComparison.Ordinal)), Is.Empty, $"'{secret}' leaked");
        }
    }

    /// <summary>
    /// What a caller can print from a response: the response, its raw message and the request that message points back
    /// to, whose <c>ToString()</c> lists every header it was sent with.
    /// </summary>
    private static IEnumerable<string> Reachable(ApiResponse? response)
    {
        if (response is null)
        {
            yield break;
        }

        yield return response.ToString() ?? string.Empty;
        yield return response.RawResponse.ToString();
        if (response.RawResponse.RequestMessage is { } request)
        {
            yield return request.ToString();
            yield return string.Join("\n", request.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value)));
        }
    }

    private static Uri Arrange(Scenario scenario, MisbehavingServer server, MisbehavingServer other)
    {
        const string Ok = """{"success":true,"errors":[],"result":{"id":"abc"}}""";
        switch (scenario)
        {
            case Scenario.Success:
                server.Respond(200, Ok);
                break;
            case Scenario.ServerErrorThenSuccess:
                server.Respond(503, """{"success":false,"errors":[{"code":1,"message":"busy"}]}""").Respond(200, Ok);
                break;
            case Scenario.RateLimitedWithRetryAfter:
                server.Respond(429, """{"success":false,"errors":[{"code":971,"message":"wait"}]}""", "Retry-After: 0\r\n").Respond(200, Ok);
                break;
            case Scenario.SameOriginRedirect:
                server.Respond(307, "", "Location: /client/v4/moved\r\n").Respond(200, Ok);
                break;
            case Scenario.OtherOriginRedirect:
                server.Respond(307, "", $"Location: http://127.0.0.1:{other.Port}/x\r\n");
                other.Otherwise(MisbehavingServer.Response(200, Ok));
                break;
            case Scenario.ErrorEnvelope:
                server.Respond(403, """{"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}""", "cf-ray: 8f00-IAD\r\n");
                break;
            case Scenario.MalformedBody:
                server.Respond(200, "<html>not json</html>");
                break;
            case Scenario.SlowHeaders:
                server.Otherwise((_, _, token) => Task.Delay(TimeSpan.FromSeconds(30), token));
                break;
            case Scenario.ResetMidBody:
                server.Otherwise(async (stream, socket, token) =>
                {
                    await MisbehavingServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"success\":true", token);
                    socket.LingerState = new LingerOption(true, 0);
                });
                break;
            case Scenario.ConnectionRefused:
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var closed = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                return new Uri($"http://127.0.0.1:{closed}/client/v4");
        }

        return server.BaseAddress;
    }
}

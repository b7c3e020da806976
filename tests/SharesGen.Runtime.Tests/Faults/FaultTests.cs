using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests.Faults;

/// <summary>
/// Against a server that misbehaves on purpose, every call ends in the documented exception (or succeeds after
/// a retry), promptly, and no secret appears in any exception or log line.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class FaultTests
{
    private const string Token = "fault-token-5ecr3t-value";
    private const string Email = "fault-user@secret-mail.example";
    private const string Key = "fault-global-key-5ecr3t";
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    private sealed class Harness(MisbehavingServer server, ApiPipeline pipeline, CapturingLogger logger) : IAsyncDisposable
    {
        public MisbehavingServer Server { get; } = server;

        public ApiPipeline Pipeline { get; } = pipeline;

        public CapturingLogger Logger { get; } = logger;

        public Task<ApiResponse<System.Text.Json.JsonElement>> GetAsync(CancellationToken cancellationToken = default) => Send("GET", cancellationToken);

        public Task<ApiResponse<System.Text.Json.JsonElement>> Send(string method, CancellationToken cancellationToken = default)
        {
            var request = new ApiRequest(method, "share-get", ApiSecurity.Undeclared, "/accounts/{account_id}").PathValue("a1");
            if (method == "POST")
            {
                request.SetJsonBody("body", JsonMetadataServices.StringConverter);
            }

            return Pipeline.Send(request, JsonMetadataServices.JsonElementConverter, null, cancellationToken).WithResponseAsync();
        }

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }

    private static Harness Create(Action<ApiClientOptions>? configure = null, bool emailAndKey = false)
    {
        var server = new MisbehavingServer();
        var logger = new CapturingLogger();
        var options = new ApiClientOptions
        {
            BaseAddress = server.BaseAddress,
            Credentials = emailAndKey ? ApiCredentials.GlobalApiKey(Email, Key) : ApiCredentials.ApiToken(Token),
            Timeout = TimeSpan.FromSeconds(2),
            Retry = { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromSeconds(2) },
            Logger = logger,
        };
        configure?.Invoke(options);
        return new Harness(server, new ApiPipeline(new HttpClient(), options, null), logger);
    }

    private static void AssertNoSecrets(Harness harness, Exception? exception)
    {
        var texts = harness.Logger.Lines.Append(exception?.ToString() ?? string.Empty);
        foreach (var text in texts)
        {
            Assert.That(text, Does.Not.Contain(Token).And.Not.Contain(Key).And.Not.Contain(Email), "a secret leaked");
        }
    }

    private static async Task<T> Timed<T>(Func<Task<T>> action)
    {
        var clock = Stopwatch.StartNew();
        var result = await action();
        Assert.That(clock.Elapsed, Is.LessThan(Prompt), "the call did not end promptly");
        return result;
    }

    private static async Task<TException> ThrowsPromptly<TException>(Func<Task> action)
        where TException : Exception
        => await Timed(async () =>
        {
            try
            {
                await action();
            }
            catch (TException exception)
            {
                return exception;
            }

            Assert.Fail($"Expected {typeof(TException).Name}.");
            return null!;
        });

    [Test]
    public async Task Connection_refused_is_retried_then_ends_in_ApiConnectionException()
    {
        await using var harness = Create();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var pipeline = new ApiPipeline(new HttpClient(), new ApiClientOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{closedPort}/"),
            Credentials = ApiCredentials.ApiToken(Token),
            Retry = { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(5) },
            Logger = harness.Logger,
        }, null);
        var request = new ApiRequest("POST", "share-create", ApiSecurity.Undeclared, "/x");

        var exception = await ThrowsPromptly<ApiConnectionException>(() => pipeline.Send(request, JsonMetadataServices.JsonElementConverter, null, CancellationToken.None).WithResponseAsync());

        Assert.That(exception.StatusCode, Is.Null);
        Assert.That(harness.Logger.Lines.Count(l => l.Contains("failed with HttpRequestException")), Is.EqualTo(3), "a refused POST is safe to retry");
        AssertNoSecrets(harness, exception);
    }

    [Test]
    public async Task A_reset_in_the_middle_of_the_body_is_retried_for_a_GET_then_fails_cleanly()
    {
        await using var harness = Create();
        for (var i = 0; i < 3; i++)
        {
            harness.Server.Then(async (stream, socket, token) =>
            {
                await MisbehavingServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"success\":true,\"result\":{\"id\":\"", token);
                socket.LingerState = new LingerOption(true, 0); // close with RST, mid-body
            });
        }

        var exception = await ThrowsPromptly<ApiConnectionException>(() => harness.GetAsync());

        Assert.That(harness.Server.Connections, Is.EqualTo(3));
        AssertNoSecrets(harness, exception);
    }

    [Test]
    public async Task Slow_headers_end_in_ApiTimeoutException()
    {
        await using var harness = Create(o => o.Timeout = TimeSpan.FromMilliseconds(500));
        harness.Server.Then((_, _, token) => Task.Delay(TimeSpan.FromSeconds(30), token));

        var exception = await ThrowsPromptly<ApiTimeoutException>(() => harness.GetAsync());

        Assert.That(exception.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(500)));
        AssertNoSecrets(harness, exception);
    }

    [Test]
    public async Task A_slow_body_ends_in_ApiTimeoutException()
    {
        await using var harness = Create(o => o.Timeout = TimeSpan.FromMilliseconds(700));
        harness.Server.Then(async (stream, _, token) =>
        {
            await MisbehavingServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n", token);
            for (var i = 0; i < 100; i++)
            {
                await MisbehavingServer.WriteAsync(stream, " ", token);
                await Task.Delay(100, token);
            }
        });

        var exception = await ThrowsPromptly<ApiTimeoutException>(() => harness.GetAsync());
        AssertNoSecrets(harness, exception);
    }

    [Test]
    public async Task Truncated_JSON_ends_in_ApiException_with_a_snippet()
    {
        await using var harness = Create();
        harness.Server.Respond(200, "{\"success\":true,\"errors\":[],\"result\":{\"id\":\"abc\"");

        var exception = await ThrowsPromptly<ApiException>(() => harness.GetAsync());

        Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(exception.BodySnippet, Does.StartWith("{\"success\":true"));
        AssertNoSecrets(harness, exception);
    }

    [Test]
    public async Task An_HTML_502_from_a_proxy_ends_in_ApiException_with_the_status_and_a_snippet()
    {
        await using var harness = Create(o => o.Retry.MaxRetries = 0);
        harness.Server.Respond(502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "Content-Type: text/html\r\n");

        var exception = await ThrowsPromptly<ApiException>(() => harness.GetAsync());

        Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(exception.BodySnippet, Does.Contain("502 Bad Gateway"));
        AssertNoSecrets(harness, exception);
    }

    [Test]
    public async Task An_empty_200_ends_in_ApiException()
    {
        await using var harness = Create();
        harness.Server.Respond(200, "");

        var exception = await ThrowsPromptly<ApiException>(() => harness.GetAsync());
        Assert.That(exception.Message, Does.Contain("empty"));
    }

    [Test]
    public async Task Success_false_in_a_200_ends_in_ApiException_with_the_errors()
    {
        await using var harness = Create(emailAndKey: true);
        harness.Server.Respond(200, """{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}""", "cf-ray: 1234abcd-LHR\r\n");

        var exception = await ThrowsPromptly<ApiException>(() => harness.GetAsync());

        Assert.That(exception.Errors.Single().Code, Is.EqualTo(10000));
        Assert.That(exception.RayId, Is.EqualTo("1234abcd-LHR"));
        AssertNoSecrets(harness, exception);
    }

    [Test]
    public async Task A_429_with_Retry_After_is_waited_out_then_succeeds()
    {
        await using var harness = Create(o => o.Timeout = TimeSpan.FromSeconds(4));
        harness.Server.Respond(429, """{"success":false,"errors":[{"code":971,"message":"Please wait"}],"result":null}""", "Retry-After: 1\r\n")
            .Respond(200, """{"success":true,"errors":[],"result":{"id":"abc"}}""");

        var clock = Stopwatch.StartNew();
        var response = await harness.Send("POST");

        Assert.That(response.Value.GetProperty("id").GetString(), Is.EqualTo("abc"));
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)));
        Assert.That(harness.Server.Connections, Is.EqualTo(2));
    }

    [Test]
    public async Task A_503_then_success_succeeds()
    {
        await using var harness = Create();
        harness.Server.Respond(503, """{"success":false,"errors":[{"code":1,"message":"busy"}],"result":null}""")
            .Respond(200, """{"success":true,"errors":[],"result":{"id":"abc"}}""");

        var response = await Timed(() => harness.GetAsync());

        Assert.That(response.Value.GetProperty("id").GetString(), Is.EqualTo("abc"));
        Assert.That(harness.Logger.Lines.Count(l => l.Contains("answered 503")), Is.EqualTo(1));
        AssertNoSecrets(harness, null);
    }

    [Test]
    public async Task An_oversized_body_without_a_length_is_cut_off_at_the_limit()
    {
        await using var harness = Create(o => o.MaxResponseBytes = 64 * 1024);
        harness.Server.Then(async (stream, _, token) =>
        {
            // No Content-Length: the body runs to the end of the connection, and never ends in time.
            await MisbehavingServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n", token);
            var chunk = Encoding.ASCII.GetBytes(new string('x', 16 * 1024));
            for (var i = 0; i < 1024; i++)
            {
                await stream.WriteAsync(chunk, token);
            }
        });

        var exception = await ThrowsPromptly<ApiException>(() => harness.GetAsync());
        Assert.That(exception.Message, Does.Contain("larger than the 65536 bytes"));
    }

    [Test]
    public async Task Cancellation_stops_a_hanging_call_promptly()
    {
        await using var harness = Create(o => o.Timeout = TimeSpan.FromMinutes(1));
        harness.Server.Then((_, _, token) => Task.Delay(TimeSpan.FromSeconds(30), token));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var clock = Stopwatch.StartNew();
        Assert.That(async () => await harness.GetAsync(cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }
}

/// <summary>Keeps every formatted log line, to scan for secrets.</summary>
internal sealed class CapturingLogger : ILogger
{
    private readonly List<string> _lines = new();

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToList();
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines)
        {
            _lines.Add(formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
        }
    }
}

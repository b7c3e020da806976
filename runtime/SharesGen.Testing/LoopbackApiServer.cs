using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using SharesGen.Runtime;
using SharesGen.Testing.Contracts;
using SharesGen.Testing.Faults;
using SharesGen.Testing.Http;
using SharesGen.Testing.Recording;
using SharesGen.Testing.Stateful;

namespace SharesGen.Testing;

/// <summary>
/// A Cloudflare-style API server for contract tests, in process: Kestrel on <c>127.0.0.1</c> (never another
/// interface), serving the API a contract describes under <c>/client/v4</c>, statefully (what a test creates it can
/// list, read, change and delete) or with examples. It holds every request to the contract, records every exchange
/// (credentials redacted), answers failures with Cloudflare's envelope, and can be told to answer the next requests
/// with canned responses.
/// </summary>
/// <example>
/// <code>
/// await using var server = await LoopbackApiServer.StartAsync(SharesClientContract.Contract);
/// var client = new SharesClient(httpClient, server.CreateClientOptions());
/// var share = await client.Shares.CreateAsync(accountId, request);
/// Assert.That(server.Exchanges.Single().StatusCode, Is.EqualTo(201));
/// </code>
/// </example>
public sealed class LoopbackApiServer : IAsyncDisposable
{
    /// <summary>The path every operation lives under, as on <c>https://api.cloudflare.com/client/v4</c>.</summary>
    public const string ApiPrefix = "/client/v4";

    /// <summary>The API token <see cref="CreateClientOptions"/> uses where the spec accepts one: fake, and only good for this server.</summary>
    public const string DemoApiToken = "loopback-demo-token";

    /// <summary>The email <see cref="CreateClientOptions"/> uses where the spec takes <c>X-Auth-Email</c> + <c>X-Auth-Key</c>.</summary>
    public const string DemoEmail = "loopback@example.com";

    /// <summary>The global API key <see cref="CreateClientOptions"/> uses with <see cref="DemoEmail"/>: fake.</summary>
    public const string DemoApiKey = "loopback-demo-key";

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly ExchangeLog _log;
    private readonly CannedResponses _canned;
    private int _disposed;

    private LoopbackApiServer(WebApplication app, ExchangeLog log, CannedResponses canned, ResourceStore resources, Uri origin, ApiContract contract, LoopbackApiServerOptions options)
    {
        _app = app;
        _log = log;
        _canned = canned;
        Resources = resources;
        BaseAddress = new Uri(origin, ApiPrefix + "/");
        Contract = contract;
        Mode = options.Mode;
        Profile = options.Profile;
    }

    /// <summary>The API's base address, <c>/client/v4/</c> included: <c>http://127.0.0.1:PORT/client/v4/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every exchange so far, in the order the requests arrived (a snapshot; safe to enumerate).</summary>
    public IReadOnlyList<RecordedExchange> Exchanges => _log.Snapshot();

    /// <summary>The latest exchange, or null when there was none.</summary>
    public RecordedExchange? LastExchange => Exchanges.LastOrDefault();

    /// <summary>The items the server holds, by collection.</summary>
    public ResourceStore Resources { get; }

    /// <summary>The API's profile, or null.</summary>
    public LoopbackProfile? Profile { get; }

    /// <summary>The contract requests are held to and the behaviour derives from.</summary>
    public ApiContract Contract { get; }

    /// <summary>Whether the server keeps state or answers with examples.</summary>
    public LoopbackMode Mode { get; }

    /// <summary>The canned responses not yet used.</summary>
    public int PendingCannedResponses => _canned.Count;

    /// <summary>Starts a stateful server for <paramref name="contract"/> on <c>127.0.0.1</c> and a free port.</summary>
    public static Task<LoopbackApiServer> StartAsync(ApiContract contract, LoopbackProfile? profile = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return StartAsync(new LoopbackApiServerOptions { Contract = contract, Profile = profile }, cancellationToken);
    }

    /// <summary>Starts a server on <c>127.0.0.1</c> and <see cref="LoopbackApiServerOptions.Port"/> (a free one by default).</summary>
    public static async Task<LoopbackApiServer> StartAsync(LoopbackApiServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        var contract = options.Contract
            ?? throw new ArgumentException("The server speaks the API a contract describes: set LoopbackApiServerOptions.Contract (e.g. the generated {Client}Contract.Contract).", nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DefaultPageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);

        // The empty builder reads no configuration, environment or appsettings and logs nothing: the server
        // behaves the same on every machine, and keeps quiet in a console demo.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();

        var log = new ExchangeLog();
        var canned = new CannedResponses();
        var resources = new ResourceStore();
        options.Profile?.Attach(resources, options.TimeProvider);

        // Outermost first: record everything, turn failures into envelopes, let canned responses pre-empt
        // everything else, hold the request to the contract, then answer it.
        app.Use(new ExchangeRecorder(log, options.SendRayIds).InvokeAsync);
        app.Use(ErrorEnvelopes.InvokeAsync);
        app.Use(canned.InvokeAsync);
        app.Use(new ContractGate(contract, ApiPrefix).InvokeAsync);
        app.Run(options.Mode == LoopbackMode.Examples
            ? new ExampleResponder(contract, options.TimeProvider, options.Seed).InvokeAsync
            : new StatefulResponder(contract, resources, options.Profile, options.TimeProvider, options.Seed, options.DefaultPageSize).InvokeAsync);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new LoopbackApiServer(app, log, canned, resources, new Uri(app.Urls.Single()), contract, options);
    }

    /// <summary>
    /// Client options aimed at this server: its base address, <paramref name="credentials"/> (by default fake ones the
    /// spec accepts: <see cref="DemoApiToken"/> where it takes a token, else <see cref="DemoEmail"/> and
    /// <see cref="DemoApiKey"/>), retries 10 ms apart and a 10 s timeout, so fault tests stay fast.
    /// </summary>
    public ApiClientOptions CreateClientOptions(ApiCredentials? credentials = null)
        => new()
        {
            BaseAddress = BaseAddress,
            Credentials = credentials ?? DefaultCredentials(),
            Timeout = TimeSpan.FromSeconds(10),
            Retry = new ApiRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) },
        };
    /// <summary>Answers the next request that arrives with <paramref name="response"/> instead of handling it.</summary>
    public void EnqueueResponse(CannedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _canned.Enqueue(response);
    }

    /// <summary>Answers the next request with this status, body and headers instead of handling it.</summary>
    public void EnqueueResponse(int statusCode, string? body = null, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var response = new CannedResponse(statusCode, body);
        foreach (var (name, value) in headers ?? [])
        {
            response.Headers[name] = value;
        }

        _canned.Enqueue(response);
    }

    /// <summary>
    /// Fails the next <paramref name="times"/> requests with a Cloudflare failure envelope
    /// (<c>{"success":false,"errors":[{"code":…,"message":…}],…}</c>) and this status.
    /// </summary>
    public void FailNext(int statusCode, int code = LoopbackErrorCodes.InjectedFailure, string message = "Injected failure", int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        for (var i = 0; i < times; i++)
        {
            _canned.Enqueue(CannedResponse.Failure(statusCode, code, message));
        }
    }

    /// <summary>Forgets the exchanges recorded so far (e.g. after the arrange step of a test).</summary>
    public void ClearExchanges() => _log.Clear();

    /// <summary>Drops the canned responses not yet used.</summary>
    public void ClearCannedResponses() => _canned.Clear();

    /// <summary>Stops the server and releases its port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A token where every operation takes one, else an email with a key.</summary>
    private ApiCredentials DefaultCredentials()
        => Contract.Operations.All(o => o.Security.Count == 0 || o.Security.Any(a => a.Any(h => h.Equals("Authorization", StringComparison.OrdinalIgnoreCase))))
            ? ApiCredentials.ApiToken(DemoApiToken)
            : ApiCredentials.GlobalApiKey(DemoEmail, DemoApiKey);
}

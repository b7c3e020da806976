using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SharesGen.Benchmarks.Generated;
using SharesGen.Benchmarks.Infrastructure;
using SharesGen.Benchmarks.Serialization;
using SharesGen.Benchmarks.Smoke;
using SharesGen.Runtime;

namespace SharesGen.Benchmarks.Client;

/// <summary>
/// One <c>GET /accounts/{account_id}/shares/{share_id}</c> through the generated client
/// (<c>client.Shares.GetAsync</c>: ApiPipeline with its retry pipeline, timeout, credentials, envelope reading)
/// against a hand-written <see cref="HttpClient"/> + <see cref="JsonSerializer"/> call (STJ source generation over
/// the POCOs) for the same body. Two transports:
/// <list type="bullet">
/// <item>Kestrel on loopback, in a child process (<see cref="CannedServer"/>): the round trip. Budget:
/// the generated rate ≥ 0.95 × the hand-written rate (the Ratio column, inverted: Ratio ≤ 1/0.95 ≈ 1.053).</item>
/// <item>An in-memory handler that answers the same bytes: no socket and no server, so what is left is the
/// client's own cost, which the loopback rows blur.</item>
/// </list>
/// Allocations are per call and the client's alone (the server runs in another process).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RoundTripConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientRoundTripBenchmarks : ISmokeCheck
{
    private const string Loopback = "1 Kestrel on loopback";
    private const string InMemory = "2 in-memory handler";

    private static readonly TimeSpan WarmUpBound = TimeSpan.FromSeconds(20);

    private CannedServer.ServerProcess _server = null!;
    private HttpClient _generatedHttp = null!;
    private HttpClient _handHttp = null!;
    private HttpClient _generatedMemoryHttp = null!;
    private HttpClient _handMemoryHttp = null!;
    private SharesClient _client = null!;
    private SharesClient _clientWithoutRetries = null!;
    private HttpClient _generatedWithoutRetriesHttp = null!;
    private SharesClient _memoryClient = null!;
    private Uri _handUri = null!;
    private Uri _handMemoryUri = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = CannedServer.Start();
        var server = _server.Address.GetLeftPart(UriPartial.Authority);
        _generatedHttp = new HttpClient();
        _handHttp = new HttpClient();
        _client = new SharesClient(_generatedHttp, Options(server));
        _generatedWithoutRetriesHttp = new HttpClient();
        var withoutRetries = Options(server);
        withoutRetries.Retry.MaxRetries = 0;
        _clientWithoutRetries = new SharesClient(_generatedWithoutRetriesHttp, withoutRetries);
        _handUri = new Uri($"{server}/client/v4/accounts/{Payloads.AccountId}/shares/{Payloads.ShareId}");

        const string memory = "http://127.0.0.1";
        _generatedMemoryHttp = new HttpClient(new CannedHandler(Payloads.SingleShareEnvelope));
        _handMemoryHttp = new HttpClient(new CannedHandler(Payloads.SingleShareEnvelope));
        _memoryClient = new SharesClient(_generatedMemoryHttp, Options(memory));
        _handMemoryUri = new Uri($"{memory}/client/v4/accounts/{Payloads.AccountId}/shares/{Payloads.ShareId}");
        WarmUntilTheJitSettles();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _generatedHttp.Dispose();
        _handHttp.Dispose();
        _generatedWithoutRetriesHttp.Dispose();
        _generatedMemoryHttp.Dispose();
        _handMemoryHttp.Dispose();
        _server.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Loopback)]
    public Task<SharePoco> Loopback_HandWritten() => HandWrittenGetAsync(_handHttp, _handUri);

    [Benchmark, BenchmarkCategory(Loopback)]
    public Task<Share> Loopback_GeneratedClient() => _client.Shares.GetAsync(Payloads.AccountId, Payloads.ShareId).AsTask();

    /// <summary>The same call with <c>Retry.MaxRetries = 0</c> (no Polly retry strategy): what the retry pipeline costs.</summary>
    [Benchmark, BenchmarkCategory(Loopback)]
    public Task<Share> Loopback_GeneratedClientWithoutRetries() => _clientWithoutRetries.Shares.GetAsync(Payloads.AccountId, Payloads.ShareId).AsTask();

    [Benchmark(Baseline = true), BenchmarkCategory(InMemory)]
    public Task<SharePoco> InMemory_HandWritten() => HandWrittenGetAsync(_handMemoryHttp, _handMemoryUri);

    [Benchmark, BenchmarkCategory(InMemory)]
    public Task<Share> InMemory_GeneratedClient() => _memoryClient.Shares.GetAsync(Payloads.AccountId, Payloads.ShareId).AsTask();

    public void Check()
    {
        foreach (var (name, share) in new[]
        {
            ("loopback, generated", Loopback_GeneratedClient().GetAwaiter().GetResult().Id),
            ("loopback, hand-written", Loopback_HandWritten().GetAwaiter().GetResult().Id),
            ("loopback, generated without retries", Loopback_GeneratedClientWithoutRetries().GetAwaiter().GetResult().Id),
            ("in memory, generated", InMemory_GeneratedClient().GetAwaiter().GetResult().Id),
            ("in memory, hand-written", InMemory_HandWritten().GetAwaiter().GetResult().Id),
        })
        {
            if (share != Payloads.ShareId)
            {
                throw new InvalidOperationException($"The {name} call read share {share}.");
            }
        }

        SmokeLog.Write($"round trip: server at {_server.Address}, all five calls read share {Payloads.ShareId}");
    }

    /// <summary>
    /// Warms every row until the JIT has settled (<see cref="JitSettling"/>). Without this, the paired runner timed the
    /// group's first row (the loopback budget) while 1,800–2,500 methods were compiled (1.1–2.5 s of JIT on 2 cores) and
    /// its second while 260–900 were, and the first row's calls took 3–8 × as long as the same calls in later rows. The
    /// server warms on the same calls.
    /// </summary>
    private void WarmUntilTheJitSettles()
    {
        var rows = new Func<Task>[] { Loopback_HandWritten, Loopback_GeneratedClient, Loopback_GeneratedClientWithoutRetries, InMemory_HandWritten, InMemory_GeneratedClient };
        JitSettling.WarmUntilSettled(rows.Select(row => (Action)(() => row().GetAwaiter().GetResult())).ToArray(), WarmUpBound);
    }

    /// <summary>The call a developer would write by hand: email and key (what the spec declares), Accept, stream straight into STJ source generation.</summary>
    private static async Task<SharePoco> HandWrittenGetAsync(HttpClient http, Uri uri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("X-Auth-Email", "bench@example.com");
        request.Headers.Add("X-Auth-Key", "bench");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var envelope = await JsonSerializer.DeserializeAsync(stream, PocoJsonContext.Default.ShareEnvelope).ConfigureAwait(false);
            return envelope is { Success: true, Result: { } share } ? share : throw new InvalidOperationException("The response has no result.");
        }
    }

    private static ApiClientOptions Options(string server) => new()
    {
        BaseAddress = new Uri(server + "/client/v4"),
        Credentials = ApiCredentials.GlobalApiKey("bench@example.com", "bench"),
    };

    /// <summary>Answers every request with the same JSON body, as the server would, without a socket.</summary>
    private sealed class CannedHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    /// <summary>Adds requests per second, computed from the mean.</summary>
    public sealed class RoundTripConfig : ManualConfig
    {
        public RoundTripConfig() => AddColumn(new RequestsPerSecondColumn());
    }
}

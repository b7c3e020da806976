using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using SharesGen.Runtime;
using SharesGen.Testing;
using SharesGen.Testing.Profiles;

namespace SharesGen.EndToEnd.Tests.Security;

/// <summary>
/// Issue 9 items 1 and 4 through the generated client, built each way the README shows: a redirect to another
/// origin reaches nothing there (every redirect status, GET and POST, both credential kinds), a same-origin
/// redirect keeps the token working, and with Trace logging on the DI paths no secret is logged. The official fragment
/// declares only X-Auth-Email + X-Auth-Key, so the API-token cases run against a server of SharesGen's own earlier
/// revision, which declares tokens too (the requests these tests send are valid in both).
/// </summary>
[NonParallelizable] // Two servers shared by the fixture; each test clears what they recorded.
public class GeneratedClientRedirectTests
{
    private const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
    private const string Token = "e2e-redirect-token-5ecr3t";
    private const string Email = "e2e-user@5ecr3t.example";
    private const string Key = "e2e-global-key-5ecr3t";

    private LoopbackApiServer _origin = null!;
    private LoopbackApiServer _tokenOrigin = null!;
    private LoopbackApiServer _other = null!;

    public enum Path
    {
        OwnHandler,
        CallerHttpClientAsReadme,
        AddSharesClientWithOptions,
        AddSharesClientWithConfiguration,
    }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var sharing = new ResourceSharingProfile();
        _origin = await LoopbackApiServer.StartAsync(SharesClientContract.Contract, sharing);
        _other = await LoopbackApiServer.StartAsync(SharesClientContract.Contract);
        sharing.RegisterAccount(AccountId, "Account A", "4e6f8d0c1a2d3f5c7a9b1e4f6d8c0a2b");
        var tokenSharing = new ResourceSharingProfile();
        _tokenOrigin = await LoopbackApiServer.StartAsync(Contoso.Cloudflare.OwnRevision.OwnRevisionClientContract.Contract, tokenSharing);
        tokenSharing.RegisterAccount(AccountId, "Account A", "4e6f8d0c1a2d3f5c7a9b1e4f6d8c0a2b");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _origin.DisposeAsync();
        await _tokenOrigin.DisposeAsync();
        await _other.DisposeAsync();
    }

    [SetUp]
    public void Clear()
    {
        foreach (var origin in new[] { _origin, _tokenOrigin })
        {
            origin.ClearExchanges();
            origin.ClearCannedResponses();
        }

        _other.ClearExchanges();
    }

    public static IEnumerable<TestCaseData> Matrix()
        => from status in new[] { 301, 302, 303, 307, 308 }
           from post in new[] { false, true }
           from emailAndKey in new[] { false, true }
           from path in Enum.GetValues<Path>()
           select new TestCaseData(status, post, emailAndKey, path).SetArgDisplayNames(status.ToString(), post ? "POST" : "GET", emailAndKey ? "EmailAndKey" : "ApiToken", path.ToString());

    [TestCaseSource(nameof(Matrix))]
    public async Task A_redirect_to_another_origin_reaches_nothing_there(int status, bool post, bool emailAndKey, Path path)
    {
        Origin(emailAndKey).EnqueueResponse(status, null, [new("Location", new Uri(_other.BaseAddress, "shares").ToString())]);
        using var built = Build(path, emailAndKey, out var logs);

        var exception = Assert.ThrowsAsync<ApiException>(() => post
            ? built.Client.Shares.CreateAsync(AccountId, Request())
            : built.Client.Shares.GetAsync(AccountId, "0000000000000000000000000000dead"));

        Assert.That(_other.Exchanges, Is.Empty, "the other origin received a request");
        Assert.That(exception!.Message, Does.Contain(status.ToString()).And.Contain(_other.BaseAddress.Port.ToString()));
        AssertNoSecret(logs.Append(exception.ToString()));
    }

    [TestCase(Path.OwnHandler)]
    [TestCase(Path.CallerHttpClientAsReadme)]
    [TestCase(Path.AddSharesClientWithOptions)]
    [TestCase(Path.AddSharesClientWithConfiguration)]
    public async Task A_same_origin_redirect_keeps_token_auth_working(Path path)
    {
        var share = await Build(Path.OwnHandler, emailAndKey: false, out _).Client.Shares.CreateAsync(AccountId, Request());
        _tokenOrigin.ClearExchanges();
        var url = _tokenOrigin.BaseAddress.ToString().TrimEnd('/') + $"/accounts/{AccountId}/shares/{share.Id}";
        _tokenOrigin.EnqueueResponse(307, null, [new("Location", url)]);
        using var built = Build(path, emailAndKey: false, out var logs);

        var read = await built.Client.Shares.GetAsync(AccountId, share.Id);

        Assert.That(read.Id, Is.EqualTo(share.Id));
        Assert.That(_tokenOrigin.Exchanges.Last().PresentedApiToken(Token), Is.True, "the followed request lost its token");
        AssertNoSecret(logs);
    }

    private sealed class Built(SharesClient client, IDisposable? owned) : IDisposable
    {
        public SharesClient Client { get; } = client;

        public void Dispose() => owned?.Dispose();
    }

    private Built Build(Path path, bool emailAndKey, out List<string> logs)
    {
        var captured = new List<string>();
        logs = captured;
        var credentials = emailAndKey ? ApiCredentials.GlobalApiKey(Email, Key) : ApiCredentials.ApiToken(Token);
        var origin = Origin(emailAndKey);
        void Configure(ApiClientOptions o)
        {
            o.BaseAddress = origin.BaseAddress;
            o.Credentials = credentials;
            o.Retry.MaxRetries = 0;

            // The official fragment declares no token: the client sends one only when told to (the token origin accepts it).
            o.SendUndeclaredCredentials = !emailAndKey;
        }

        switch (path)
        {
            case Path.OwnHandler:
            {
                var options = new ApiClientOptions();
                Configure(options);
                return new Built(new SharesClient(options), null);
            }

            case Path.CallerHttpClientAsReadme:
            {
                var options = new ApiClientOptions();
                Configure(options);
                var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
                return new Built(new SharesClient(http, options), http);
            }

            default:
            {
                var services = new ServiceCollection();
                services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(captured)));
                if (path == Path.AddSharesClientWithOptions)
                {
                    services.AddSharesClient(Configure);
                }
                else
                {
                    var settings = new Dictionary<string, string?> { ["Cloudflare:BaseAddress"] = origin.BaseAddress.ToString(), ["Cloudflare:MaxRetries"] = "0" };
                    if (emailAndKey)
                    {
                        settings["Cloudflare:Email"] = Email;
                        settings["Cloudflare:ApiKey"] = Key;
                    }
                    else
                    {
                        settings["Cloudflare:ApiToken"] = Token;
                    }

                    services.AddSharesClient(new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("Cloudflare"), o => o.SendUndeclaredCredentials = !emailAndKey);
                }

                var provider = services.BuildServiceProvider();
                return new Built(provider.GetRequiredService<SharesClient>(), provider);
            }
        }
    }

    private LoopbackApiServer Origin(bool emailAndKey) => emailAndKey ? _origin : _tokenOrigin;

    private static CreateShareRequest Request() => new()
    {
        Name = "redirect probe",
        Recipients = [new CreateShareRecipientRequest { RecipientAccountId = "372e67954025e0ba6aaa6d586b9e0b59" }],
        Resources =
        [
            new CreateShareResourceRequest
            {
                Meta = System.Text.Json.JsonElement.Parse("{}"), ResourceAccountId = AccountId, ResourceId = "4814384a9e5d4991b9815dcfc25d2f1f", ResourceType = ResourceType.CustomRuleset,
            },
        ],
    };

    private static void AssertNoSecret(IEnumerable<string> texts)
    {
        var all = texts.ToList();
        foreach (var secret in new[] { Token, Email, Key })
        {
            Assert.That(all.Where(t => t.Contains(secret, StringComparison.Ordinal)), Is.Empty, $"'{secret}' leaked");
        }
    }

    /// <summary>Keeps each record's text, its state's values and its exception.</summary>
    private sealed class ListLoggerProvider(List<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(sink);

        public void Dispose()
        {
        }

        private sealed class Logger(List<string> sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lock (sink)
                {
                    sink.Add(state.ToString() ?? string.Empty);
                }

                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (sink)
                {
                    sink.Add(formatter(state, exception));
                    sink.Add(exception?.ToString() ?? string.Empty);
                    if (state is IEnumerable<KeyValuePair<string, object?>> values)
                    {
                        foreach (var (key, value) in values)
                        {
                            sink.Add(key + "=" + (value is System.Collections.IEnumerable e and not string ? string.Join(",", e.Cast<object>()) : value));
                        }
                    }
                }
            }
        }
    }
}

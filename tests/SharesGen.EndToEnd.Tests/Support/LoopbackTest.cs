using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.Runtime;
using SharesGen.Testing;
using SharesGen.Testing.Profiles;

namespace SharesGen.EndToEnd.Tests.Support;

/// <summary>
/// Each test gets its own loopback server (state and exchange record start empty), a fixed clock, and a
/// generated client that talks to the server over real HTTP on 127.0.0.1.
/// </summary>
public abstract class LoopbackTest
{
    protected const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
    protected const string AccountName = "Account A";
    protected const string OrganizationId = "4e6f8d0c1a2d3f5c7a9b1e4f6d8c0a2b";
    protected const string RecipientAccountId = "372e67954025e0ba6aaa6d586b9e0b59";
    protected const string ResourceId = "4814384a9e5d4991b9815dcfc25d2f1f";

    /// <summary>
    /// The official fragment accepts only <c>X-Auth-Email</c> + <c>X-Auth-Key</c>. Not a real account; the tests check the
    /// pair never leaks and that the server saw exactly it.
    /// </summary>
    protected const string Email = "e2e-owner@example.com";

    /// <summary>Not a real global API key (see <see cref="Email"/>).</summary>
    protected const string Key = "e2e-key-Zq81xPw0Lr";

    /// <summary>Whole microseconds, as the API writes timestamps.</summary>
    protected static readonly DateTimeOffset Start = new DateTimeOffset(2024, 5, 2, 11, 3, 27, TimeSpan.Zero).AddTicks(4_109_380);

    protected ManualTimeProvider Clock { get; private set; } = null!;

    protected LoopbackApiServer Server { get; private set; } = null!;

    /// <summary>What the server knows of Resource Sharing beyond the spec: accounts, tags, background transitions.</summary>
    protected ResourceSharingProfile Sharing { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected SharesClient Client { get; private set; } = null!;

    [SetUp]
    public async Task StartLoopbackAsync()
    {
        Clock = new ManualTimeProvider(Start);
        Sharing = new ResourceSharingProfile();
        Server = await LoopbackApiServer.StartAsync(new LoopbackApiServerOptions { Contract = SharesClientContract.Contract, Profile = Sharing, TimeProvider = Clock });
        Sharing.RegisterAccount(AccountId, AccountName, OrganizationId);
        Http = new HttpClient();
        Client = CreateClient(EmailAndKey);
    }

    [TearDown]
    public async Task StopLoopbackAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>The credentials every operation of the official fragment accepts.</summary>
    protected static ApiCredentials EmailAndKey => ApiCredentials.GlobalApiKey(Email, Key);

    /// <summary>Another client on the same server, e.g. with other credentials or options.</summary>
    protected SharesClient CreateClient(ApiCredentials? credentials, Action<ApiClientOptions>? configure = null)
    {
        var options = Server.CreateClientOptions(credentials);
        configure?.Invoke(options);
        return new SharesClient(Http, options);
    }

    /// <summary>The one exchange the test caused; fails when there were more or none.</summary>
    protected RecordedExchange SingleExchange()
    {
        var exchanges = Server.Exchanges;
        Assert.That(exchanges, Has.Count.EqualTo(1), () => "Exchanges: " + string.Join(", ", exchanges));
        return exchanges[0];
    }

    /// <summary>Asserts that nothing reached the server.</summary>
    protected void AssertNothingWasSent()
        => Assert.That(Server.Exchanges, Is.Empty, "The client sent a request it should have refused to send.");

    protected static JsonElement Json(string json) => JsonElement.Parse(json);

    protected static CreateShareRequest ShareRequest(string name = "My Shared WAF Managed Rule", string? recipientAccountId = RecipientAccountId)
        => new()
        {
            Name = name,
            Recipients = recipientAccountId is null ? [] : [new CreateShareRecipientRequest { RecipientAccountId = recipientAccountId }],
            Resources =
            [
                new CreateShareResourceRequest
                {
                    Meta = Json("""{"description":"Block known malware destinations"}"""),
                    ResourceAccountId = AccountId,
                    ResourceId = ResourceId,
                    ResourceType = ResourceType.CustomRuleset,
                },
            ],
        };

    /// <summary>Creates a share through the client as an arrange step, then forgets the exchange.</summary>
    protected async Task<Share> ArrangeShareAsync(string name = "My Shared WAF Managed Rule", string? recipientAccountId = RecipientAccountId)
    {
        var share = await Client.Shares.CreateAsync(AccountId, ShareRequest(name, recipientAccountId));
        Server.ClearExchanges();
        return share;
    }

    /// <summary>A 32-hex id nothing on the server has.</summary>
    protected static string UnknownId => "0000000000000000000000000000dead";
}

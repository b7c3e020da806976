using System.Linq;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;
using SharesGen.Testing;
using SharesGen.Testing.Recording;

namespace SharesGen.EndToEnd.Tests.Security;

/// <summary>
/// Security follows the spec per operation. The official fragment declares only X-Auth-Email + X-Auth-Key: a client
/// configured with an API token (or with nothing) fails before anything is sent, naming what the operation accepts;
/// <see cref="ApiClientOptions.SendUndeclaredCredentials"/> sends the token anyway, and then the kit's server, which
/// enforces the spec's schemes, answers 401. A client of a spec that declares tokens sends them as usual.
/// </summary>
public sealed class CredentialsMismatchTests : LoopbackTest
{
    private const string Token = "e2e-undeclared-token-Zq81xPw0Lr";

    [Test]
    public void A_token_against_the_official_fragment_fails_before_anything_is_sent()
    {
        var client = CreateClient(ApiCredentials.ApiToken(Token));

        var exception = Assert.ThrowsAsync<ApiCredentialsMismatchException>(() => client.Shares.CreateAsync(AccountId, ShareRequest()));

        AssertNothingWasSent();
        Assert.Multiple(() =>
        {
            Assert.That(exception!.OperationId, Is.EqualTo("share-create"));
            Assert.That(exception.Accepted.ToString(), Is.EqualTo("X-Auth-Email + X-Auth-Key"));
            Assert.That(exception.Message, Does.StartWith("share-create accepts X-Auth-Email + X-Auth-Key; the client is configured with an API token"));
            Assert.That(exception.ToString(), Does.Not.Contain(Token));
        });
    }

    [Test]
    public void No_credentials_at_all_fail_before_anything_is_sent()
    {
        var client = CreateClient(ApiCredentials.None);

        var exception = Assert.ThrowsAsync<ApiCredentialsMismatchException>(() => client.Shares.GetAsync(AccountId, UnknownId));

        AssertNothingWasSent();
        Assert.That(exception!.Message, Does.Contain("configured with no credentials"));
    }

    [Test]
    public void SendUndeclaredCredentials_sends_the_token_and_the_server_enforcing_the_spec_refuses_it()
    {
        var client = CreateClient(ApiCredentials.ApiToken(Token), options => options.SendUndeclaredCredentials = true);

        var exception = Assert.ThrowsAsync<ApiException>(() => client.Shares.CreateAsync(AccountId, ShareRequest()));

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.PresentedApiToken(Token), Is.True, "the token was sent, as asked");
            Assert.That(exception!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(exception.Errors.Single().Message, Is.EqualTo("Authentication error: share-create needs X-Auth-Email + X-Auth-Key"));
        });
    }

    [Test]
    public void Email_and_key_are_what_every_operation_of_the_official_fragment_accepts()
    {
        var accepted = SharesGen.EndToEnd.Tests.Support.EveryOperation.Steps.Select(s => s.OperationId);

        Assert.That(Contoso.Cloudflare.SharesClientContract.Contract.Operations.Where(o => accepted.Contains(o.OperationId)).Select(o => string.Join(" | ", o.Security.Select(a => string.Join(" + ", a)))).Distinct(),
            Is.EqualTo(new[] { "X-Auth-Email + X-Auth-Key" }));
    }

    [Test]
    public async Task A_client_of_a_spec_that_declares_tokens_sends_one()
    {
        var sharing = new SharesGen.Testing.Profiles.ResourceSharingProfile();
        await using var server = await LoopbackApiServer.StartAsync(Contoso.Cloudflare.OwnRevision.OwnRevisionClientContract.Contract, sharing);
        sharing.RegisterAccount(AccountId, AccountName, OrganizationId);
        var client = new Contoso.Cloudflare.OwnRevision.OwnRevisionClient(Http, server.CreateClientOptions(ApiCredentials.ApiToken(Token)));

        await client.Shares.ListAsync(AccountId).ToListAsync();

        Assert.That(server.Exchanges.Single().Authentication, Is.EqualTo(AuthenticationKind.ApiToken));
    }
}

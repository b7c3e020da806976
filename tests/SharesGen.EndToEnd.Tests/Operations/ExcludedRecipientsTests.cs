using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;

namespace SharesGen.EndToEnd.Tests.Operations;

/// <summary>
/// <c>client.Shares.ExcludedRecipients</c>: share-excluded-recipients-list, share-excluded-recipient-create,
/// share-excluded-recipients-update (204), share-excluded-recipients-get-by-id, share-excluded-recipient-delete.
/// </summary>
public sealed class ExcludedRecipientsTests : LoopbackTest
{
    private const string ExcludedAccountId = "d8f9e0a1b2c3d4e5f6a7b8c9d0e1f2a3";
    private const string OtherExcludedAccountId = "c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9";

    [Test]
    public async Task List_GETs_the_excluded_recipients_page_by_page()
    {
        var share = await ArrangeShareAsync();
        await Client.Shares.ExcludedRecipients.UpdateAsync(AccountId, share.Id, [Excluded(ExcludedAccountId), Excluded(OtherExcludedAccountId)]);
        Server.ClearExchanges();

        var excluded = await Client.Shares.ExcludedRecipients.ListAsync(AccountId, share.Id, new SharesExcludedRecipientsListOptions { PerPage = 1 }).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Server.Exchanges.Select(e => e.PathAndQuery), Is.EqualTo(new[]
            {
                $"/client/v4/accounts/{AccountId}/shares/{share.Id}/excluded-recipients?per_page=1",
                $"/client/v4/accounts/{AccountId}/shares/{share.Id}/excluded-recipients?page=2&per_page=1",
            }));
            Assert.That(excluded.Select(e => e.AccountId), Is.EqualTo(new[] { ExcludedAccountId, OtherExcludedAccountId }));
            Assert.That(excluded.Select(e => e.Created), Is.All.EqualTo(Start));
        });
    }

    [Test]
    public async Task Create_POSTs_one_excluded_account_and_returns_201()
    {
        var share = await ArrangeShareAsync();

        var response = await Client.Shares.ExcludedRecipients.CreateAsync(AccountId, share.Id, Excluded(ExcludedAccountId)).WithResponseAsync();

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("POST"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/excluded-recipients"));
            Assert.That(exchange.RequestBody, Is.EqualTo($$"""{"account_id":"{{ExcludedAccountId}}"}"""));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Value.Id, Does.Match("^[0-9a-f]{32}$"));
            Assert.That(response.Value.AccountId, Is.EqualTo(ExcludedAccountId));
            Assert.That(response.Value.Created, Is.EqualTo(Start));
            Assert.That(response.Value.Modified, Is.EqualTo(Start));
        });
    }

    [Test]
    public async Task Update_PUTs_a_bare_array_and_the_204_has_no_body()
    {
        var share = await ArrangeShareAsync();

        var response = await Client.Shares.ExcludedRecipients.UpdateAsync(AccountId, share.Id, [Excluded(ExcludedAccountId), Excluded(OtherExcludedAccountId)]).WithResponseAsync();

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("PUT"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/excluded-recipients"));
            Assert.That(exchange.RequestBody, Is.EqualTo($$"""[{"account_id":"{{ExcludedAccountId}}"},{"account_id":"{{OtherExcludedAccountId}}"}]"""));
            Assert.That(exchange.ResponseBody, Is.Empty);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        });
    }

    [Test]
    public async Task Get_reads_one_excluded_recipient_by_id()
    {
        var share = await ArrangeShareAsync();
        var created = await Client.Shares.ExcludedRecipients.CreateAsync(AccountId, share.Id, Excluded(ExcludedAccountId));
        Server.ClearExchanges();

        var excluded = await Client.Shares.ExcludedRecipients.GetAsync(AccountId, share.Id, created.Id);

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("GET"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/excluded-recipients/{created.Id}"));
            Assert.That(excluded.Id, Is.EqualTo(created.Id));
            Assert.That(excluded.AccountId, Is.EqualTo(ExcludedAccountId));
        });
    }

    [Test]
    public async Task Delete_removes_the_excluded_recipient_and_returns_it()
    {
        var share = await ArrangeShareAsync();
        var created = await Client.Shares.ExcludedRecipients.CreateAsync(AccountId, share.Id, Excluded(ExcludedAccountId));
        Server.ClearExchanges();

        var deleted = await Client.Shares.ExcludedRecipients.DeleteAsync(AccountId, share.Id, created.Id);

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("DELETE"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/excluded-recipients/{created.Id}"));
            Assert.That(deleted.Id, Is.EqualTo(created.Id));
        });
        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.ExcludedRecipients.GetAsync(AccountId, share.Id, created.Id));
        Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static CreateShareExcludedRecipientRequest Excluded(string accountId) => new() { AccountId = accountId };
}

using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;
using SharesGen.Testing;

namespace SharesGen.EndToEnd.Tests.Operations;

/// <summary><c>client.Shares</c>: shares-list, share-create, shares-get-by-id, share-update, share-delete.</summary>
public sealed class SharesTests : LoopbackTest
{
    [Test]
    public async Task List_GETs_the_account_shares_with_no_query_and_types_every_item()
    {
        var first = await ArrangeShareAsync("First");
        var second = await ArrangeShareAsync("Second", recipientAccountId: null);

        var shares = await Client.Shares.ListAsync(AccountId).ToListAsync();

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("GET"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares"));
            Assert.That(exchange.RequestBody, Is.Empty);
            Assert.That(exchange.ContentType, Is.Null);
            Assert.That(exchange.PresentedGlobalApiKey(Email, Key), Is.True);
            Assert.That(shares.Select(s => s.Id), Is.EqualTo(new[] { first.Id, second.Id }));
            Assert.That(shares.Select(s => s.Name), Is.EqualTo(new[] { "First", "Second" }));
            Assert.That(shares.Select(s => s.Kind), Is.All.EqualTo(ShareKind.Sent));
            Assert.That(shares.Select(s => s.Resources), Is.All.Null, "resources only come with include_resources");
            Assert.That(shares.Select(s => s.AssociatedRecipientCount), Is.All.Null, "counts only come with include_recipient_counts");
        });
    }

    [Test]
    public async Task List_with_include_options_returns_resources_and_recipient_counts()
    {
        await ArrangeShareAsync();

        var share = (await Client.Shares.ListAsync(AccountId, new SharesListOptions { IncludeResources = true, IncludeRecipientCounts = true }).FirstPageAsync()).Items.Single();

        Assert.Multiple(() =>
        {
            Assert.That(SingleExchange().Query, Is.EqualTo("include_resources=true&include_recipient_counts=true"));
            Assert.That(share.Resources!.Single().ResourceType, Is.EqualTo(ResourceType.CustomRuleset));
            Assert.That(share.AssociatingRecipientCount, Is.EqualTo(1));
            Assert.That(share.AssociatedRecipientCount, Is.Zero);
        });
    }

    [Test]
    public async Task A_recipient_account_sees_the_share_as_received()
    {
        var share = await ArrangeShareAsync();

        var received = await Client.Shares.ListAsync(RecipientAccountId).ToListAsync();
        var read = await Client.Shares.GetAsync(RecipientAccountId, share.Id);

        Assert.Multiple(() =>
        {
            Assert.That(received.Single().Id, Is.EqualTo(share.Id));
            Assert.That(received.Single().Kind, Is.EqualTo(ShareKind.Received));
            Assert.That(read.Kind, Is.EqualTo(ShareKind.Received));
            Assert.That(read.AccountId, Is.EqualTo(AccountId));
        });
    }

    [Test]
    public async Task Create_POSTs_and_returns_201_with_the_share()
    {
        var response = await Client.Shares.CreateAsync(AccountId, ShareRequest("Created")).WithResponseAsync();

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("POST"));
            Assert.That(exchange.Path, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares"));
            Assert.That(exchange.RequestJson()!["name"]!.GetValue<string>(), Is.EqualTo("Created"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Value.Name, Is.EqualTo("Created"));
            Assert.That(Sharing.ShareCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Get_reads_one_share_by_id()
    {
        var created = await ArrangeShareAsync();

        var response = await Client.Shares.GetAsync(AccountId, created.Id).WithResponseAsync();

        var exchange = SingleExchange();
        var share = response.Value;
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("GET"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{created.Id}"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.RayId, Is.EqualTo(exchange.RayId));
            Assert.That(share.Id, Is.EqualTo(created.Id));
            Assert.That(share.Name, Is.EqualTo(created.Name));
            Assert.That(share.AccountName, Is.EqualTo(AccountName));
            Assert.That(share.OrganizationId, Is.EqualTo(OrganizationId));
            Assert.That(share.Status, Is.EqualTo(ShareStatus.Active));
            Assert.That(share.TargetType, Is.EqualTo(ShareTargetType.Account));
            Assert.That(share.Kind, Is.EqualTo(ShareKind.Sent));
            Assert.That(share.Created, Is.EqualTo(Start));
            Assert.That(share.Resources, Is.Null);
        });
    }

    [Test]
    public void Get_of_an_unknown_share_is_a_404_ApiException()
    {
        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.GetAsync(AccountId, UnknownId));

        Assert.Multiple(() =>
        {
            Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(exception.OperationId, Is.EqualTo("shares-get-by-id"));
            Assert.That(exception.Errors.Single().Code, Is.EqualTo(LoopbackErrorCodes.NotFound));
            Assert.That(SingleExchange().StatusCode, Is.EqualTo(404), "a 404 is not retried");
        });
    }

    [Test]
    public async Task Update_PUTs_the_new_name_and_the_share_keeps_it()
    {
        var created = await ArrangeShareAsync();
        var later = Clock.Advance(TimeSpan.FromMinutes(5));

        var updated = await Client.Shares.UpdateAsync(AccountId, created.Id, new UpdateShareRequest { Name = "Renamed" });

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("PUT"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{created.Id}"));
            Assert.That(exchange.RequestBody, Is.EqualTo("""{"name":"Renamed"}"""));
            Assert.That(exchange.StatusCode, Is.EqualTo(200));
            Assert.That(updated.Name, Is.EqualTo("Renamed"));
            Assert.That(updated.Created, Is.EqualTo(Start));
            Assert.That(updated.Modified, Is.EqualTo(later));
        });
        Assert.That((await Client.Shares.GetAsync(AccountId, created.Id)).Name, Is.EqualTo("Renamed"));
    }

    [Test]
    public async Task Delete_marks_the_share_deleting_until_its_recipients_are_disassociated()
    {
        var created = await ArrangeShareAsync();

        var deleted = await Client.Shares.DeleteAsync(AccountId, created.Id);

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("DELETE"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{created.Id}"));
            Assert.That(exchange.RequestBody, Is.Empty);
            Assert.That(deleted.Id, Is.EqualTo(created.Id));
            Assert.That(deleted.Status, Is.EqualTo(ShareStatus.Deleting));
        });

        var recipient = (await Client.Shares.Recipients.ListAsync(AccountId, created.Id).ToListAsync()).Single();
        Assert.That(recipient.AssociationStatus, Is.EqualTo(RecipientAssociationStatus.Disassociating));

        Sharing.Settle();
        Assert.That((await Client.Shares.GetAsync(AccountId, created.Id)).Status, Is.EqualTo(ShareStatus.Deleted));
        Assert.That((await Client.Shares.ListAsync(AccountId, new SharesListOptions { Status = ShareStatus.Active }).ToListAsync()), Is.Empty);
    }
}

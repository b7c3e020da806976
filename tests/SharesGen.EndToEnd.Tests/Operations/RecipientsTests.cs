using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;

namespace SharesGen.EndToEnd.Tests.Operations;

/// <summary>
/// <c>client.Shares.Recipients</c>: share-recipients-list, share-recipient-create, share-recipients-update (204),
/// share-recipients-get-by-id, share-recipient-delete.
/// </summary>
public sealed class RecipientsTests : LoopbackTest
{
    private const string SecondAccountId = "b7c9a0e8c2b4e6a0f1d3c5b7a9e1f3d5";
    private const string PartnerOrganizationId = "9e1f3d5b7c9a0e8c2b4e6a0f1d3c5b7a";

    [Test]
    public async Task List_GETs_the_recipients_with_their_association_state()
    {
        var share = await ArrangeShareAsync();
        Sharing.Settle();

        var page = await Client.Shares.Recipients.ListAsync(AccountId, share.Id, new SharesRecipientsListOptions { IncludeResources = true }).FirstPageAsync();

        var exchange = SingleExchange();
        var recipient = page.Items.Single();
        var resource = recipient.Resources!.Single();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("GET"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/recipients?include_resources=true"));
            Assert.That(recipient.Id, Does.Match("^[0-9a-f]{32}$"));
            Assert.That(recipient.AccountId, Is.EqualTo(RecipientAccountId));
            Assert.That(recipient.AssociationStatus, Is.EqualTo(RecipientAssociationStatus.Associated));
            Assert.That(recipient.Created, Is.EqualTo(Start));
            Assert.That(resource.ResourceId, Is.EqualTo(ResourceId));
            Assert.That(resource.ResourceVersion, Is.EqualTo(1));
            Assert.That(resource.Error, Is.Empty);
            Assert.That(resource.Terminal, Is.False);
            Assert.That(page.ResultInfo!.TotalCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Create_POSTs_one_recipient_and_returns_it_associating()
    {
        var share = await ArrangeShareAsync(recipientAccountId: null);

        var response = await Client.Shares.Recipients.CreateAsync(AccountId, share.Id, new CreateShareRecipientRequest { RecipientAccountId = SecondAccountId }).WithResponseAsync();

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("POST"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/recipients"));
            Assert.That(exchange.RequestBody, Is.EqualTo($$"""{"recipient_account_id":"{{SecondAccountId}}"}"""));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Value.AccountId, Is.EqualTo(SecondAccountId));
            Assert.That(response.Value.AssociationStatus, Is.EqualTo(RecipientAssociationStatus.Associating));
            Assert.That(response.Value.Resources, Is.Null);
        });
    }

    [Test]
    public async Task Update_PUTs_a_bare_array_and_the_204_has_no_body()
    {
        var share = await ArrangeShareAsync();

        var response = await Client.Shares.Recipients.UpdateAsync(AccountId, share.Id, [
            new CreateShareRecipientRequest { RecipientAccountId = SecondAccountId },
            new CreateShareRecipientRequest { OrganizationId = PartnerOrganizationId },
        ]).WithResponseAsync();

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("PUT"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/recipients"));
            Assert.That(exchange.StatusCode, Is.EqualTo(204));
            Assert.That(exchange.ResponseBody, Is.Empty);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(response.Success, Is.Null, "a 204 has no envelope");
        });
        JsonSemantics.AssertEquivalent(exchange.RequestJson(), $$"""
            [ { "recipient_account_id": "{{SecondAccountId}}" }, { "organization_id": "{{PartnerOrganizationId}}" } ]
            """);

        // As the spec says: new recipients are added, those no longer listed are marked for disassociation.
        var recipients = await Client.Shares.Recipients.ListAsync(AccountId, share.Id).ToListAsync();
        Assert.That(recipients.Where(r => r.AssociationStatus == RecipientAssociationStatus.Associating).Select(r => r.AccountId), Is.EquivalentTo(new[] { SecondAccountId, PartnerOrganizationId }));
        Assert.That(recipients.Where(r => r.AssociationStatus == RecipientAssociationStatus.Disassociating).Select(r => r.AccountId), Is.EqualTo(new[] { RecipientAccountId }));
    }

    [Test]
    public async Task UpdateAsync_without_response_completes_on_204()
    {
        var share = await ArrangeShareAsync();

        await Client.Shares.Recipients.UpdateAsync(AccountId, share.Id, []);

        Assert.That(SingleExchange().RequestBody, Is.EqualTo("[]"));
        var recipients = await Client.Shares.Recipients.ListAsync(AccountId, share.Id).ToListAsync();
        Assert.That(recipients.Select(r => r.AssociationStatus), Is.All.EqualTo(RecipientAssociationStatus.Disassociating), "listed until disassociated, as the spec says");
    }

    [Test]
    public async Task Get_reads_one_recipient_by_id()
    {
        var share = await ArrangeShareAsync();
        var recipientId = (await Client.Shares.Recipients.ListAsync(AccountId, share.Id).ToListAsync()).Single().Id;
        Server.ClearExchanges();

        var recipient = await Client.Shares.Recipients.GetAsync(AccountId, share.Id, recipientId);

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("GET"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/recipients/{recipientId}"));
            Assert.That(recipient.Id, Is.EqualTo(recipientId));
            Assert.That(recipient.AccountId, Is.EqualTo(RecipientAccountId));
            Assert.That(recipient.AssociationStatus, Is.EqualTo(RecipientAssociationStatus.Associating));
        });
    }

    [Test]
    public async Task Delete_returns_the_recipient_disassociating()
    {
        var share = await ArrangeShareAsync();
        var recipientId = (await Client.Shares.Recipients.ListAsync(AccountId, share.Id).ToListAsync()).Single().Id;
        Server.ClearExchanges();

        var recipient = await Client.Shares.Recipients.DeleteAsync(AccountId, share.Id, recipientId);

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("DELETE"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/recipients/{recipientId}"));
            Assert.That(recipient.AssociationStatus, Is.EqualTo(RecipientAssociationStatus.Disassociating));
        });
        Sharing.Settle();
        Assert.That((await Client.Shares.Recipients.GetAsync(AccountId, share.Id, recipientId)).AssociationStatus, Is.EqualTo(RecipientAssociationStatus.Disassociated));
    }

    [Test]
    public async Task Get_of_an_unknown_recipient_is_a_404()
    {
        var share = await ArrangeShareAsync();

        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.Recipients.GetAsync(AccountId, share.Id, UnknownId));

        Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(exception.Errors.Single().Message, Is.EqualTo("Recipient not found"));
    }
}

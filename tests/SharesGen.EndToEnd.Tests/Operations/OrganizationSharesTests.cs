using System.Linq;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;

namespace SharesGen.EndToEnd.Tests.Operations;

/// <summary><c>client.Organizations.Shares</c>: organization-shares-list.</summary>
public sealed class OrganizationSharesTests : LoopbackTest
{
    private const string PartnerAccountId = "5c7a9b1e4f6d8c0a2b4e6f8d0c1a2d3f";
    private const string PartnerOrganizationId = "8c0a2b4e6f8d0c1a2d3f5c7a9b1e4f6d";

    [Test]
    public async Task List_GETs_the_organization_shares_sent_and_received()
    {
        var sent = await ArrangeShareAsync("Sent by one of our accounts");
        Sharing.RegisterAccount(PartnerAccountId, "Account B", PartnerOrganizationId);
        var partner = CreateClient(EmailAndKey);
        var received = await partner.Shares.CreateAsync(PartnerAccountId, new CreateShareRequest
        {
            Name = "Org-wide Gateway policies",
            Recipients = [new CreateShareRecipientRequest { OrganizationId = OrganizationId }],
            Resources = [],
        });
        Server.ClearExchanges();

        var shares = await Client.Organizations.Shares.ListAsync(OrganizationId, new OrganizationsSharesListOptions { Order = ShareOrder.Name, Direction = ShareDirection.Desc }).ToListAsync();

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("GET"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/organizations/{OrganizationId}/shares?order=name&direction=desc"));
            Assert.That(shares.Select(s => s.Id), Is.EqualTo(new[] { sent.Id, received.Id }), "ordered by name, descending");
            Assert.That(shares.Select(s => s.Kind), Is.EqualTo(new ShareKind?[] { ShareKind.Sent, ShareKind.Received }));
            Assert.That(shares[1].TargetType, Is.EqualTo(ShareTargetType.Organization));
            Assert.That(shares[1].AccountName, Is.EqualTo("Account B"));
            Assert.That(shares[1].OrganizationId, Is.EqualTo(PartnerOrganizationId));
        });
    }

    [Test]
    public async Task List_filters_by_kind_and_target_type()
    {
        await ArrangeShareAsync();

        var page = await Client.Organizations.Shares.ListAsync(OrganizationId, new OrganizationsSharesListOptions { Kind = ShareKind.Received, TargetType = ShareTargetType.Organization }).FirstPageAsync();

        Assert.That(SingleExchange().Query, Is.EqualTo("kind=received&target_type=organization"));
        Assert.That(page.Items, Is.Empty);
        Assert.That(page.ResultInfo!.TotalCount, Is.Zero);
    }
}

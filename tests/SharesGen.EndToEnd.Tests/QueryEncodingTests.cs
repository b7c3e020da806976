using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;

namespace SharesGen.EndToEnd.Tests;

/// <summary>Query parameters on the wire: enums by wire value, booleans and integers in invariant form, arrays exploded.</summary>
public sealed class QueryEncodingTests : LoopbackTest
{
    [Test]
    public async Task Every_share_list_parameter_is_sent_as_the_spec_declares_it()
    {
        await Client.Shares.ListAsync(AccountId, new SharesListOptions { Status = ShareStatus.Active, Kind = ShareKind.Sent, TargetType = ShareTargetType.Account, ResourceTypes = [ResourceType.CustomRuleset, ResourceType.GatewayBlockPageSettings], Order = ShareOrder.Name, Direction = ShareDirection.Desc, Page = 1, PerPage = 100, IncludeResources = true, IncludeRecipientCounts = false, Tag = ["env=production", "team"] }).FirstPageAsync();

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.QueryValues("status"), Is.EqualTo(new[] { "active" }));
            Assert.That(exchange.QueryValues("kind"), Is.EqualTo(new[] { "sent" }));
            Assert.That(exchange.QueryValues("target_type"), Is.EqualTo(new[] { "account" }));
            Assert.That(exchange.QueryValues("resource_types"), Is.EqualTo(new[] { "custom-ruleset", "gateway-block-page-settings" }));
            Assert.That(exchange.QueryValues("order"), Is.EqualTo(new[] { "name" }));
            Assert.That(exchange.QueryValues("direction"), Is.EqualTo(new[] { "desc" }));
            Assert.That(exchange.QueryValues("page"), Is.EqualTo(new[] { "1" }));
            Assert.That(exchange.QueryValues("per_page"), Is.EqualTo(new[] { "100" }));
            Assert.That(exchange.QueryValues("include_resources"), Is.EqualTo(new[] { "true" }));
            Assert.That(exchange.QueryValues("include_recipient_counts"), Is.EqualTo(new[] { "false" }));
            Assert.That(exchange.QueryValues("tag"), Is.EqualTo(new[] { "env=production", "team" }));
            Assert.That(exchange.StatusCode, Is.EqualTo(200), "the server accepted every value");
        });
    }

    [Test]
    public async Task Arrays_are_exploded_into_repeated_keys_with_escaped_values()
    {
        await Client.Shares.ListAsync(AccountId, new SharesListOptions { ResourceTypes = [ResourceType.GatewayPolicy, ResourceType.IdpFederationGrant], Tag = ["env=production", "team"] }).FirstPageAsync();

        Assert.That(SingleExchange().Query, Is.EqualTo("resource_types=gateway-policy&resource_types=idp-federation-grant&tag=env%3Dproduction&tag=team"));
    }

    [Test]
    public async Task Tags_are_ANDed_by_the_server()
    {
        var both = Sharing.AddShare(AccountId, "Production, team-owned");
        var envOnly = Sharing.AddShare(AccountId, "Production only");
        Sharing.TagShare(both, "env", "production");
        Sharing.TagShare(both, "team");
        Sharing.TagShare(envOnly, "env", "production");

        var shares = await Client.Shares.ListAsync(AccountId, new SharesListOptions { Tag = ["env=production", "team"] }).ToListAsync();

        Assert.That(shares.Select(s => s.Id), Is.EqualTo(new[] { both }));
    }

    [Test]
    public async Task Resource_types_filter_keeps_shares_with_any_of_the_types()
    {
        var ruleset = Sharing.AddShare(AccountId, "Ruleset", "custom-ruleset");
        var policy = Sharing.AddShare(AccountId, "Policy", "gateway-policy");
        Sharing.AddShare(AccountId, "Grant", "idp-federation-grant");

        var shares = await Client.Shares.ListAsync(AccountId, new SharesListOptions { ResourceTypes = [ResourceType.CustomRuleset, ResourceType.GatewayPolicy] }).ToListAsync();

        Assert.That(shares.Select(s => s.Id), Is.EquivalentTo(new[] { ruleset, policy }));
    }

    [Test]
    public async Task Optional_parameters_left_unset_are_left_out()
    {
        var share = await ArrangeShareAsync();

        await Client.Shares.ListAsync(AccountId).FirstPageAsync();
        await Client.Organizations.Shares.ListAsync(OrganizationId).FirstPageAsync();
        await Client.Shares.Recipients.ListAsync(AccountId, share.Id).FirstPageAsync();
        await Client.Shares.Resources.ListAsync(AccountId, share.Id).FirstPageAsync();
        await Client.Shares.ExcludedRecipients.ListAsync(AccountId, share.Id).FirstPageAsync();
        await Client.Shares.ListAsync(AccountId, new SharesListOptions { ResourceTypes = [], Tag = [] }).FirstPageAsync();

        Assert.That(Server.Exchanges.Select(e => e.Query), Is.All.Empty);
        Assert.That(Server.Exchanges, Has.Count.EqualTo(6));
    }

    [Test]
    public async Task Paging_and_boolean_parameters_of_the_recipient_list()
    {
        var share = await ArrangeShareAsync();

        await Client.Shares.Recipients.ListAsync(AccountId, share.Id, new SharesRecipientsListOptions { Page = 3, PerPage = 7, IncludeResources = false }).FirstPageAsync();

        Assert.That(SingleExchange().Query, Is.EqualTo("include_resources=false&page=3&per_page=7"), "in the spec's order");
    }

    [Test]
    public void An_enum_value_the_spec_does_not_name_is_sent_as_is_and_the_server_rejects_it()
    {
        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.ListAsync(AccountId, new SharesListOptions { Status = new ShareStatus("archived") }).FirstPageAsync());

        Assert.Multiple(() =>
        {
            Assert.That(SingleExchange().Query, Is.EqualTo("status=archived"));
            Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(exception.Errors.Single().Message, Does.Contain("status"));
        });
    }
}

using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;

namespace SharesGen.EndToEnd.Tests.Operations;

/// <summary>
/// <c>client.Shares.Resources</c>: share-resources-list, share-resource-create, share-resources-get-by-id,
/// share-resource-update, share-resource-delete.
/// </summary>
public sealed class ResourcesTests : LoopbackTest
{
    private const string GrantId = "3a4b5c6d7e8f90a1b2c3d4e5f6071829";

    [Test]
    public async Task List_GETs_the_resources_filtered_by_status_and_type()
    {
        var share = await ArrangeShareAsync();
        await Client.Shares.Resources.CreateAsync(AccountId, share.Id, Grant());
        Server.ClearExchanges();

        var resources = await Client.Shares.Resources.ListAsync(AccountId, share.Id, new SharesResourcesListOptions { Status = ResourceStatus.Active, ResourceType = ResourceType.IdpFederationGrant }).ToListAsync();

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("GET"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/resources?status=active&resource_type=idp-federation-grant"));
            Assert.That(resources.Single().ResourceId, Is.EqualTo(GrantId));
            Assert.That(resources.Single().ResourceType, Is.EqualTo(ResourceType.IdpFederationGrant));
        });
    }

    [Test]
    public async Task Create_POSTs_a_resource_and_returns_it_active_at_version_1()
    {
        var share = await ArrangeShareAsync();

        var response = await Client.Shares.Resources.CreateAsync(AccountId, share.Id, Grant()).WithResponseAsync();

        var exchange = SingleExchange();
        var resource = response.Value;
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("POST"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/resources"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(resource.Id, Does.Match("^[0-9a-f]{32}$"));
            Assert.That(resource.ResourceId, Is.EqualTo(GrantId));
            Assert.That(resource.ResourceAccountId, Is.EqualTo(AccountId));
            Assert.That(resource.ResourceType, Is.EqualTo(ResourceType.IdpFederationGrant));
            Assert.That(resource.ResourceVersion, Is.EqualTo(1));
            Assert.That(resource.Status, Is.EqualTo(ResourceStatus.Active));
            Assert.That(resource.Meta.GetProperty("provider").GetString(), Is.EqualTo("okta"));
        });
        JsonSemantics.AssertEquivalent(exchange.RequestJson(), $$"""
            { "meta": { "provider": "okta" }, "resource_account_id": "{{AccountId}}", "resource_id": "{{GrantId}}", "resource_type": "idp-federation-grant" }
            """);
    }

    [Test]
    public async Task Get_reads_one_resource_by_id()
    {
        var share = await ArrangeShareAsync();
        var resourceId = share.Resources!.Single().Id;

        var resource = await Client.Shares.Resources.GetAsync(AccountId, share.Id, resourceId);

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("GET"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/resources/{resourceId}"));
            Assert.That(resource.Id, Is.EqualTo(resourceId));
            Assert.That(resource.ResourceType, Is.EqualTo(ResourceType.CustomRuleset));
        });
    }

    [Test]
    public async Task Update_PUTs_new_meta_and_bumps_the_resource_version()
    {
        var share = await ArrangeShareAsync();
        var resourceId = share.Resources!.Single().Id;
        var later = Clock.Advance(TimeSpan.FromHours(1));

        var resource = await Client.Shares.Resources.UpdateAsync(AccountId, share.Id, resourceId, new UpdateShareResourceRequest { Meta = Json("""{"description":"Allow-list for partner egress IPs"}""") });

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("PUT"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/resources/{resourceId}"));
            Assert.That(exchange.RequestBody, Is.EqualTo("""{"meta":{"description":"Allow-list for partner egress IPs"}}"""));
            Assert.That(resource.ResourceVersion, Is.EqualTo(2));
            Assert.That(resource.Modified, Is.EqualTo(later));
            Assert.That(resource.Meta.GetProperty("description").GetString(), Is.EqualTo("Allow-list for partner egress IPs"));
        });
    }

    [Test]
    public async Task Delete_returns_the_resource_deleting()
    {
        var share = await ArrangeShareAsync();
        var resourceId = share.Resources!.Single().Id;

        var resource = await Client.Shares.Resources.DeleteAsync(AccountId, share.Id, resourceId);

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("DELETE"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/{share.Id}/resources/{resourceId}"));
            Assert.That(resource.Status, Is.EqualTo(ResourceStatus.Deleting));
        });
        Sharing.Settle();
        var remaining = await Client.Shares.Resources.ListAsync(AccountId, share.Id, new SharesResourcesListOptions { Status = ResourceStatus.Deleted }).ToListAsync();
        Assert.That(remaining.Single().Id, Is.EqualTo(resourceId));
    }

    private static CreateShareResourceRequest Grant() => new()
    {
        Meta = Json("""{"provider":"okta"}"""),
        ResourceAccountId = AccountId,
        ResourceId = GrantId,
        ResourceType = ResourceType.IdpFederationGrant,
    };
}

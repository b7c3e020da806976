using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Cloudflare.ResourceSharing.Extended;
using NUnit.Framework;
using SharesGen.Testing;
using SharesGen.Testing.Profiles;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>
/// The server follows the spec it is given: a copy of the official fragment with one more operation (PATCH a share)
/// and one more enum value (<c>waf-custom-list</c>) works with no change to the kit, through the copy's generated client.
/// </summary>
public sealed class SpecChangeTests
{
    private const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";

    [Test]
    public async Task An_added_operation_and_an_added_enum_value_work_with_no_kit_change()
    {
        await using var server = await LoopbackApiServer.StartAsync(ExtendedSharingClientContract.Contract, new ResourceSharingProfile());
        using var http = new HttpClient();
        var client = new ExtendedSharingClient(http, server.CreateClientOptions());
        var share = await client.Shares.CreateAsync(AccountId, new CreateShareRequest { Name = "Before", Recipients = [], Resources = [] });

        var edited = await client.Shares.EditAsync(AccountId, share.Id, new UpdateShareRequest { Name = "After" });
        var resource = await client.Shares.Resources.CreateAsync(AccountId, share.Id, new CreateShareResourceRequest
        {
            ResourceId = "4814384a9e5d4991b9815dcfc25d2f1f",
            ResourceAccountId = AccountId,
            ResourceType = ResourceType.WafCustomList,
            Meta = JsonElement.Parse("{}"),
        });
        var filtered = await client.Shares.Resources.ListAsync(AccountId, share.Id, new SharesResourcesListOptions { ResourceType = ResourceType.WafCustomList }).ToListAsync();
        var read = await client.Shares.GetAsync(AccountId, share.Id);

        Assert.Multiple(() =>
        {
            Assert.That(edited.Name, Is.EqualTo("After"));
            Assert.That(read.Name, Is.EqualTo("After"));
            Assert.That(server.Exchanges.Select(e => e.OperationId), Does.Contain("share-edit"));
            Assert.That(resource.ResourceType, Is.EqualTo(ResourceType.WafCustomList));
            Assert.That(filtered.Select(r => r.Id), Is.EqualTo(new[] { resource.Id }));
        });
    }

    [Test]
    public async Task The_unchanged_spec_refuses_the_new_enum_value_and_has_no_such_operation()
    {
        await using var server = await LoopbackApiServer.StartAsync(Contoso.Cloudflare.SharesClientContract.Contract, new ResourceSharingProfile());
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Patch, new System.Uri(server.BaseAddress, $"accounts/{AccountId}/shares/3fd85f74b32742f1bff64a85009dda07"))
        {
            Content = new StringContent("""{"name":"After"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Auth-Email", LoopbackApiServer.DemoEmail);
        request.Headers.Add("X-Auth-Key", LoopbackApiServer.DemoApiKey);

        using var response = await http.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(405), "the official fragment has no PATCH: the server follows the spec it is given");
    }
}

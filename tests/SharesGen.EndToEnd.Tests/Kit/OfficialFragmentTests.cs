using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Testing;
using SharesGen.Testing.Profiles;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>
/// Cloudflare's official Resource Sharing fragment, unchanged, served statefully by the spec-driven server with the
/// Resource Sharing profile, through the client generated from the same file: create, list over several pages, read,
/// update, delete, and the nested recipients. The fragment has no examples and declares only X-Auth-Email + X-Auth-Key.
/// </summary>
public sealed class OfficialFragmentTests
{
    private const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
    private const string OrganizationId = "4e6f8d0c1a2d3f5c7a9b1e4f6d8c0a2b";
    private const string PartnerAccountId = "372e67954025e0ba6aaa6d586b9e0b59";

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private LoopbackApiServer _server = null!;
    private ResourceSharingProfile _sharing = null!;
    private HttpClient _http = null!;
    private SharesClient _client = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _sharing = new ResourceSharingProfile();
        _server = await LoopbackApiServer.StartAsync(new LoopbackApiServerOptions { Contract = SharesClientContract.Contract, Profile = _sharing, TimeProvider = _clock });
        _sharing.RegisterAccount(AccountId, "Account A", OrganizationId);
        _http = new HttpClient();
        _client = new SharesClient(_http, _server.CreateClientOptions());
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Create_list_over_pages_read_update_and_delete_a_share()
    {
        var created = await _client.Shares.CreateAsync(AccountId, Request("Share 0"));
        for (var i = 1; i < 5; i++)
        {
            await _client.Shares.CreateAsync(AccountId, Request("Share " + i));
        }

        var listed = await _client.Shares.ListAsync(AccountId, new SharesListOptions { PerPage = 2 }).ToListAsync();
        var read = await _client.Shares.GetAsync(AccountId, created.Id, new SharesGetOptions { IncludeResources = true });
        var renamed = await _client.Shares.UpdateAsync(AccountId, created.Id, new UpdateShareRequest { Name = "Renamed" });
        var deleted = await _client.Shares.DeleteAsync(AccountId, created.Id);
        _sharing.Settle();
        var settled = await _client.Shares.GetAsync(AccountId, created.Id);

        Assert.Multiple(() =>
        {
            Assert.That(created.Id, Has.Length.EqualTo(32));
            Assert.That((created.AccountId, created.AccountName, created.OrganizationId), Is.EqualTo((AccountId, "Account A", OrganizationId)));
            Assert.That(created.Status, Is.EqualTo(ShareStatus.Active));
            Assert.That(created.Resources!.Single().ResourceType, Is.EqualTo(ResourceType.CustomRuleset));
            Assert.That(listed.Select(s => s.Name), Is.EqualTo(Enumerable.Range(0, 5).Select(i => "Share " + i)), "three pages of two");
            Assert.That(_server.Exchanges.Count(e => e.OperationId == "shares-list"), Is.EqualTo(3));
            Assert.That(read.Resources!.Single().ResourceVersion, Is.EqualTo(1));
            Assert.That(read.Created, Is.EqualTo(created.Created), "made-up members stay as first shown");
            Assert.That(renamed.Name, Is.EqualTo("Renamed"));
            Assert.That(deleted.Status, Is.EqualTo(ShareStatus.Deleting), "deletion is not immediate, as the spec says");
            Assert.That(settled.Status, Is.EqualTo(ShareStatus.Deleted));
        });
    }

    [Test]
    public async Task Reading_an_item_changes_nothing()
    {
        var share = await _client.Shares.CreateAsync(AccountId, Request("Read twice"));
        var resource = share.Resources!.Single();
        _clock.Advance(TimeSpan.FromMinutes(5));

        var first = await _client.Shares.Resources.GetAsync(AccountId, share.Id, resource.Id);
        var second = await _client.Shares.Resources.GetAsync(AccountId, share.Id, resource.Id);
        var read = await _client.Shares.GetAsync(AccountId, share.Id);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { first.Modified, second.Modified }, Is.All.EqualTo(resource.Modified), "a GET is no update");
            Assert.That(new[] { first.ResourceVersion, second.ResourceVersion }, Is.All.EqualTo(1));
            Assert.That(read.Modified, Is.EqualTo(share.Modified));
        });
    }

    [Test]
    public async Task A_recipient_with_neither_id_is_the_callers_organization()
    {
        var share = await _client.Shares.CreateAsync(AccountId, new CreateShareRequest { Name = "Org-wide", Recipients = [new CreateShareRecipientRequest()], Resources = [] });

        var recipients = await _client.Shares.Recipients.ListAsync(AccountId, share.Id).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(share.TargetType, Is.EqualTo(ShareTargetType.Organization));
            Assert.That(recipients.Single().AccountId, Is.EqualTo(OrganizationId));
        });
    }

    [Test]
    public async Task Nested_recipients_are_created_read_and_deleted_under_their_share()
    {
        var share = await _client.Shares.CreateAsync(AccountId, Request("With recipients"));
        var added = await _client.Shares.Recipients.CreateAsync(AccountId, share.Id, new CreateShareRecipientRequest { RecipientAccountId = PartnerAccountId });

        var read = await _client.Shares.Recipients.GetAsync(AccountId, share.Id, added.Id);
        var deleted = await _client.Shares.Recipients.DeleteAsync(AccountId, share.Id, added.Id);
        var missing = Assert.ThrowsAsync<SharesGen.Runtime.ApiException>(() => _client.Shares.Recipients.GetAsync(AccountId, "0000000000000000000000000000dead", added.Id));

        Assert.Multiple(() =>
        {
            Assert.That(read.AccountId, Is.EqualTo(PartnerAccountId));
            Assert.That(read.AssociationStatus, Is.EqualTo(RecipientAssociationStatus.Associating));
            Assert.That(deleted.AssociationStatus, Is.EqualTo(RecipientAssociationStatus.Disassociating));
            Assert.That(missing!.Errors.Single().Message, Is.EqualTo("Share not found"), "the parent must exist");
        });
    }

    private static CreateShareRequest Request(string name)
        => new()
        {
            Name = name,
            Recipients = [],
            Resources =
            [
                new CreateShareResourceRequest
                {
                    ResourceId = "4814384a9e5d4991b9815dcfc25d2f1f",
                    ResourceAccountId = AccountId,
                    ResourceType = ResourceType.CustomRuleset,
                    Meta = JsonElement.Parse("{}"),
                },
            ],
        };
}

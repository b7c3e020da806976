using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Cloudflare.Lists;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Testing;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>
/// Cloudflare Lists, cut from the 2023 whole-API file, served by the same server with no profile and no code that
/// names a list: lists, the items nested in them (created in bulk, replaced by a collection PUT, removed by a
/// collection DELETE, listed with cursors), and the bulk operations the item changes hand out ids for.
/// </summary>
public sealed class ListsTests
{
    private const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";

    private LoopbackApiServer _server = null!;
    private HttpClient _http = null!;
    private ListsClient _client = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _server = await LoopbackApiServer.StartAsync(new LoopbackApiServerOptions { Contract = ListsClientContract.Contract, DefaultPageSize = 2 });
        _http = new HttpClient();
        _client = new ListsClient(_http, _server.CreateClientOptions());
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Create_list_read_update_and_delete_a_list()
    {
        var created = await _client.Rules.Lists.CreateAsync(AccountId, new CreateListRequest { Name = "blocked_ips", Kind = Kind.Ip, Description = "Blocked" });
        await _client.Rules.Lists.CreateAsync(AccountId, new CreateListRequest { Name = "allowed_ips", Kind = Kind.Ip });

        var all = await _client.Rules.Lists.ListAsync(AccountId);
        var read = await _client.Rules.Lists.GetAsync(AccountId, created.Id!);
        var updated = await _client.Rules.Lists.UpdateAsync(AccountId, created.Id!, new UpdateListRequest { Description = "Still blocked" });
        var deleted = await _client.Rules.Lists.DeleteAsync(AccountId, created.Id!, JsonElement.Parse("{}"));
        var gone = Assert.ThrowsAsync<SharesGen.Runtime.ApiException>(() => _client.Rules.Lists.GetAsync(AccountId, created.Id!));

        Assert.Multiple(() =>
        {
            Assert.That(created.Id, Has.Length.EqualTo(32), "the id fits list_id: 32 characters");
            Assert.That(all.Select(l => l.Name), Is.EqualTo(new[] { "blocked_ips", "allowed_ips" }));
            Assert.That((read.Name, read.Kind, read.Description), Is.EqualTo(("blocked_ips", (Kind?)Kind.Ip, "Blocked")));
            Assert.That(updated.Description, Is.EqualTo("Still blocked"));
            Assert.That(deleted.Id, Is.EqualTo(created.Id));
            Assert.That(gone!.Errors.Single().Message, Is.EqualTo("List not found"));
        });
    }

    [Test]
    public async Task Items_nest_in_their_list_and_page_with_cursors()
    {
        var list = await _client.Rules.Lists.CreateAsync(AccountId, new CreateListRequest { Name = "ips", Kind = Kind.Ip });
        var operation = await _client.Rules.Lists.Items.CreateAsync(AccountId, list.Id!, Enumerable.Range(1, 5).Select(i => new CreateItemRequest { Ip = "192.0.2." + i, Comment = "host " + i }).ToList());
        var status = await _client.Rules.Lists.BulkOperations.GetAsync(AccountId, operation.OperationId!);

        // Two per page (DefaultPageSize): the cursor the server hands out leads to the next page.
        var ips = new System.Collections.Generic.List<string?>();
        string? cursor = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await _client.Rules.Lists.Items.ListAsync(AccountId, list.Id!, new RulesListsItemsListOptions { Cursor = cursor }).FirstPageAsync();
            ips.AddRange(page.Items.Select(i => i.Ip));
            cursor = _server.LastExchange!.ResponseJson()!["result_info"]!["cursors"]!["after"]?.GetValue<string>();
            if (cursor is null)
            {
                break;
            }
        }

        var first = (await _client.Rules.Lists.Items.ListAsync(AccountId, list.Id!).FirstPageAsync()).Items[0];
        var read = await _client.Rules.Lists.Items.GetAsync(AccountId, list.Id!, first.Id!);
        await _client.Rules.Lists.Items.DeleteAllAsync(AccountId, list.Id!, new DeleteAllItemRequest { Items = [new DeleteAllItemRequestItem { Id = first.Id }] });
        var afterDelete = _server.Resources.Items($"/accounts/{AccountId}/rules/lists/{list.Id}/items").Count;
        await _client.Rules.Lists.Items.UpdateAsync(AccountId, list.Id!, [new CreateItemRequest { Ip = "198.51.100.1" }]);
        var replaced = await _client.Rules.Lists.Items.ListAsync(AccountId, list.Id!).FirstPageAsync();

        Assert.Multiple(() =>
        {
            Assert.That(status.Id, Is.EqualTo(operation.OperationId), "the operation id handed out is readable");
            Assert.That(ips, Is.EqualTo(Enumerable.Range(1, 5).Select(i => "192.0.2." + i)), "three pages of two");
            Assert.That((read.Ip, read.Comment), Is.EqualTo(("192.0.2.1", "host 1")));
            Assert.That(afterDelete, Is.EqualTo(4));
            Assert.That(replaced.Items.Select(i => i.Ip), Is.EqualTo(new[] { "198.51.100.1" }), "a collection PUT replaces every item");
            Assert.That(_server.Exchanges.Where(e => e.StatusCode != 200).Select(e => e + " " + e.ResponseBody), Is.Empty);
        });
    }

    [Test]
    public async Task Items_of_a_list_that_does_not_exist_are_a_404()
    {
        var exception = Assert.ThrowsAsync<SharesGen.Runtime.ApiException>(() => _client.Rules.Lists.Items.ListAsync(AccountId, "2c0fc9fa937b11eaa1b71c4d701ab86e").FirstPageAsync());

        Assert.That(exception!.Errors.Single().Message, Is.EqualTo("List not found"));
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;

namespace SharesGen.EndToEnd.Tests;

/// <summary>ListAsync walks <c>result_info</c> lazily, item by item or, with AsPages(), page by page with its <c>result_info</c>.</summary>
public sealed class PagingTests : LoopbackTest
{
    [Test]
    public async Task ListAsync_fetches_each_page_only_when_the_previous_one_is_used_up()
    {
        var ids = SeedShares(5);
        var fetched = new List<string>();

        await using (var items = Client.Shares.ListAsync(AccountId, new SharesListOptions { PerPage = 2 }).GetAsyncEnumerator())
        {
            Assert.That(Server.Exchanges, Is.Empty, "nothing is fetched before enumeration starts");
            while (await items.MoveNextAsync())
            {
                fetched.Add(items.Current.Id);
                Assert.That(Server.Exchanges, Has.Count.EqualTo(((fetched.Count - 1) / 2) + 1), $"after item {fetched.Count}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(fetched, Is.EqualTo(ids));
            Assert.That(Server.Exchanges.Select(e => e.Query), Is.EqualTo(new[] { "per_page=2", "page=2&per_page=2", "page=3&per_page=2" }));
        });
    }

    [Test]
    public async Task ListAsync_stops_on_the_last_page_without_asking_for_another()
    {
        SeedShares(4);

        var shares = await Client.Shares.ListAsync(AccountId, new SharesListOptions { PerPage = 2 }).ToListAsync();

        Assert.That(shares, Has.Count.EqualTo(4));
        Assert.That(Server.Exchanges.Select(e => e.Query), Is.EqualTo(new[] { "per_page=2", "page=2&per_page=2" }));
    }

    [Test]
    public async Task ListAsync_stops_fetching_when_the_caller_stops_enumerating()
    {
        SeedShares(6);

        var firstThree = await Client.Shares.ListAsync(AccountId, new SharesListOptions { PerPage = 2 }).Take(3).ToListAsync();

        Assert.That(firstThree, Has.Count.EqualTo(3));
        Assert.That(Server.Exchanges, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task ListAsync_without_page_or_per_page_gets_the_unpaginated_list_in_one_request()
    {
        SeedShares(25);

        var shares = await Client.Shares.ListAsync(AccountId).ToListAsync();

        Assert.That(shares, Has.Count.EqualTo(25), "more than the default page size of 20: the list was not paginated");
        Assert.That(SingleExchange().Query, Is.Empty);
    }

    [Test]
    public async Task ListAsync_from_a_start_page_walks_the_pages_after_it()
    {
        var ids = SeedShares(5);

        var shares = await Client.Shares.ListAsync(AccountId, new SharesListOptions { Page = 2, PerPage = 2 }).ToListAsync();

        Assert.That(shares.Select(s => s.Id), Is.EqualTo(ids.Skip(2)));
        Assert.That(Server.Exchanges.Select(e => e.Query), Is.EqualTo(new[] { "page=2&per_page=2", "page=3&per_page=2" }));
    }

    [Test]
    public async Task AsPages_gives_one_page_with_its_result_info()
    {
        var ids = SeedShares(5);

        var page = await Client.Shares.ListAsync(AccountId, new SharesListOptions { Page = 2, PerPage = 2 }).FirstPageAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(s => s.Id), Is.EqualTo(ids.Skip(2).Take(2)));
            Assert.That(page.ResultInfo!.Page, Is.EqualTo(2));
            Assert.That(page.ResultInfo.PerPage, Is.EqualTo(2));
            Assert.That(page.ResultInfo.Count, Is.EqualTo(2));
            Assert.That(page.ResultInfo.TotalCount, Is.EqualTo(5));
            Assert.That(page.ResultInfo.TotalPages, Is.EqualTo(3));
            Assert.That(page.Response.ResultInfo, Is.SameAs(page.ResultInfo));
            Assert.That(SingleExchange().Query, Is.EqualTo("page=2&per_page=2"));
        });
    }

    [Test]
    public async Task AsPages_past_the_last_page_is_empty()
    {
        SeedShares(2);

        var page = await Client.Shares.ListAsync(AccountId, new SharesListOptions { Page = 3, PerPage = 2 }).FirstPageAsync();

        Assert.That(page.Items, Is.Empty);
        Assert.That(page.ResultInfo!.TotalPages, Is.EqualTo(1));
    }

    [Test]
    public async Task Resource_lists_page_with_the_default_size_when_per_page_is_omitted()
    {
        var share = await ArrangeShareAsync();
        for (var i = 0; i < 21; i++)
        {
            await Client.Shares.Resources.CreateAsync(AccountId, share.Id, new CreateShareResourceRequest
            {
                Meta = Json("{}"),
                ResourceAccountId = AccountId,
                ResourceId = $"{i:x32}",
                ResourceType = ResourceType.GatewayPolicy,
            });
        }

        Server.ClearExchanges();

        var resources = await Client.Shares.Resources.ListAsync(AccountId, share.Id).ToListAsync();

        Assert.That(resources, Has.Count.EqualTo(22));
        Assert.That(Server.Exchanges.Select(e => e.Query), Is.EqualTo(new[] { string.Empty, "page=2" }));
    }

    /// <summary>Seeds shares straight into the server (no exchanges), each a second after the last; returns their ids in order.</summary>
    private List<string> SeedShares(int count)
    {
        var ids = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            ids.Add(Sharing.AddShare(AccountId, $"Share {i:00}"));
            Clock.Advance(System.TimeSpan.FromSeconds(1));
        }

        return ids;
    }
}

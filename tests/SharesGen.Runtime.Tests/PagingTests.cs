using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests;

public class PagingTests
{
    private static async Task<Page<JsonElement>> PageFrom(string body)
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, body);
        var pipeline = new ApiPipeline(new HttpClient(stub), new ApiClientOptions { BaseAddress = new("https://api.example.test/"), Credentials = ApiCredentials.ApiToken("t") }, null);
        var response = await pipeline.SendForList(new ApiRequest("GET", "list", ApiSecurity.Undeclared, "/list"), JsonMetadataServices.JsonElementConverter, null, CancellationToken.None).WithResponseAsync();
        return new Page<JsonElement>(response);
    }

    [Test]
    public async Task Walks_every_page_lazily_and_stops_on_the_last()
    {
        var bodies = new Dictionary<int, string>
        {
            [1] = Envelopes.List(1, 3, "a", "b"),
            [2] = Envelopes.List(2, 3, "c", "d"),
            [3] = Envelopes.List(3, 3, "e"),
        };
        var requested = new List<long?>();
        var items = AsyncPageable.ByPageNumber<JsonElement>((page, _) =>
        {
            requested.Add(page);
            return PageFrom(bodies[(int)(page ?? 1)]);
        }, null, followPages: true, default);

        var first = await items.Take(1).ToListAsync();
        Assert.That(requested, Is.EqualTo(new long?[] { null }), "the second page was fetched before it was needed");

        requested.Clear();
        var all = await items.Select(e => e.GetProperty("id").GetString()).ToListAsync();
        Assert.That(all, Is.EqualTo(new[] { "a", "b", "c", "d", "e" }));
        Assert.That(requested, Is.EqualTo(new long?[] { null, 2, 3 }));
    }

    [Test]
    public async Task Stops_on_an_empty_page()
    {
        var page = await PageFrom(Envelopes.List(4, 9));
        Assert.That(AsyncPageable.NextPage(page, 4), Is.Null);
    }

    [Test]
    public async Task Stops_after_an_unpaginated_response()
    {
        var page = await PageFrom("""{"success":true,"errors":[],"result":[{"id":"a"}]}""");
        Assert.That(AsyncPageable.NextPage(page, null), Is.Null);
    }

    [Test]
    public async Task Uses_total_count_when_total_pages_is_absent_and_a_short_page_otherwise()
    {
        var byCount = await PageFrom("""{"success":true,"errors":[],"result":[{"id":"a"},{"id":"b"}],"result_info":{"page":1,"per_page":2,"total_count":3}}""");
        Assert.That(AsyncPageable.NextPage(byCount, 1), Is.EqualTo(2));

        var lastByCount = await PageFrom("""{"success":true,"errors":[],"result":[{"id":"c"}],"result_info":{"page":2,"per_page":2,"total_count":3}}""");
        Assert.That(AsyncPageable.NextPage(lastByCount, 2), Is.Null);

        var shortPage = await PageFrom("""{"success":true,"errors":[],"result":[{"id":"c"}],"result_info":{"page":5,"per_page":2}}""");
        Assert.That(AsyncPageable.NextPage(shortPage, 5), Is.Null);

        var fullPage = await PageFrom("""{"success":true,"errors":[],"result":[{"id":"c"},{"id":"d"}],"result_info":{"page":5,"per_page":2}}""");
        Assert.That(AsyncPageable.NextPage(fullPage, 5), Is.EqualTo(6));
    }

    [Test]
    public async Task A_server_that_answers_page_1_when_asked_for_page_2_fails_the_walk_before_any_item_repeats()
    {
        var fetches = 0;
        var yielded = new List<string?>();
        var exception = Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (var item in AsyncPageable.ByPageNumber<JsonElement>((_, _) =>
            {
                fetches++;
                return PageFrom(Envelopes.List(1, 5, "a", "b"));
            }, null, followPages: true, default))
            {
                yielded.Add(item.GetProperty("id").GetString());
                Assert.That(yielded, Has.Count.LessThanOrEqualTo(20), "the walk does not end");
            }
        });

        Assert.That(yielded, Is.EqualTo(new[] { "a", "b" }), "no item may be yielded twice");
        Assert.That(fetches, Is.EqualTo(2));
        Assert.That(exception!.Message, Does.Contain("page=2").And.Contain("ignores the page parameter"));
    }

    [Test]
    public async Task A_server_that_repeats_a_page_without_saying_which_it_is_fails_the_walk_before_any_item_repeats()
    {
        // No result_info.page: only the repeated items show the page parameter was ignored.
        const string Body = """{"success":true,"errors":[],"messages":[],"result":[{"id":"a"},{"id":"b"}],"result_info":{"per_page":2,"total_pages":5}}""";
        var yielded = new List<string?>();
        Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (var item in AsyncPageable.ByPageNumber((_, _) => PageFrom(Body), null, followPages: true, default))
            {
                yielded.Add(item.GetProperty("id").GetString());
                Assert.That(yielded, Has.Count.LessThanOrEqualTo(20), "the walk does not end");
            }
        });

        Assert.That(yielded, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void A_start_page_the_server_ignores_fails_before_anything_is_yielded()
    {
        var items = AsyncPageable.ByPageNumber((_, _) => PageFrom(Envelopes.List(1, 5, "a", "b")), startPage: 3, followPages: true, default);
        Assert.ThrowsAsync<ApiException>(async () => await items.Take(20).ToListAsync());
    }

    [TestCase("2.5")]
    [TestCase("9223372036854775807")]
    [TestCase("0")]
    public async Task A_page_number_that_cannot_be_asked_for_ends_the_walk(string page)
    {
        var fetches = 0;
        var items = await AsyncPageable.ByPageNumber<JsonElement>((_, _) =>
        {
            fetches++;
            return PageFrom("{\"success\":true,\"result\":[{\"id\":\"a\"}],\"result_info\":{\"page\":" + page + ",\"per_page\":1,\"total_pages\":9e9}}");
        }, null, followPages: true, default).ToListAsync();

        Assert.That(items, Has.Count.EqualTo(1));
        Assert.That(fetches, Is.EqualTo(1));
    }

    [Test]
    public async Task Without_a_way_to_ask_for_pages_the_first_page_is_all()
    {
        var fetches = 0;
        var items = await AsyncPageable.ByPageNumber<JsonElement>((_, _) =>
        {
            fetches++;
            return PageFrom(Envelopes.List(1, 5, "a", "b"));
        }, null, followPages: false, default).ToListAsync();

        Assert.That(items, Has.Count.EqualTo(2));
        Assert.That(fetches, Is.EqualTo(1));
    }
}

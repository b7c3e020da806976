using System;
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

/// <summary>A list operation's pageable: lazy, page by page, and cancelled by either token.</summary>
public class AsyncPageableTests
{
    private static (ApiPipeline Pipeline, StubHandler Stub) Create() => StubHandler.Pipeline(ApiCredentials.ApiToken("pageable-test-token"), o => o.Retry.MaxRetries = 0);

    private static AsyncPageable<JsonElement> List(ApiPipeline pipeline, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest("GET", "shares-list", ApiSecurity.BearerToken, "/accounts/{account_id}/shares").PathValue("a1");
        request.AddQuery("page", (long?)null);
        request.AddQuery("per_page", 2);
        return pipeline.SendForPages(request, JsonMetadataServices.JsonElementConverter, "page", null, cancellationToken);
    }

    [Test]
    public async Task Nothing_is_sent_until_it_is_enumerated_and_each_page_is_fetched_when_needed()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.OK, Envelopes.List(1, 2, "a", "b")).Respond(HttpStatusCode.OK, Envelopes.List(2, 2, "c"));

        var list = List(pipeline);
        Assert.That(stub.Requests, Is.Empty);

        await using var items = list.GetAsyncEnumerator();
        Assert.That(await items.MoveNextAsync(), Is.True);
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
        Assert.That(await items.MoveNextAsync() && await items.MoveNextAsync(), Is.True);
        Assert.That(items.Current.GetProperty("id").GetString(), Is.EqualTo("c"));
        Assert.That(stub.Requests.Select(r => r.Uri.PathAndQuery), Is.EqualTo(new[] { "/client/v4/accounts/a1/shares?per_page=2", "/client/v4/accounts/a1/shares?page=2&per_page=2" }));
    }

    [Test]
    public async Task AsPages_walks_the_pages_with_their_result_info_and_responses()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.OK, Envelopes.List(1, 2, "a", "b")).Respond(HttpStatusCode.OK, Envelopes.List(2, 2, "c"));

        var pages = await List(pipeline).AsPages().ToListAsync();

        Assert.That(pages.Select(p => p.ResultInfo!.Page), Is.EqualTo(new double?[] { 1, 2 }));
        Assert.That(pages.Select(p => p.Items.Count), Is.EqualTo(new[] { 2, 1 }));
        Assert.That(pages.All(p => p.Response.StatusCode == HttpStatusCode.OK), Is.True);
    }

    [Test]
    public void The_methods_token_cancels_the_walk_before_anything_is_sent()
    {
        var (pipeline, stub) = Create();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(async () => await List(pipeline, cancelled.Token).ToListAsync(), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void The_enumerations_token_cancels_the_walk_too()
    {
        var (pipeline, stub) = Create();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(async () =>
        {
            await foreach (var page in List(pipeline).AsPages().WithCancellation(cancelled.Token))
            {
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(async () => await List(pipeline).ToListAsync(cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void Cancelling_between_pages_stops_before_the_next_page_is_asked_for()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.OK, Envelopes.List(1, 3, "a", "b"));
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string?>();

        Assert.That(async () =>
        {
            await foreach (var item in List(pipeline, cancellation.Token))
            {
                seen.Add(item.GetProperty("id").GetString());
                cancellation.Cancel();
            }
        }, Throws.InstanceOf<OperationCanceledException>());

        Assert.That(seen, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_test_doubles_give_their_pages_and_items_in_order()
    {
        var pages = AsyncPageable.FromPages(new[]
        {
            new Page<string>(new[] { "a", "b" }, new ResultInfo { Page = 1, TotalPages = 2 }),
            new Page<string>(new[] { "c" }, new ResultInfo { Page = 2, TotalPages = 2 }),
        });

        Assert.That(await pages.ToListAsync(), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That((await pages.AsPages().ToListAsync()).Select(p => p.ResultInfo!.Page), Is.EqualTo(new double?[] { 1, 2 }));
        Assert.That(await AsyncPageable.FromItems(new[] { 1, 2 }).ToListAsync(), Is.EqualTo(new[] { 1, 2 }));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(async () => await pages.ToListAsync(cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}

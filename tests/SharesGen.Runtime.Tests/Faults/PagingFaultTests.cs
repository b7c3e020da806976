using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests.Faults;

/// <summary>
/// Issue 13 on raw sockets: a server that ignores <c>?page=</c> cannot make a list walk yield an item twice or
/// loop: it is detected before the repeated page is yielded, whether the server reports its page or not.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class PagingFaultTests
{
    [TestCase("\"page\":1,\"per_page\":2,\"total_pages\":5", TestName = "The server reports page 1 whatever was asked")]
    [TestCase("\"per_page\":2,\"total_pages\":5", TestName = "The server reports no page number")]
    [TestCase("\"per_page\":2,\"total_count\":10", TestName = "The server reports only a total count")]
    public async Task A_server_that_ignores_the_page_parameter_yields_no_duplicates_and_ends(string resultInfo)
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(MisbehavingServer.Response(200, "{\"success\":true,\"errors\":[],\"result\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"result_info\":{" + resultInfo + "}}"));
        var pipeline = new ApiPipeline(new ApiClientOptions { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.None, Retry = { MaxRetries = 0 } }, null);
        var yielded = new List<string?>();

        var exception = Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (var share in List(pipeline))
            {
                yielded.Add(share.GetProperty("id").GetString());
                if (yielded.Count > 20)
                {
                    Assert.Fail("The walk does not end: " + string.Join(",", yielded));
                }
            }
        });

        Assert.That(yielded, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(server.Received.Select(r => r.Target), Is.EqualTo(new[] { "/client/v4/accounts/a1/shares", "/client/v4/accounts/a1/shares?page=2" }));
        Assert.That(exception!.Message, Does.Contain("ignores the page parameter"));
    }

    [Test]
    public async Task A_server_that_honours_the_page_parameter_is_walked_to_the_end()
    {
        await using var server = new MisbehavingServer();
        server.Respond(200, Body(1, "a", "b")).Respond(200, Body(2, "c", "d")).Respond(200, Body(3, "e"));
        var pipeline = new ApiPipeline(new ApiClientOptions { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.None, Retry = { MaxRetries = 0 } }, null);

        var items = await List(pipeline).Select(e => e.GetProperty("id").GetString()).ToListAsync();

        Assert.That(items, Is.EqualTo(new[] { "a", "b", "c", "d", "e" }));
    }

    private static string Body(int page, params string[] ids)
        => "{\"success\":true,\"result\":[" + string.Join(",", ids.Select(id => "{\"id\":\"" + id + "\"}")) + "],\"result_info\":{\"page\":" + page + ",\"per_page\":2,\"total_pages\":3}}";

    private static AsyncPageable<JsonElement> List(ApiPipeline pipeline)
        => pipeline.SendForPages(new ApiRequest("GET", "shares-list", ApiSecurity.Undeclared, "/accounts/a1/shares"), JsonMetadataServices.JsonElementConverter, "page", null, CancellationToken.None);
}

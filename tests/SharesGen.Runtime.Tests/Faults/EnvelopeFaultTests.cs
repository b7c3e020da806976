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
/// The envelope as a hostile or sloppy server writes it, on raw sockets: numbers the spec types as
/// <c>number</c> (issue 9 item 6), a member given twice, and <c>result: null</c> on a list (issue 13).
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class EnvelopeFaultTests
{
    [TestCase("20", 20d)]
    [TestCase("20.0", 20d)]
    [TestCase("2e1", 20d)]
    [TestCase("2E+1", 20d)]
    [TestCase("20.5", 20.5)]
    [TestCase("5000000000", 5e9)]
    [TestCase("-1", -1d)]
    [TestCase("1e300", 1e300)]
    public async Task Result_info_numbers_read_as_sent_without_truncation_or_throwing(string number, double expected)
    {
        var body = "{\"success\":true,\"errors\":[],\"result\":[{\"id\":\"a\"}],\"result_info\":{\"page\":" + number + ",\"per_page\":" + number + ",\"count\":" + number
                   + ",\"total_count\":" + number + ",\"total_pages\":" + number + "}}";

        var info = (await List(body)).ResultInfo!;

        Assert.That(new[] { info.Page, info.PerPage, info.Count, info.TotalCount, info.TotalPages }, Is.All.EqualTo(expected));
    }

    [TestCase("\"2\"")]
    [TestCase("null")]
    [TestCase("true")]
    [TestCase("{}")]
    [TestCase("[1]")]
    [TestCase("1e400")]
    public async Task A_result_info_member_that_is_not_a_finite_number_reads_as_null(string value)
    {
        var info = (await List("{\"success\":true,\"result\":[],\"result_info\":{\"page\":" + value + ",\"total_pages\":3}}")).ResultInfo!;

        Assert.That(info.Page, Is.Null);
        Assert.That(info.TotalPages, Is.EqualTo(3));
    }

    [TestCase("""{"success":false,"success":true,"errors":[],"result":{"id":"a"}}""", "success")]
    [TestCase("""{"success":true,"success":false,"errors":[],"result":{"id":"a"}}""", "success")]
    [TestCase("""{"success":true,"errors":[{"code":1,"message":"x"}],"errors":[],"result":{"id":"a"}}""", "errors")]
    [TestCase("""{"success":true,"errors":[],"result":{"id":"evil"},"result":{"id":"a"}}""", "result")]
    [TestCase("""{"success":true,"errors":[],"messages":[],"messages":[],"result":{"id":"a"}}""", "messages")]
    [TestCase("""{"success":true,"result":{"id":"a"},"result_info":{},"result_info":{}}""", "result_info")]
    [TestCase("""{"success":true,"result":{"id":"a"},"result_info":{"page":1,"page":2}}""", "page")]
    public async Task A_member_given_twice_makes_the_envelope_malformed_not_last_one_wins(string body, string member)
    {
        var exception = await Fail(200, body, list: false);

        Assert.That(exception.Message, Does.Contain("not the expected JSON").And.Contain("'" + member + "' twice"));
    }

    [TestCase("""{"success":true,"errors":[],"result":null,"result_info":{"page":1,"total_pages":1}}""")]
    [TestCase("""{"success":true,"errors":[]}""")]
    public async Task A_list_whose_result_is_null_or_missing_is_an_error_not_an_empty_list(string body)
    {
        var exception = await Fail(200, body, list: true);

        Assert.That(exception.Message, Does.Contain("no result"));
    }

    [Test]
    public async Task An_empty_list_is_still_an_empty_list()
    {
        var page = await List("""{"success":true,"errors":[],"result":[],"result_info":{"page":1,"total_pages":1}}""");
        Assert.That(page.Value, Is.Empty);
    }

    [TestCase("""{"success":true,"result":{"id":"a"}""")]
    [TestCase("""{"success":true,"result":{"id":"a"}} trailing""")]
    [TestCase("""[{"id":"a"}]""")]
    public async Task A_body_that_is_not_one_complete_envelope_is_malformed(string body)
    {
        var exception = await Fail(200, body, list: false);
        Assert.That(exception.Message, Does.Contain("not the expected JSON"));
    }

    private static async Task<ApiResponse<IReadOnlyList<JsonElement>>> List(string body)
    {
        await using var server = new MisbehavingServer();
        server.Respond(200, body);
        return await Pipeline(server).SendForList(Request(), JsonMetadataServices.JsonElementConverter, null, CancellationToken.None).WithResponseAsync();
    }

    private static async Task<ApiException> Fail(int status, string body, bool list)
    {
        await using var server = new MisbehavingServer();
        server.Respond(status, body);
        try
        {
            if (list)
            {
                await Pipeline(server).SendForList(Request(), JsonMetadataServices.JsonElementConverter, null, CancellationToken.None).WithResponseAsync();
            }
            else
            {
                await Pipeline(server).Send(Request(), JsonMetadataServices.JsonElementConverter, null, CancellationToken.None).WithResponseAsync();
            }
        }
        catch (ApiException exception)
        {
            return exception;
        }

        Assert.Fail("Expected ApiException.");
        return null!;
    }

    private static ApiPipeline Pipeline(MisbehavingServer server)
        => new(new ApiClientOptions { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.None, Retry = { MaxRetries = 0 } }, null);

    private static ApiRequest Request()
    {
        var request = new ApiRequest("GET", "shares-list", ApiSecurity.Undeclared, "/accounts/a1/shares");
        return request;
    }
}

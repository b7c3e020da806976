using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Testing;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>
/// SharesGen.Testing's own contract, with a plain HttpClient: what the loopback server answers when a client
/// gets something wrong, and what it records. Which credentials it accepts is <see cref="ContractServerTests"/>'
/// (one gate checks them, with or without a profile).
/// </summary>
public sealed class LoopbackApiServerTests : LoopbackTest
{
    [Test]
    public void It_listens_on_127_0_0_1_under_client_v4()
    {
        Assert.That(Server.BaseAddress.Scheme, Is.EqualTo("http"));
        Assert.That(Server.BaseAddress.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(Server.BaseAddress.AbsolutePath, Is.EqualTo("/client/v4/"));
    }

    [Test]
    public async Task A_request_without_credentials_is_answered_401_code_10000()
    {
        var response = await Send(HttpMethod.Get, $"accounts/{AccountId}/shares", authenticate: false);

        await AssertFailure(response, 401, LoopbackErrorCodes.AuthenticationError, "Authentication error");
    }

    [Test]
    public async Task An_unknown_route_is_a_404_code_7003()
    {
        var response = await Send(HttpMethod.Get, $"accounts/{AccountId}/widgets");

        await AssertFailure(response, 404, LoopbackErrorCodes.NoRoute, "No route for the URI");
    }

    [Test]
    public async Task A_path_id_longer_than_32_characters_is_a_400()
    {
        var response = await Send(HttpMethod.Get, $"accounts/{AccountId}0/shares");

        await AssertFailure(response, 400, LoopbackErrorCodes.NoRoute, "path parameter account_id: is 33 characters long; at most 32 allowed");
    }

    [Test]
    public async Task An_unknown_share_is_a_404()
    {
        var response = await Send(HttpMethod.Delete, $"accounts/{AccountId}/shares/{UnknownId}");

        await AssertFailure(response, 404, LoopbackErrorCodes.NotFound, "Share not found");
    }

    [Test]
    public async Task Malformed_json_is_a_400_code_6007()
    {
        var response = await Send(HttpMethod.Post, $"accounts/{AccountId}/shares", """{"name": "unterminated""");

        await AssertFailure(response, 400, LoopbackErrorCodes.MalformedJson, "Malformed JSON");
    }

    [TestCase("""{"recipients":[],"resources":[]}""", "/name: is required but missing", "/name")]
    [TestCase("""{"name":"n","resources":[]}""", "/recipients: is required but missing", "/recipients")]
    [TestCase("""{"name":"n","recipients":[],"resources":[{"resource_id":"r","resource_type":"custom-ruleset","resource_account_id":"a"}]}""", "/resources/0/meta: is required but missing", "/resources/0/meta")]
    [TestCase("""{"name":"n","recipients":[],"resources":[{"resource_id":"r","resource_type":"no-such-type","resource_account_id":"a","meta":{}}]}""", "'no-such-type' is not a value this spec names", "/resources/0/resource_type")]
    [TestCase("""{"name":42,"recipients":[],"resources":[]}""", "/name: expected string, found number", "/name")]
    public async Task A_missing_or_wrong_body_member_is_a_400_naming_it(string body, string message, string pointer)
    {
        var response = await Send(HttpMethod.Post, $"accounts/{AccountId}/shares", body);

        var error = await AssertFailure(response, 400, LoopbackErrorCodes.ValidationFailed, message);
        Assert.That(error["source"]!["pointer"]!.GetValue<string>(), Is.EqualTo(pointer));
    }

    [Test]
    public async Task An_out_of_range_query_parameter_is_a_400_naming_it()
    {
        var response = await Send(HttpMethod.Get, $"accounts/{AccountId}/shares?per_page=101");

        await AssertFailure(response, 400, LoopbackErrorCodes.ValidationFailed, "per_page");
    }

    [Test]
    public async Task Lists_carry_result_info_and_all_items_when_page_and_per_page_are_omitted()
    {
        Sharing.AddShare(AccountId, "One");
        Sharing.AddShare(AccountId, "Two");
        Sharing.AddShare(AccountId, "Three");

        var all = JsonNode.Parse(await (await Send(HttpMethod.Get, $"accounts/{AccountId}/shares")).Content.ReadAsStringAsync())!;
        var paged = JsonNode.Parse(await (await Send(HttpMethod.Get, $"accounts/{AccountId}/shares?page=2&per_page=2")).Content.ReadAsStringAsync())!;

        JsonSemantics.AssertEquivalent(all["result_info"], """{"page":1,"per_page":3,"count":3,"total_count":3,"total_pages":1}""");
        JsonSemantics.AssertEquivalent(paged["result_info"], """{"page":2,"per_page":2,"count":1,"total_count":3,"total_pages":2}""");
        Assert.That(paged["result"]!.AsArray().Single()!["name"]!.GetValue<string>(), Is.EqualTo("Three"));
        Assert.That(paged["success"]!.GetValue<bool>(), Is.True);
        Assert.That(paged["errors"]!.AsArray(), Is.Empty);
        Assert.That(paged.AsObject().ContainsKey("messages"), Is.False, "the official fragment's envelope declares no messages");
    }

    [Test]
    public async Task Exchanges_redact_credential_values_but_can_check_them()
    {
        await Send(HttpMethod.Get, $"accounts/{AccountId}/shares");

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.RequestHeaders["X-Auth-Email"], Is.EqualTo("[redacted]"));
            Assert.That(exchange.RequestHeaders["X-Auth-Key"], Is.EqualTo("[redacted]"));
            Assert.That(exchange.RequestHeaders.Values, Has.None.Contains(Key).And.None.Contains(Email));
            Assert.That(exchange.PresentedGlobalApiKey(Email, Key), Is.True);
            Assert.That(exchange.PresentedGlobalApiKey(Email, "some-other-key"), Is.False);
            Assert.That(exchange.ToString(), Is.EqualTo($"#1 GET /client/v4/accounts/{AccountId}/shares -> 200"));
            Assert.That(exchange.RayId, Does.Match("^[0-9a-f]{16}-LBK$"));
        });
    }

    [Test]
    public async Task Canned_responses_answer_the_next_requests_in_order_then_the_api_resumes()
    {
        Server.EnqueueResponse(418, "short and stout", [new("cf-ray", "0123456789abcdef-TEA")]);
        Server.FailNext(500, code: 1234, message: "Boom", times: 2);

        var statuses = new int[4];
        for (var i = 0; i < statuses.Length; i++)
        {
            statuses[i] = (int)(await Send(HttpMethod.Get, $"accounts/{AccountId}/shares", authenticate: false)).StatusCode;
        }

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { 418, 500, 500, 401 }), "canned responses pre-empt authentication; then the API answers");
            Assert.That(Server.Exchanges.Select(e => e.WasCanned), Is.EqualTo(new[] { true, true, true, false }));
            Assert.That(Server.Exchanges[0].RayId, Is.EqualTo("0123456789abcdef-TEA"));
            Assert.That(Server.Exchanges[0].ResponseHeaders["Content-Type"], Does.StartWith("text/plain"));
            Assert.That(Server.Exchanges[1].ResponseJson()!["errors"]![0]!["code"]!.GetValue<int>(), Is.EqualTo(1234));
            Assert.That(Server.PendingCannedResponses, Is.Zero);
        });
    }

    [Test]
    public async Task Concurrent_requests_are_all_recorded_and_stored()
    {
        var creates = Enumerable.Range(1, 20).Select(i => Client.Shares.CreateAsync(AccountId, ShareRequest($"Share {i}")).AsTask());

        var shares = await Task.WhenAll(creates);

        Assert.That(shares.Select(s => s.Id).Distinct().Count(), Is.EqualTo(20));
        Assert.That(Server.Exchanges.Select(e => e.Sequence), Is.EqualTo(Enumerable.Range(1, 20)));
        Assert.That(Sharing.ShareCount, Is.EqualTo(20));
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string relative, string? json = null, bool authenticate = true)
        => RawRequest.SendAsync(Http, Server.BaseAddress, method, relative, json, authenticate ? Email : null, authenticate ? Key : null);

    /// <summary>Asserts a Cloudflare failure envelope and returns its single error.</summary>
    private static async Task<JsonNode> AssertFailure(HttpResponseMessage response, int status, int code, string messagePart)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var error = body["errors"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
            Assert.That(body["success"]!.GetValue<bool>(), Is.False);
            Assert.That(body["messages"]!.AsArray(), Is.Empty);
            Assert.That(body.AsObject().ContainsKey("result") && body["result"] is null, Is.True, "result is null");
            Assert.That(error["code"]!.GetValue<int>(), Is.EqualTo(code));
            Assert.That(error["message"]!.GetValue<string>(), Does.Contain(messagePart));
        });
        return error;
    }
}

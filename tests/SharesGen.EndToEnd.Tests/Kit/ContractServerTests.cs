using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Testing;
using Own = Contoso.Cloudflare.OwnRevision;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>
/// The loopback server holding requests to the generated contract, with a plain HttpClient: each kind of bad request
/// gets a Cloudflare failure envelope whose errors name the violation and point at it, before the stateful API runs.
/// </summary>
public sealed class ContractServerTests
{
    private const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
    private const string ShareId = "3fd85f74b32742f1bff64a85009dda07";
    private const string Email = "contract@example.com";
    private const string Key = "contract-key";

    private LoopbackApiServer _server = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _server = await LoopbackApiServer.StartAsync(new LoopbackApiServerOptions { Contract = SharesClientContract.Contract });
        _http = new HttpClient();
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    // --- Route, method, credentials ---------------------------------------------------------------------------

    [Test]
    public async Task A_path_the_spec_does_not_have_is_a_404_code_7003()
    {
        var response = await Send(HttpMethod.Get, $"accounts/{AccountId}/widgets");

        await AssertFailure(response, 404, (7003, "No route for the URI", null));
    }

    [Test]
    public async Task A_method_the_path_does_not_have_is_a_405_listing_the_allowed_ones()
    {
        var response = await Send(HttpMethod.Patch, $"accounts/{AccountId}/shares/{ShareId}", "{}");

        await AssertFailure(response, 405, (LoopbackErrorCodes.MethodNotAllowed, "Method PATCH is not allowed for /accounts/{account_id}/shares/{share_id}; the spec has DELETE, GET, PUT", null));
        Assert.That(response.Content.Headers.Allow, Is.EqualTo(new[] { "DELETE", "GET", "PUT" }));
    }

    [TestCase(null, null, null, TestName = "No credentials at all")]
    [TestCase("user@example.com", null, null, TestName = "An email without a key")]
    [TestCase(null, "144c9defac04969c7bfad8efaa8ea194", null, TestName = "A key without an email")]
    [TestCase(null, null, "Bearer", TestName = "A bearer scheme without a token")]
    [TestCase(null, null, "  ", TestName = "A blank Authorization header")]
    public async Task Missing_credentials_are_a_401_naming_the_alternatives(string? email, string? key, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.BaseAddress, $"accounts/{AccountId}/shares"));
        if (email is not null)
        {
            request.Headers.Add("X-Auth-Email", email);
        }

        if (key is not null)
        {
            request.Headers.Add("X-Auth-Key", key);
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await _http.SendAsync(request);

        await AssertFailure(response, 401, (10000, "Authentication error: shares-list needs X-Auth-Email + X-Auth-Key", null));
    }

    [Test]
    public async Task An_email_with_a_global_api_key_is_one_alternative()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.BaseAddress, $"accounts/{AccountId}/shares"));
        request.Headers.Add("X-Auth-Email", "user@example.com");
        request.Headers.Add("X-Auth-Key", "144c9defac04969c7bfad8efaa8ea194");

        var response = await _http.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    // --- Path and query parameters ----------------------------------------------------------------------------

    [TestCase("accounts/023e105f4ecef8ad9ca31a8372d0c3530/shares", "/path/account_id", "path parameter account_id: is 33 characters long; at most 32 allowed")]
    [TestCase("accounts/023e105f4ecef8ad9ca31a8372d0c353/shares/3fd85f74b32742f1bff64a85009dda07%2F..%2Fxx", "/path/share_id", "path parameter share_id: is 38 characters long; at most 32 allowed")]
    [TestCase("organizations/%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80/shares", "/path/organization_id", "path parameter organization_id: is 33 characters long; at most 32 allowed")]
    [TestCase("accounts//shares", "/path/account_id", "the path parameter account_id is empty")]
    public async Task A_path_parameter_that_breaks_its_schema_is_a_400_code_7003(string path, string pointer, string message)
    {
        var response = await Send(HttpMethod.Get, path);

        await AssertFailure(response, 400, (7003, message, pointer));
    }

    [TestCase("per_page=101", "/query/per_page", "The query parameter per_page: 101 is more than the maximum 100")]
    [TestCase("per_page=0", "/query/per_page", "The query parameter per_page: 0 is less than the minimum 1")]
    [TestCase("page=2.5", "/query/page", "The query parameter page: expected integer, found number")]
    [TestCase("page=first", "/query/page", "The query parameter page must be an integer; 'first' is not one")]
    [TestCase("page=1&page=2", "/query/page", "The query parameter page may appear only once; it appeared 2 times")]
    [TestCase("include_resources=yes", "/query/include_resources", "The query parameter include_resources must be true or false; 'yes' is not one")]
    [TestCase("status=archived", "/query/status", "The query parameter status: 'archived' is not a value this spec names (active, deleting, deleted)")]
    [TestCase("resource_types=custom-ruleset&resource_types=dns-record", "/query/resource_types/1", "The query parameter resource_types (item 1): 'dns-record' is not a value this spec names")]
    [TestCase("order=size", "/query/order", "The query parameter order: 'size' is not a value this spec names (name, created)")]
    public async Task A_query_parameter_that_breaks_its_schema_is_a_400_naming_it(string query, string pointer, string message)
    {
        var response = await Send(HttpMethod.Get, $"accounts/{AccountId}/shares?{query}");

        await AssertFailure(response, 400, (1001, message, pointer));
    }

    [Test]
    public async Task More_tags_than_max_items_and_a_tag_longer_than_max_length_are_both_reported()
    {
        var query = string.Join("&", Enumerable.Range(0, 21).Select(i => "tag=t" + i)) + "&tag=" + new string('k', 1282);

        var response = await Send(HttpMethod.Get, $"accounts/{AccountId}/shares?{query}");

        await AssertFailure(response, 400,
            (1001, "The query parameter tag: has 22 items; at most 20 allowed", "/query/tag"),
            (1001, "The query parameter tag (item 21): is 1282 characters long; at most 1281 allowed", "/query/tag/21"));
    }

    // --- Bodies -----------------------------------------------------------------------------------------------

    [TestCase("""{"recipients":[],"resources":[]}""", "/name", "Invalid request body member /name: is required but missing")]
    [TestCase("""{"name":42,"recipients":[],"resources":[]}""", "/name", "Invalid request body member /name: expected string, found number")]
    [TestCase("""{"name":null,"recipients":[],"resources":[]}""", "/name", "Invalid request body member /name: null is not allowed (expected string)")]
    [TestCase("""{"name":"n","recipients":{},"resources":[]}""", "/recipients", "Invalid request body member /recipients: expected array, found object")]
    [TestCase("""{"name":"n","recipients":[{"recipient_account_id":"372e67954025e0ba6aaa6d586b9e0b590"}],"resources":[]}""", "/recipients/0/recipient_account_id", "is 33 characters long; at most 32 allowed")]
    [TestCase("""{"name":"n","recipients":[],"resources":[{"resource_id":"r","resource_type":"dns-record","resource_account_id":"a","meta":{}}]}""", "/resources/0/resource_type", "'dns-record' is not a value this spec names")]
    [TestCase("""{"name":"n","recipients":[],"resources":[{"resource_id":"r","resource_type":"custom-ruleset","resource_account_id":"a","meta":"{}"}]}""", "/resources/0/meta", "expected object, found string")]
    [TestCase("""[]""", "", "Invalid the request body: expected object, found array")]
    public async Task A_body_that_breaks_its_schema_is_a_400_pointing_at_the_member(string body, string pointer, string message)
    {
        var response = await Send(HttpMethod.Post, $"accounts/{AccountId}/shares", body);

        await AssertFailure(response, 400, (1001, message, pointer));
    }

    [Test]
    public async Task Every_violation_of_a_body_is_listed_not_just_the_first()
    {
        var response = await Send(HttpMethod.Post, $"accounts/{AccountId}/shares", """{"name":7,"resources":[{"resource_type":"custom-ruleset","resource_account_id":"a","meta":{}}]}""");

        await AssertFailure(response, 400,
            (1001, "Invalid request body member /recipients: is required but missing", "/recipients"),
            (1001, "Invalid request body member /name: expected string, found number", "/name"),
            (1001, "Invalid request body member /resources/0/resource_id: is required but missing", "/resources/0/resource_id"));
    }

    [Test]
    public async Task A_bare_array_body_is_checked_item_by_item()
    {
        var response = await Send(HttpMethod.Put, $"accounts/{AccountId}/shares/{ShareId}/excluded-recipients", """[{"account_id":"d8f9e0a1b2c3d4e5f6a7b8c9d0e1f2a3"},{}]""");

        await AssertFailure(response, 400, (1001, "Invalid request body member /1/account_id: is required but missing", "/1/account_id"));
    }

    [TestCase("""{"name": "unterminated""", "Malformed JSON in request body: ")]
    [TestCase("", "Malformed JSON in request body: the body is empty, and the operation requires one")]
    public async Task A_body_that_is_not_json_is_a_400_code_6007(string body, string message)
    {
        var response = await Send(HttpMethod.Post, $"accounts/{AccountId}/shares", body);

        await AssertFailure(response, 400, (6007, message, ""));
    }

    // --- What passes, and what is recorded ------------------------------------------------------------------

    [Test]
    public async Task A_request_that_keeps_the_contract_reaches_the_stateful_api_and_is_recorded_with_its_operation()
    {
        var created = await Send(HttpMethod.Post, $"accounts/{AccountId}/shares", """{"name":"n","recipients":[{"recipient_account_id":"372e67954025e0ba6aaa6d586b9e0b59"}],"resources":[]}""");
        var missing = await Send(HttpMethod.Get, $"accounts/{AccountId}/shares/{ShareId}");

        Assert.Multiple(() =>
        {
            Assert.That((int)created.StatusCode, Is.EqualTo(201));
            Assert.That((int)missing.StatusCode, Is.EqualTo(404), "the contract holds; the share does not exist");
            Assert.That(_server.Exchanges.Select(e => e.OperationId), Is.EqualTo(new[] { "share-create", "shares-get-by-id" }));
        });
    }

    [Test]
    public async Task Canned_responses_still_come_first()
    {
        _server.FailNext(503);

        var response = await Send(HttpMethod.Get, $"accounts/{AccountId}/widgets", authenticate: false);

        Assert.That((int)response.StatusCode, Is.EqualTo(503));
        Assert.That(_server.LastExchange!.OperationId, Is.Null);
    }

    [Test]
    public async Task The_example_mode_answers_each_operation_with_its_spec_example()
    {
        // The official fragment has no examples: SharesGen's own earlier revision, which has one per operation.
        await using var examples = await LoopbackApiServer.StartAsync(new LoopbackApiServerOptions { Contract = Own.OwnRevisionClientContract.Contract, Mode = LoopbackMode.Examples });

        var get = await Send(HttpMethod.Get, $"accounts/{AccountId}/shares/{ShareId}", server: examples);
        var replace = await Send(HttpMethod.Put, $"accounts/{AccountId}/shares/{ShareId}/recipients", Own.OwnRevisionClientExamples.SharesRecipientsUpdateRequest, server: examples);
        var broken = await Send(HttpMethod.Get, $"accounts/{AccountId}/shares?per_page=500", server: examples);

        Assert.Multiple(async () =>
        {
            Assert.That((int)get.StatusCode, Is.EqualTo(200));
            Assert.That(await get.Content.ReadAsStringAsync(), Is.EqualTo(Own.OwnRevisionClientExamples.SharesGetResponse));
            Assert.That((int)replace.StatusCode, Is.EqualTo(204));
            Assert.That(await replace.Content.ReadAsStringAsync(), Is.Empty);
            Assert.That((int)broken.StatusCode, Is.EqualTo(400), "the contract is checked in the example mode too");
        });
    }

    [Test]
    public void The_example_mode_needs_a_contract()
    {
        Assert.That(async () => await LoopbackApiServer.StartAsync(new LoopbackApiServerOptions { Mode = LoopbackMode.Examples }),
            Throws.ArgumentException.With.Message.Contains("Contract"));
    }

    // --- Helpers --------------------------------------------------------------------------------------------

    private Task<HttpResponseMessage> Send(HttpMethod method, string relative, string? json = null, bool authenticate = true, LoopbackApiServer? server = null)
        => RawRequest.SendAsync(_http, (server ?? _server).BaseAddress, method, relative, json, authenticate ? Email : null, authenticate ? Key : null);

    /// <summary>Asserts a Cloudflare failure envelope whose errors are exactly these (message by prefix, pointer exactly; null for none).</summary>
    private static async Task AssertFailure(HttpResponseMessage response, int status, params (int Code, string Message, string? Pointer)[] expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        var errors = body["errors"]!.AsArray().Select(e => (
            Code: e!["code"]!.GetValue<int>(),
            Message: e["message"]!.GetValue<string>(),
            Pointer: e["source"]?["pointer"]?.GetValue<string>())).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status), text);
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
            Assert.That(body["success"]!.GetValue<bool>(), Is.False);
            Assert.That(body.AsObject().ContainsKey("result") && body["result"] is null, Is.True, "result is null");
            Assert.That(errors, Has.Length.EqualTo(expected.Length), text);
            for (var i = 0; i < Math.Min(errors.Length, expected.Length); i++)
            {
                Assert.That(errors[i].Code, Is.EqualTo(expected[i].Code), text);
                Assert.That(errors[i].Message, Does.Contain(expected[i].Message), text);
                Assert.That(errors[i].Pointer, Is.EqualTo(expected[i].Pointer), text);
            }
        });
    }
}

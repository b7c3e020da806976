using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;
using SharesGen.Testing;
using SharesGen.Testing.Contracts;
using SharesGen.Testing.Profiles;
using Seed = Contoso.Cloudflare.SeedRevision;

namespace SharesGen.EndToEnd.Tests.Compatibility;

/// <summary>
/// Old client, new server: the client generated from the seed-era revision (one operation, five resource types,
/// recipients by <c>account_id</c>, counts typed <c>number</c>) against a server of Cloudflare's 2026 fragment. It
/// reads every response the fragment allows (the kit's synthesized answers, and hand-written payloads from the
/// smallest to the largest the fragment's schema admits, each proved valid by the kit's validator against the
/// official contract) without an exception, and a read-modify-write keeps every member it did not understand.
/// </summary>
public sealed class OldClientNewServerTests
{
    private const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
    private const string OrganizationId = "4e6f8d0c1a2d3f5c7a9b1e4f6d8c0a2b";

    private static readonly ApiContract Official = Contoso.Cloudflare.SharesClientContract.Contract;

    private LoopbackApiServer _server = null!;
    private ResourceSharingProfile _sharing = null!;
    private System.Net.Http.HttpClient _http = null!;
    private Seed.SeedRevisionClient _oldClient = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _sharing = new ResourceSharingProfile();
        _server = await LoopbackApiServer.StartAsync(Official, _sharing);
        _sharing.RegisterAccount(AccountId, "Account A", OrganizationId);
        _http = new System.Net.Http.HttpClient();
        _oldClient = new Seed.SeedRevisionClient(_http, _server.CreateClientOptions());
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>The 2026 server, stateful, answers with what it synthesizes from the official contract.</summary>
    [Test]
    public async Task The_old_client_reads_what_the_new_server_synthesizes_for_every_resource_type()
    {
        var newTypes = Official.Schema("resource-sharing_resource_type").Enum.ToList();

        var share = await _oldClient.Shares.CreateAsync(AccountId, new Seed.CreateShareRequest
        {
            Name = "Old client",
            Recipients = [new Seed.CreateShareRecipientRequest { AccountId = "372e67954025e0ba6aaa6d586b9e0b59" }, new Seed.CreateShareRecipientRequest()],
            Resources = newTypes.Select((type, i) => new Seed.CreateShareResourceRequest
            {
                ResourceId = $"4814384a9e5d4991b9815dcfc25d2f{i:x2}",
                ResourceAccountId = AccountId,
                ResourceType = new Seed.ResourceType(type),
                Meta = JsonElement.Parse("""{"set":"by the old client"}"""),
            }).ToList(),
        });

        var exchange = _server.Exchanges.Single();
        var answered = JsonNode.Parse(exchange.ResponseBody)!;
        Assert.Multiple(() =>
        {
            Assert.That(exchange.StatusCode, Is.EqualTo(201), exchange.ResponseBody);
            AssertValidForTheOfficialFragment(exchange.ResponseBody);
            Assert.That(share.Resources!.Select(r => r.ResourceType.Value), Is.EqualTo(newTypes));
            Assert.That(share.Resources!.Single(r => r.ResourceType.Value == "idp-federation-grant").ResourceType.IsKnown, Is.False, "a value the old spec does not name");
            JsonSemantics.AssertEquivalent(JsonNode.Parse(JsonSerializer.Serialize(share, Seed.SeedRevisionClientJson.Options)), answered["result"]);
        });
    }

    public static IEnumerable<TestCaseData> Payloads()
    {
        yield return new TestCaseData(Minimal).SetArgDisplayNames("only the members the fragment requires");
        yield return new TestCaseData(Maximal).SetArgDisplayNames("every member, new values, members no spec names");
        yield return new TestCaseData(Maximal.Replace("\"kind\": \"received\"", "\"kind\": \"sent\"").Replace("\"status\": \"deleting\",\n", "\"status\": \"deleted\",\n"))
            .SetArgDisplayNames("the other enum values");
    }

    /// <summary>Hand-written answers the 2026 fragment allows, canned on the server, read through the old client.</summary>
    [TestCaseSource(nameof(Payloads))]
    public async Task The_old_client_reads_every_share_the_fragment_allows_and_writes_back_what_it_did_not_understand(string result)
    {
        var body = Envelope(result);
        AssertValidForTheOfficialFragment(body);
        _server.EnqueueResponse(201, body);

        var share = await _oldClient.Shares.CreateAsync(AccountId, new Seed.CreateShareRequest { Name = "n", Recipients = [], Resources = [] });
        share.Name = "Renamed by the old client";
        var written = JsonNode.Parse(JsonSerializer.Serialize(share, Seed.SeedRevisionClientJson.Options))!;

        var expected = JsonNode.Parse(result)!;
        expected["name"] = "Renamed by the old client";
        Assert.That(ExampleRoundTrip.Compare(expected.ToJsonString(), written.ToJsonString()), Is.Empty, "a member was lost or changed on the way back");
    }

    [Test]
    public async Task Members_and_values_the_old_spec_does_not_name_are_kept_where_they_were()
    {
        _server.EnqueueResponse(201, Envelope(Maximal));

        var share = await _oldClient.Shares.CreateAsync(AccountId, new Seed.CreateShareRequest { Name = "n", Recipients = [], Resources = [] });

        Assert.Multiple(() =>
        {
            Assert.That(share.AdditionalProperties!.Keys, Is.EquivalentTo(new[] { "recipient_policy" }));
            Assert.That(share.Resources![0].AdditionalProperties!.Keys, Is.EquivalentTo(new[] { "rollout_wave" }));
            Assert.That(share.Resources[0].ResourceType.Value, Is.EqualTo("idp-federation-grant"));
            Assert.That(share.Resources[0].ResourceType.IsKnown, Is.False);
            Assert.That(share.AssociatedRecipientCount, Is.EqualTo(2_147_483_647d), "an integer count read into the old number type, exactly");
            Assert.That(share.Resources[0].ResourceVersion, Is.EqualTo(9_007_199_254_740_991d));
        });
    }

    /// <summary>A failure the fragment describes (errors without documentation_url or source) is the documented ApiException.</summary>
    [Test]
    public void A_failure_envelope_of_the_fragment_is_an_ApiException_with_its_errors()
    {
        const string failure = """{"success":false,"errors":[{"code":1000,"message":"Invalid share"},{"code":1001,"message":"second"}],"result":null}""";
        AssertValidForTheOfficialFragment(failure, failureSchema: true);
        _server.EnqueueResponse(400, failure);

        var exception = Assert.ThrowsAsync<ApiException>(() => _oldClient.Shares.CreateAsync(AccountId, new Seed.CreateShareRequest { Name = "n", Recipients = [], Resources = [] }));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(exception.Errors.Select(e => (e.Code, e.Message, e.DocumentationUrl, e.SourcePointer)), Is.EqualTo(new[] { (1000, "Invalid share", (string?)null, (string?)null), (1001, "second", null, null) }));
        });
    }

    private static void AssertValidForTheOfficialFragment(string body, bool failureSchema = false)
    {
        var operation = Official.Operation("share-create");
        var verdict = new PayloadValidator(Official).Validate(body, failureSchema ? operation.FailureSchema! : operation.SuccessSchema!);
        Assert.That(verdict.Violations, Is.Empty, "the payload must be one the official fragment allows: " + verdict);
    }

    private static string Envelope(string result) => """{"success":true,"errors":[],"result":""" + result + "}";

    /// <summary>The share with only what share_object requires.</summary>
    private const string Minimal = """
        {
          "id": "3fd85f74b32742f1bff64a85009dda07",
          "name": "Minimal",
          "account_id": "023e105f4ecef8ad9ca31a8372d0c353",
          "account_name": "Account A",
          "organization_id": "4e6f8d0c1a2d3f5c7a9b1e4f6d8c0a2b",
          "created": "2026-08-14T09:00:00Z",
          "modified": "2026-08-14T09:00:00.123456Z",
          "status": "active",
          "target_type": "organization"
        }
        """;

    /// <summary>
    /// Every member share_object and share_resource_object declare, the values the seed revision did not have
    /// (idp-federation-grant, integer counts), the largest integers the client reads exactly, free-form meta, and a
    /// member at each level that no revision names (the fragment does not forbid them).
    /// </summary>
    private const string Maximal = """
        {
          "id": "3fd85f74b32742f1bff64a85009dda07",
          "name": "Everything \u00e9\u4e2d\ud83d\ude00 at once",
          "account_id": "023e105f4ecef8ad9ca31a8372d0c353",
          "account_name": "Account A",
          "organization_id": "4e6f8d0c1a2d3f5c7a9b1e4f6d8c0a2b",
          "created": "2026-08-14T09:00:00.000001+02:00",
          "modified": "2026-08-14T09:00:00Z",
          "status": "deleting",
          "target_type": "account",
          "kind": "received",
          "associated_recipient_count": 2147483647,
          "associating_recipient_count": 0,
          "disassociated_recipient_count": 1,
          "disassociating_recipient_count": 3,
          "recipient_policy": { "mode": "strict", "limits": [1, 2.5, null, true], "nested": { "deep": ["x"] } },
          "resources": [
            {
              "id": "6d9f1b3a5c7e4d2f8a0b6c4e2a1d3f5b",
              "resource_id": "4814384a9e5d4991b9815dcfc25d2f1f",
              "resource_type": "idp-federation-grant",
              "resource_account_id": "023e105f4ecef8ad9ca31a8372d0c353",
              "meta": { "owner": "team-a", "weights": [0.1, 1e-7], "note": "line \u2028 separator" },
              "status": "deleted",
              "created": "2026-08-14T09:00:00Z",
              "modified": "2026-08-14T09:00:00Z",
              "resource_version": 9007199254740991,
              "rollout_wave": 3
            },
            {
              "id": "7e0a2c4b6d8f5e3a9b1c7d5f3b2e4a6c",
              "resource_id": "5925495b0f6e5aa2ca926ed0d36e3a2a",
              "resource_type": "custom-ruleset",
              "resource_account_id": "372e67954025e0ba6aaa6d586b9e0b59",
              "meta": {},
              "status": "active",
              "created": "2026-08-14T09:00:00Z",
              "modified": "2026-08-14T09:00:00Z",
              "resource_version": 0
            }
          ]
        }
        """;
}

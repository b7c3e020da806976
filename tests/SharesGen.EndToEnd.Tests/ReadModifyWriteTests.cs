using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Testing.Contracts;

namespace SharesGen.EndToEnd.Tests;

/// <summary>
/// A newer server sends fields and enum values this client's spec does not know; reading, changing one thing and
/// writing back must keep every one of them, value for value.
/// </summary>
public class ReadModifyWriteTests : LoopbackTest
{
    private const string ShareId = "3fd85f74b32742f1bff64a85009dda07";
    private const string ShareResourceId = "6d9f1b3a5c7e4d2f8a0b6c4e2a1d3f5b";

    /// <summary>A share as a newer server might send it: a new member at every level, new enum values.</summary>
    private const string NewerShare = """
        {
          "id": "3fd85f74b32742f1bff64a85009dda07", "name": "Before", "account_id": "023e105f4ecef8ad9ca31a8372d0c353",
          "account_name": "Account A", "organization_id": "4e6f8d0c1a2d3f5c7a9b1e4f6d8c0a2b",
          "created": "2023-09-21T18:56:32.624632Z", "modified": "2023-09-21T18:56:32.624632Z",
          "status": "archiving", "target_type": "account", "kind": "sent",
          "future_policy": { "mode": "strict", "limits": [1, 2.5, null, true], "nested": { "deep": ["x"] } },
          "resources": [{
            "id": "6d9f1b3a5c7e4d2f8a0b6c4e2a1d3f5b", "resource_id": "4814384a9e5d4991b9815dcfc25d2f1f",
            "resource_type": "zero-trust-tunnel", "resource_account_id": "023e105f4ecef8ad9ca31a8372d0c353",
            "meta": { "owner": "team-a", "weights": [0.1, 1e-7, 12345678901234567890], "note": "ünïcødé \u2028 line" },
            "status": "active", "created": "2023-09-21T18:56:32Z", "modified": "2023-09-21T18:56:32Z",
            "resource_version": 7, "rollout_wave": 3
          }]
        }
        """;

    private static string Envelope(string result) => "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":" + result + "}";

    [Test]
    public async Task Unknown_fields_and_enum_values_survive_a_read_change_and_write_of_the_whole_share()
    {
        Server.EnqueueResponse(200, Envelope(NewerShare));

        var share = await Client.Shares.GetAsync(AccountId, ShareId);
        share.Name = "After";
        var written = JsonNode.Parse(JsonSerializer.Serialize(share, SharesClientJson.Options))!;

        Assert.That(share.Status.IsKnown, Is.False);
        Assert.That(share.Status.Value, Is.EqualTo("archiving"));
        Assert.That(share.Resources![0].ResourceType.IsKnown, Is.False);
        var expected = JsonNode.Parse(NewerShare)!;
        expected["name"] = "After";
        Assert.That(ExampleRoundTrip.Compare(expected.ToJsonString(), written.ToJsonString()), Is.Empty);
    }

    [Test]
    public async Task Free_form_meta_read_from_a_resource_is_sent_back_unchanged_by_an_update()
    {
        var resource = JsonNode.Parse(NewerShare)!["resources"]![0]!.ToJsonString();
        Server.EnqueueResponse(200, Envelope(resource));
        Server.EnqueueResponse(200, Envelope(resource));

        var read = await Client.Shares.Resources.GetAsync(AccountId, ShareId, ShareResourceId);
        await Client.Shares.Resources.UpdateAsync(AccountId, ShareId, ShareResourceId, new UpdateShareResourceRequest { Meta = read.Meta });

        var sentMeta = Server.Exchanges.Last().RequestJson()!["meta"];
        Assert.That(ExampleRoundTrip.Compare(JsonNode.Parse(NewerShare)!["resources"]![0]!["meta"]!.ToJsonString(), sentMeta!.ToJsonString()), Is.Empty);
        Assert.That(read.AdditionalProperties!["rollout_wave"].GetInt32(), Is.EqualTo(3));
    }
}

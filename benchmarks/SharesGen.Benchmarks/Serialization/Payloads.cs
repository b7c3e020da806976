using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using SharesGen.Benchmarks.Generated;

namespace SharesGen.Benchmarks.Serialization;

/// <summary>
/// The payloads every serialization and round-trip row works on, written once with <see cref="Utf8JsonWriter"/>
/// in the API's shape (member order of the spec's examples):
/// <list type="bullet">
/// <item>a single-share response: the envelope around one share with its recipient counts and three resources,
/// each with a non-empty <c>meta</c> object;</item>
/// <item>a 50-share list response: the envelope around 50 such shares with two resources each, and
/// <c>result_info</c>;</item>
/// <item>a create-share request: two recipients and three resources with <c>meta</c>, as a generated
/// <see cref="CreateShareRequest"/> and as its POCO twin.</item>
/// </list>
/// </summary>
public static class Payloads
{
    public const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
    public const string ShareId = "3fd85f74b32742f1bff64a85009dda07";

    private const string Timestamp = "2023-09-21T18:56:32.624632Z";
    private const string MetaJson = """{"ruleset_id":"4814384a9e5d4991b9815dcfc25d2f1f","phase":"http_request_firewall_custom","rule_count":3,"labels":["waf","shared"]}""";

    // Static initializers run in this order: Meta first, the payloads write it.
    public static JsonElement Meta { get; } = JsonDocument.Parse(MetaJson).RootElement.Clone();

    public static byte[] SingleShareEnvelope { get; } = Envelope(writer => WriteShare(writer, 0, resources: 3), resultInfo: false);

    public static byte[] ShareListEnvelope { get; } = Envelope(
        writer =>
        {
            writer.WriteStartArray();
            for (var i = 0; i < 50; i++)
            {
                WriteShare(writer, i, resources: 2);
            }

            writer.WriteEndArray();
        },
        resultInfo: true);

    /// <summary>The bytes of <c>result</c> alone, for the rows that compare at the DTO level.</summary>
    public static ReadOnlyMemory<byte> SingleShareResult { get; } = ResultSlice(SingleShareEnvelope);

    public static ReadOnlyMemory<byte> ShareListResult { get; } = ResultSlice(ShareListEnvelope);

    public static CreateShareRequest CreateRequest() => new()
    {
        Name = "My Shared WAF Managed Rule",
        Recipients = new List<CreateShareRecipientRequest>
        {
            new() { RecipientAccountId = "372e67954025e0ba6aaa6d586b9e0b59" },
            new() { OrganizationId = AccountId },
        },
        Resources = new List<CreateShareResourceRequest>
        {
            new() { Meta = Meta, ResourceAccountId = AccountId, ResourceId = "4814384a9e5d4991b9815dcfc25d2f1f", ResourceType = ResourceType.CustomRuleset },
            new() { Meta = Meta, ResourceAccountId = AccountId, ResourceId = "5a1b8e2f0c9d4a7b8e6f3c2d1a0b9e8f", ResourceType = ResourceType.GatewayPolicy },
            new() { Meta = Meta, ResourceAccountId = AccountId, ResourceId = "6d9f1b3a5c7e4d2f8a0b6c4e2d1f3a5b", ResourceType = ResourceType.IdpFederationGrant },
        },
    };

    public static CreateShareRequestPoco CreateRequestPoco() => new()
    {
        Name = "My Shared WAF Managed Rule",
        Recipients = new List<CreateShareRecipientRequestPoco>
        {
            new() { RecipientAccountId = "372e67954025e0ba6aaa6d586b9e0b59" },
            new() { OrganizationId = AccountId },
        },
        Resources = new List<CreateShareResourceRequestPoco>
        {
            new() { Meta = Meta, ResourceAccountId = AccountId, ResourceId = "4814384a9e5d4991b9815dcfc25d2f1f", ResourceType = "custom-ruleset" },
            new() { Meta = Meta, ResourceAccountId = AccountId, ResourceId = "5a1b8e2f0c9d4a7b8e6f3c2d1a0b9e8f", ResourceType = "gateway-policy" },
            new() { Meta = Meta, ResourceAccountId = AccountId, ResourceId = "6d9f1b3a5c7e4d2f8a0b6c4e2d1f3a5b", ResourceType = "idp-federation-grant" },
        },
    };

    private static byte[] Envelope(Action<Utf8JsonWriter> writeResult, bool resultInfo)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteEndArray();
            writer.WriteStartArray("messages");
            writer.WriteEndArray();
            writer.WriteBoolean("success", true);
            writer.WritePropertyName("result");
            writeResult(writer);
            if (resultInfo)
            {
                writer.WriteStartObject("result_info");
                writer.WriteNumber("count", 50);
                writer.WriteNumber("page", 1);
                writer.WriteNumber("per_page", 50);
                writer.WriteNumber("total_count", 120);
                writer.WriteNumber("total_pages", 3);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteShare(Utf8JsonWriter writer, int index, int resources)
    {
        writer.WriteStartObject();
        writer.WriteString("id", index == 0 ? ShareId : Hex(index, 7));
        writer.WriteString("account_id", AccountId);
        writer.WriteString("account_name", "Account A");
        writer.WriteString("created", Timestamp);
        writer.WriteString("modified", Timestamp);
        writer.WriteString("name", "My Shared WAF Managed Rule " + index.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("organization_id", AccountId);
        writer.WriteString("status", "active");
        writer.WriteString("target_type", "account");
        writer.WriteString("kind", "sent");
        writer.WriteNumber("associated_recipient_count", 2);
        writer.WriteNumber("associating_recipient_count", 0);
        writer.WriteNumber("disassociated_recipient_count", 0);
        writer.WriteNumber("disassociating_recipient_count", 0);
        writer.WriteStartArray("resources");
        for (var r = 0; r < resources; r++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", Hex((index * 10) + r, 11));
            writer.WriteString("created", Timestamp);
            writer.WritePropertyName("meta");
            Meta.WriteTo(writer);
            writer.WriteString("modified", Timestamp);
            writer.WriteString("resource_account_id", AccountId);
            writer.WriteString("resource_id", Hex((index * 10) + r, 13));
            writer.WriteString("resource_type", r % 2 == 0 ? "custom-ruleset" : "gateway-policy");
            writer.WriteNumber("resource_version", 3);
            writer.WriteString("status", "active");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Hex(int value, int salt) => ((long)(value + 1) * 2654435761L * salt).ToString("x32", CultureInfo.InvariantCulture);

    private static ReadOnlyMemory<byte> ResultSlice(byte[] envelope)
    {
        var reader = new Utf8JsonReader(envelope);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("result"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return envelope.AsMemory(start, (int)reader.BytesConsumed - start);
            }
        }

        throw new InvalidOperationException("The envelope has no result.");
    }
}

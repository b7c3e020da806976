using System;
using System.Text.Json;
using Contoso.Cloudflare;
using NUnit.Framework;

namespace SharesGen.EndToEnd.Tests;

/// <summary>
/// This project switches reflection-based System.Text.Json off (as trimmed and AOT apps do): the generated
/// resolver must carry serialization alone.
/// </summary>
public sealed class ReflectionFreeSerializationTests
{
    private static readonly DateTimeOffset Created = new DateTimeOffset(2023, 9, 21, 18, 56, 32, TimeSpan.Zero).AddTicks(6_246_320);

    [Test]
    public void Reflection_based_serialization_is_off_in_this_process()
    {
        Assert.That(JsonSerializer.IsReflectionEnabledByDefault, Is.False);
        Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(NewShare()), "without a resolver there is nothing to serialize with");
    }

    [Test]
    public void A_share_serializes_with_the_generated_options()
    {
        var json = JsonSerializer.Serialize(NewShare(), SharesClientJson.Options);

        Assert.That(json, Is.EqualTo(
            """{"account_id":"023e105f4ecef8ad9ca31a8372d0c353","account_name":"Account A","created":"2023-09-21T18:56:32.624632Z","id":"3fd85f74b32742f1bff64a85009dda07","kind":"sent","modified":"2023-09-21T18:56:32.624632Z","name":"My Shared WAF Managed Rule","organization_id":"023e105f4ecef8ad9ca31a8372d0c353","status":"active","target_type":"account"}"""));
    }

    [Test]
    public void A_share_deserializes_with_the_generated_options_and_round_trips()
    {
        var json = JsonSerializer.Serialize(NewShare(), SharesClientJson.Options);

        var share = JsonSerializer.Deserialize<Share>(json, SharesClientJson.Options)!;

        Assert.Multiple(() =>
        {
            Assert.That(share.Id, Is.EqualTo("3fd85f74b32742f1bff64a85009dda07"));
            Assert.That(share.Created, Is.EqualTo(Created));
            Assert.That(share.Status, Is.EqualTo(ShareStatus.Active));
            Assert.That(share.Kind, Is.EqualTo(ShareKind.Sent));
            Assert.That(share.Resources, Is.Null);
            Assert.That(JsonSerializer.Serialize(share, SharesClientJson.Options), Is.EqualTo(json));
        });
    }

    [Test]
    public void Extensible_enums_serialize_as_their_wire_values()
    {
        Assert.That(JsonSerializer.Serialize(ResourceType.GatewayBlockPageSettings, SharesClientJson.Options), Is.EqualTo("\"gateway-block-page-settings\""));
        Assert.That(JsonSerializer.Deserialize<ResourceType>("\"idp-federation-grant\"", SharesClientJson.Options), Is.EqualTo(ResourceType.IdpFederationGrant));
    }

    [Test]
    public void A_missing_required_member_is_a_JsonException_naming_it()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Share>("""{"id":"3fd85f74b32742f1bff64a85009dda07"}""", SharesClientJson.Options));

        Assert.That(exception!.Message, Does.Contain("account_id"));
    }

    private static Share NewShare() => new()
    {
        Id = "3fd85f74b32742f1bff64a85009dda07",
        AccountId = "023e105f4ecef8ad9ca31a8372d0c353",
        AccountName = "Account A",
        Created = Created,
        Modified = Created,
        Name = "My Shared WAF Managed Rule",
        OrganizationId = "023e105f4ecef8ad9ca31a8372d0c353",
        Status = ShareStatus.Active,
        TargetType = ShareTargetType.Account,
        Kind = ShareKind.Sent,
    };
}

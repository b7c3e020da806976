using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace SharesGen.Testing.Sharing;

/// <summary>
/// The API's objects as JSON, member for member as the spec's examples write them (<c>share_object</c>,
/// <c>share_resource_object</c>, <c>recipient_object</c>, <c>excluded_recipient_object</c>).
/// </summary>
internal static class SharingJson
{
    /// <summary>A share as <paramref name="kind"/> sees it (<c>sent</c> by its owner, <c>received</c> by a recipient).</summary>
    public static JsonObject Share(ShareEntity share, string kind, bool includeRecipientCounts, bool includeResources)
    {
        var json = new JsonObject
        {
            ["id"] = share.Id,
            ["account_id"] = share.Owner.Id,
            ["account_name"] = share.Owner.Name,
            ["created"] = Timestamp(share.Created),
            ["modified"] = Timestamp(share.Modified),
            ["name"] = share.Name,
            ["organization_id"] = share.Owner.OrganizationId,
            ["status"] = share.Status,
            ["target_type"] = share.TargetType,
        };

        if (includeRecipientCounts)
        {
            json["associated_recipient_count"] = share.Recipients.Count(r => r.AssociationStatus == "associated");
            json["associating_recipient_count"] = share.Recipients.Count(r => r.AssociationStatus == "associating");
            json["disassociated_recipient_count"] = share.Recipients.Count(r => r.AssociationStatus == "disassociated");
            json["disassociating_recipient_count"] = share.Recipients.Count(r => r.AssociationStatus == "disassociating");
        }

        json["kind"] = kind;
        if (includeResources)
        {
            json["resources"] = new JsonArray(share.Resources.Select(r => (JsonNode)Resource(r)).ToArray());
        }

        return json;
    }

    public static JsonObject Resource(ResourceEntity resource)
        => new()
        {
            ["id"] = resource.Id,
            ["created"] = Timestamp(resource.Created),
            ["meta"] = resource.Meta.DeepClone(),
            ["modified"] = Timestamp(resource.Modified),
            ["resource_account_id"] = resource.ResourceAccountId,
            ["resource_id"] = resource.ResourceId,
            ["resource_type"] = resource.ResourceType,
            ["resource_version"] = resource.Version,
            ["status"] = resource.Status,
        };

    /// <summary>A recipient; with <paramref name="share"/>, its per-resource association state too.</summary>
    public static JsonObject Recipient(RecipientEntity recipient, ShareEntity? share = null)
    {
        var json = new JsonObject
        {
            ["id"] = recipient.Id,
            ["account_id"] = recipient.AccountId,
            ["association_status"] = recipient.AssociationStatus,
            ["created"] = Timestamp(recipient.Created),
            ["modified"] = Timestamp(recipient.Modified),
        };

        if (share is not null)
        {
            json["resources"] = new JsonArray(share.Resources
                .Where(r => r.Status == "active")
                .Select(r => (JsonNode)new JsonObject
                {
                    ["resource_id"] = r.ResourceId,
                    ["resource_version"] = r.Version,
                    ["error"] = string.Empty,
                    ["terminal"] = false,
                })
                .ToArray());
        }

        return json;
    }

    public static JsonObject ExcludedRecipient(ExcludedRecipientEntity excluded)
        => new()
        {
            ["id"] = excluded.Id,
            ["account_id"] = excluded.AccountId,
            ["created"] = Timestamp(excluded.Created),
            ["modified"] = Timestamp(excluded.Modified),
        };

    /// <summary>UTC with microseconds, as the API writes it: <c>2023-09-21T18:56:32.624632Z</c>.</summary>
    public static string Timestamp(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}

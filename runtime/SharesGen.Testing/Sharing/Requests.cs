using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SharesGen.Testing.Http;

namespace SharesGen.Testing.Sharing;

internal sealed record NewShare(string Name, IReadOnlyList<NewRecipient> Recipients, IReadOnlyList<NewResource> Resources);

internal sealed record NewRecipient(string AccountId, bool IsOrganization, string Pointer);

internal sealed record NewResource(string ResourceId, string ResourceType, string ResourceAccountId, JsonObject Meta);

/// <summary>Reads the request bodies of the spec (<c>create_share_request</c> and friends), checking every member.</summary>
internal static class Requests
{
    private const int IdLength = PathIds.MaxLength;

    public static NewShare Share(JsonObject body)
    {
        var name = ShareName(body);
        var recipients = JsonBody.Objects(JsonBody.RequiredArray(body, "recipients"), "/recipients")
            .Select(item => Recipient(item.Item, item.Pointer))
            .ToArray();
        var resources = JsonBody.Objects(JsonBody.RequiredArray(body, "resources"), "/resources")
            .Select(item => Resource(item.Item, item.Pointer))
            .ToArray();
        return new NewShare(name, recipients, resources);
    }

    public static string ShareName(JsonObject body)
    {
        var name = JsonBody.RequiredString(body, "name");
        return name.Trim().Length > 0 ? name : throw ApiProblem.Invalid("name must not be empty.", "/name");
    }

    /// <summary>
    /// <c>create_share_recipient_request</c>: an account (<c>recipient_account_id</c>, or its deprecated alias
    /// <c>account_id</c>) or an organization (<c>organization_id</c>), exactly one of the two.
    /// </summary>
    public static NewRecipient Recipient(JsonObject body, string at = "")
    {
        var account = JsonBody.OptionalString(body, "recipient_account_id", at, IdLength)
            ?? JsonBody.OptionalString(body, "account_id", at, IdLength);
        var organization = JsonBody.OptionalString(body, "organization_id", at, IdLength);
        return (account, organization) switch
        {
            ({ } id, null) => new NewRecipient(id, IsOrganization: false, at),
            (null, { } id) => new NewRecipient(id, IsOrganization: true, at),
            (null, null) => throw ApiProblem.Invalid("Account or organization ID must be provided (recipient_account_id or organization_id).", at.Length == 0 ? null : at),
            _ => throw ApiProblem.Invalid("Provide either an account or an organization ID, not both.", at.Length == 0 ? null : at),
        };
    }

    public static IReadOnlyList<NewRecipient> Recipients(JsonArray body)
        => JsonBody.Objects(body, string.Empty).Select(item => Recipient(item.Item, item.Pointer)).ToArray();

    /// <summary><c>create_share_resource_request</c>: all four members required.</summary>
    public static NewResource Resource(JsonObject body, string at = "")
        => new(
            JsonBody.RequiredString(body, "resource_id", at, IdLength),
            JsonBody.RequiredEnum(body, "resource_type", Vocabulary.ResourceTypes, at),
            JsonBody.RequiredString(body, "resource_account_id", at, IdLength),
            JsonBody.RequiredObject(body, "meta", at));

    /// <summary><c>update_share_resource_request</c>: <c>meta</c>, required.</summary>
    public static JsonObject ResourceMeta(JsonObject body) => JsonBody.RequiredObject(body, "meta");

    /// <summary><c>create_share_excluded_recipient_request</c>: <c>account_id</c>, required.</summary>
    public static string ExcludedAccount(JsonObject body, string at = "")
        => JsonBody.RequiredString(body, "account_id", at, IdLength);

    public static IReadOnlyList<string> ExcludedAccounts(JsonArray body)
        => JsonBody.Objects(body, string.Empty).Select(item => ExcludedAccount(item.Item, item.Pointer)).ToArray();
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharesGen.Testing.Synthesis;

namespace SharesGen.Testing.Profiles;

/// <summary>
/// What Cloudflare's Resource Sharing spec states only in prose, for the generic loopback server: deletes are
/// transitions (a share or resource goes <c>deleting</c>, a recipient <c>disassociating</c>, until
/// <see cref="Settle"/> completes them as the API does in the background); a recipient with neither
/// <c>recipient_account_id</c> (or its alias <c>account_id</c>) nor <c>organization_id</c> is the caller's
/// organization; a share names its owner's account and organization, is <c>sent</c> to its owner and
/// <c>received</c> by its recipients, and appears in its organization's list; lists are whole when
/// <c>page</c> and <c>per_page</c> are both omitted; counts and recipient resources appear when asked for; a
/// resource's <c>resource_version</c> counts its updates. Everything else comes from the spec.
/// </summary>
public sealed class ResourceSharingProfile : LoopbackProfile
{
    private const string Shares = "/accounts/{account_id}/shares";
    private const string Recipients = Shares + "/{share_id}/recipients";
    private const string ShareResources = Shares + "/{share_id}/resources";
    private const string OrganizationShares = "/organizations/{organization_id}/shares";

    private readonly Dictionary<string, (string Name, string OrganizationId)> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string?>> _tags = new(StringComparer.Ordinal);

    /// <summary>The organization of accounts not registered with <see cref="RegisterAccount"/>.</summary>
    public string DefaultOrganizationId { get; init; } = "2d3f5c7a9b1e4f6d8c0a2b4e6f8d0c1a";

    /// <summary>The number of shares, in any status, across all accounts.</summary>
    public int ShareCount => Resources.ItemsOf(Shares).Count;

    /// <summary>The share lists are whole when <c>page</c> and <c>per_page</c> are both omitted, as the spec's descriptions say.</summary>
    protected internal override bool ListsWholeWhenPageOmitted(ResourceEvent list) => list.CollectionTemplate is Shares or OrganizationShares;

    /// <summary>A recipient reads a share it received as the owner does.</summary>
    protected internal override StoredResource? OnFinding(ResourceEvent find, string id)
        => find.CollectionTemplate == Shares && find.Operation?.Method == "GET"
            ? Resources.ItemsOf(Shares).FirstOrDefault(s => s.Id == id && KindFor(s, find.PathValue("account_id")!) == "received")
            : null;

    /// <summary>Replacing the recipients keeps those already there, as they are; the spec's own words.</summary>
    protected internal override bool IsSameItem(ResourceEvent existing, JsonElement element)
    {
        if (existing.CollectionTemplate != Recipients || !IsActive(existing.Resource!))
        {
            return false;
        }

        var (id, isOrganization) = RecipientOf(element, existing);
        return existing.Item!["account_id"]?.GetValue<string>() == id && (existing.Item["organization_id"] is not null) == isOrganization;
    }

    /// <summary>
    /// Names an account and its organization, as shares report them in <c>account_name</c> and <c>organization_id</c>.
    /// Accounts not registered are named <c>Account</c> plus the start of their id, in <see cref="DefaultOrganizationId"/>.
    /// </summary>
    public void RegisterAccount(string accountId, string accountName, string organizationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        ArgumentException.ThrowIfNullOrEmpty(organizationId);
        Resources.Locked(() => _accounts[accountId] = (accountName, organizationId));
    }

    /// <summary>Tags a share for the list's <c>tag</c> filter (no operation sets tags): <c>key=value</c> matches the value, <c>key</c> any value.</summary>
    public void TagShare(string shareId, string key, string? value = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(shareId);
        ArgumentException.ThrowIfNullOrEmpty(key);
        Resources.Locked(() =>
        {
            if (!Resources.ItemsOf(Shares).Any(s => s.Id == shareId))
            {
                throw new ArgumentException($"No share has the id '{shareId}'.", nameof(shareId));
            }

            if (!_tags.TryGetValue(shareId, out var tags))
            {
                _tags[shareId] = tags = new Dictionary<string, string?>(StringComparer.Ordinal);
            }

            tags[key] = value;
        });
    }

    /// <summary>Seeds an active share owned by <paramref name="accountId"/>, with one resource and no recipients, without a request; returns its id.</summary>
    public string AddShare(string accountId, string name, string resourceType = "custom-ruleset")
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(resourceType);
        return Resources.Locked(() =>
        {
            var path = new Dictionary<string, string> { ["account_id"] = accountId };
            var share = new JsonObject { ["id"] = NewId(), ["name"] = name, ["account_id"] = accountId };
            OnCreating(new ResourceEvent(null, Shares, "/accounts/" + Uri.EscapeDataString(accountId) + "/shares", path, null) { Item = share });
            var stored = Resources.Add("/accounts/" + Uri.EscapeDataString(accountId) + "/shares", Shares, [accountId], share["id"]!.GetValue<string>(), share);
            var resource = new JsonObject { ["id"] = NewId(), ["resource_id"] = NewId(), ["resource_type"] = resourceType, ["resource_account_id"] = accountId, ["meta"] = new JsonObject() };
            OnCreating(new ResourceEvent(null, ShareResources, stored + "/resources", path, null) { Item = resource });
            Resources.Add(stored + "/resources", ShareResources, [accountId, stored.Id], resource["id"]!.GetValue<string>(), resource);
            return stored.Id;
        });
    }

    /// <summary>
    /// Completes every pending transition at once: recipients <c>associating</c> → <c>associated</c> and
    /// <c>disassociating</c> → <c>disassociated</c>; shares and resources <c>deleting</c> → <c>deleted</c>.
    /// </summary>
    public void Settle()
        => Resources.Locked(() =>
        {
            var now = Now;
            foreach (var recipient in Resources.ItemsOf(Recipients))
            {
                Move(recipient.Json, "association_status", ("associating", "associated"), ("disassociating", "disassociated"), now);
            }

            foreach (var item in Resources.ItemsOf(ShareResources).Concat(Resources.ItemsOf(Shares)))
            {
                Move(item.Json, "status", ("deleting", "deleted"), ("deleting", "deleted"), now);
            }
        });

    /// <inheritdoc/>
    protected internal override void OnCreating(ResourceEvent change)
    {
        var item = change.Item!;
        var now = Now;
        item["created"] = now;
        item["modified"] = now;
        switch (change.CollectionTemplate)
        {
            case Shares:
                var owner = Account(change.PathValue("account_id")!);
                item["account_name"] = owner.Name;
                item["organization_id"] = owner.OrganizationId;
                item["status"] = "active";
                var recipients = change.Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("recipients", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().ToArray()
                    : [];
                item["target_type"] = recipients.Any(r => RecipientOf(r, change).IsOrganization) ? "organization" : "account";
                break;
            case Recipients:
                var (accountId, isOrganization) = RecipientOf(change.Body, change);
                item.Remove("recipient_account_id");
                item["account_id"] = accountId;
                item["organization_id"] = isOrganization ? accountId : null;
                item["association_status"] = "associating";
                break;
            case ShareResources:
                item["status"] = "active";
                item["resource_version"] = 1;
                break;
        }
    }

    /// <inheritdoc/>
    protected internal override void OnUpdating(ResourceEvent change)
    {
        var item = change.Item!;
        item["modified"] = Now;
        if (change.CollectionTemplate == ShareResources)
        {
            item["resource_version"] = (item["resource_version"]?.GetValue<int>() ?? 0) + 1;
        }
    }

    /// <inheritdoc/>
    protected internal override bool OnDeleting(ResourceEvent change)
    {
        var item = change.Item!;
        var now = Now;
        switch (change.CollectionTemplate)
        {
            case Shares:
                if (Move(item, "status", ("active", "deleting"), ("active", "deleting"), now))
                {
                    foreach (var recipient in Resources.Items(change.Resource + "/recipients"))
                    {
                        Move(recipient.Json, "association_status", ("associating", "disassociating"), ("associated", "disassociating"), now);
                    }
                }

                return true;
            case Recipients:
                Move(item, "association_status", ("associating", "disassociating"), ("associated", "disassociating"), now);
                return true;
            case ShareResources:
                Move(item, "status", ("active", "deleting"), ("active", "deleting"), now);
                return true;
            default:
                return false;
        }
    }

    /// <inheritdoc/>
    protected internal override IEnumerable<StoredResource>? OnListing(ResourceEvent list)
    {
        IEnumerable<StoredResource> shares;
        switch (list.CollectionTemplate)
        {
            case Shares:
                var account = list.PathValue("account_id")!;
                shares = Resources.ItemsOf(Shares).Where(s => KindFor(s, account) is not null);
                break;
            case OrganizationShares:
                var organization = list.PathValue("organization_id")!;
                shares = Resources.ItemsOf(Shares).Where(s => KindForOrganization(s, organization) is not null);
                break;
            default:
                return null;
        }

        var types = list.Query("resource_types") is null ? [] : QueryValues(list, "resource_types");
        var tags = QueryValues(list, "tag");
        return shares.Where(s => (types.Count == 0 || Resources.Items(s + "/resources").Any(r => types.Contains(r.Json["resource_type"]?.GetValue<string>() ?? string.Empty)))
                                 && tags.All(tag => HasTag(s.Id, tag)));
    }

    /// <inheritdoc/>
    protected internal override void OnShowing(ResourceEvent view, JsonObject shown)
    {
        var resource = view.Resource!;
        if (resource.CollectionTemplate == Shares)
        {
            var kind = view.PathValue("organization_id") is { } organization ? KindForOrganization(resource, organization) : KindFor(resource, view.PathValue("account_id") ?? string.Empty);
            shown["kind"] = kind ?? "sent";
            if (view.Query("include_recipient_counts") == "true" || (view.Operation?.Method == "POST" && view.CollectionTemplate == Shares))
            {
                var statuses = Resources.Items(resource + "/recipients").Select(r => r.Json["association_status"]?.GetValue<string>()).ToArray();
                foreach (var status in new[] { "associated", "associating", "disassociated", "disassociating" })
                {
                    shown[status + "_recipient_count"] = statuses.Count(s => s == status);
                }
            }
        }
        else if (resource.CollectionTemplate == Recipients && view.Query("include_resources") == "true")
        {
            var share = resource.CollectionPath[..resource.CollectionPath.LastIndexOf('/')];
            shown["resources"] = new JsonArray(Resources.Items(share + "/resources")
                .Where(r => r.Json["status"]?.GetValue<string>() == "active")
                .Select(r => (JsonNode)new JsonObject
                {
                    ["resource_id"] = r.Json["resource_id"]?.DeepClone(),
                    ["resource_version"] = r.Json["resource_version"]?.DeepClone(),
                    ["error"] = string.Empty,
                    ["terminal"] = false,
                })
                .ToArray());
        }
    }

    private string Now => ValueSynthesizer.Timestamp(Time.GetUtcNow());

    private static string NewId() => Guid.NewGuid().ToString("N");

    private (string Name, string OrganizationId) Account(string accountId)
        => _accounts.TryGetValue(accountId, out var account) ? account : ("Account " + accountId[..Math.Min(6, accountId.Length)], DefaultOrganizationId);

    /// <summary>The recipient a body names: an account, an organization, or (neither given) the caller's organization.</summary>
    private (string Id, bool IsOrganization) RecipientOf(JsonElement? body, ResourceEvent change)
    {
        string? Member(string name)
            => body is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        return (Member("recipient_account_id") ?? Member("account_id")) is { } account ? (account, false)
            : Member("organization_id") is { } organization ? (organization, true)
            : (Account(change.PathValue("account_id")!).OrganizationId, true);
    }

    /// <summary>How an account sees a share: <c>sent</c> as its owner, <c>received</c> as an active recipient, else not at all.</summary>
    private string? KindFor(StoredResource share, string accountId)
        => share.ParentValues[0] == accountId ? "sent"
            : Resources.Items(share + "/recipients").Any(r => IsActive(r) && r.Json["organization_id"] is null && r.Json["account_id"]?.GetValue<string>() == accountId) ? "received"
            : null;

    /// <summary>How an organization sees a share: <c>sent</c> by one of its accounts, <c>received</c> as a recipient.</summary>
    private string? KindForOrganization(StoredResource share, string organizationId)
        => share.Json["organization_id"]?.GetValue<string>() == organizationId ? "sent"
            : Resources.Items(share + "/recipients").Any(r => IsActive(r) && r.Json["organization_id"]?.GetValue<string>() == organizationId) ? "received"
            : null;

    private static bool IsActive(StoredResource recipient) => recipient.Json["association_status"]?.GetValue<string>() is "associating" or "associated";

    /// <summary><c>key=value</c> needs that value; a bare <c>key</c> needs the key. Tags are ANDed.</summary>
    private bool HasTag(string shareId, string tag)
    {
        var tags = _tags.TryGetValue(shareId, out var found) ? found : new Dictionary<string, string?>();
        var equals = tag.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? tags.ContainsKey(tag) : tags.TryGetValue(tag[..equals], out var value) && value == tag[(equals + 1)..];
    }

    private static IReadOnlyList<string> QueryValues(ResourceEvent list, string name) => list.QueryValues(name);

    private static bool Move(JsonObject item, string member, (string From, string To) first, (string From, string To) second, string now)
    {
        var current = item[member]?.GetValue<string>();
        var next = current == first.From ? first.To : current == second.From ? second.To : null;
        if (next is null)
        {
            return false;
        }

        item[member] = next;
        item["modified"] = now;
        return true;
    }
}

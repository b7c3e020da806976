using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SharesGen.Testing.Http;

namespace SharesGen.Testing.Sharing;

internal sealed partial class SharingStore
{
    public (IReadOnlyList<JsonNode> Items, ResultInfo Info) ListShares(string accountId, ShareQuery query, PageRequest page)
    {
        lock (_gate)
        {
            return ListShares(share => KindFor(share, accountId), query, page);
        }
    }

    public (IReadOnlyList<JsonNode> Items, ResultInfo Info) ListOrganizationShares(string organizationId, ShareQuery query, PageRequest page)
    {
        lock (_gate)
        {
            return ListShares(share => KindForOrganization(share, organizationId), query, page);
        }
    }

    /// <summary>Creates a share; the answer carries its resources and recipient counts, as the spec's example does.</summary>
    public JsonNode CreateShare(string accountId, NewShare request)
    {
        lock (_gate)
        {
            var now = Now;
            var share = new ShareEntity
            {
                Id = NewId(),
                Sequence = ++_sequence,
                Owner = Account(accountId),
                Name = request.Name,
                TargetType = request.Recipients.Any(r => r.IsOrganization) ? "organization" : "account",
                Created = now,
                Modified = now,
            };

            foreach (var recipient in request.Recipients.DistinctBy(r => (r.AccountId, r.IsOrganization)))
            {
                share.Recipients.Add(NewRecipientEntity(recipient, now));
            }

            foreach (var resource in request.Resources)
            {
                share.Resources.Add(NewResourceEntity(resource, now));
            }

            _shares.Add(share);
            return SharingJson.Share(share, "sent", includeRecipientCounts: true, includeResources: true);
        }
    }

    public JsonNode GetShare(string accountId, string shareId)
    {
        lock (_gate)
        {
            // Its owner and its recipients may read a share; to anyone else it does not exist.
            var share = _shares.FirstOrDefault(s => s.Id == shareId);
            var kind = share is null ? null : KindFor(share, accountId);
            if (share is null || kind is null)
            {
                throw ApiProblem.NotFound("Share");
            }

            return SharingJson.Share(share, kind, includeRecipientCounts: false, includeResources: false);
        }
    }

    public JsonNode RenameShare(string accountId, string shareId, string name)
    {
        lock (_gate)
        {
            var share = OwnedShare(accountId, shareId);
            share.Name = name;
            share.Modified = Now;
            return SharingJson.Share(share, "sent", includeRecipientCounts: false, includeResources: false);
        }
    }

    /// <summary>Starts deleting a share: <c>deleting</c> until its recipients are disassociated (see <see cref="Settle"/>).</summary>
    public JsonNode DeleteShare(string accountId, string shareId)
    {
        lock (_gate)
        {
            var share = OwnedShare(accountId, shareId);
            if (share.Status == "active")
            {
                var now = Now;
                share.Status = "deleting";
                share.Modified = now;
                foreach (var recipient in share.Recipients.Where(r => r.IsActive))
                {
                    Touch(recipient, "disassociating", now);
                }
            }

            return SharingJson.Share(share, "sent", includeRecipientCounts: false, includeResources: false);
        }
    }

    /// <summary>Seeds a share with one resource and no recipients, without a request.</summary>
    public string AddShare(string accountId, string name, string resourceType)
    {
        var resource = new NewResource(NewId(), resourceType, accountId, new JsonObject());
        return CreateShare(accountId, new NewShare(name, [], [resource]))["id"]!.GetValue<string>();
    }

    private (IReadOnlyList<JsonNode> Items, ResultInfo Info) ListShares(Func<ShareEntity, string?> kindOf, ShareQuery query, PageRequest page)
    {
        var views = _shares
            .Select(share => (Share: share, Kind: kindOf(share)))
            .Where(view => view.Kind is not null && Matches(view.Share, view.Kind, query));
        views = query.Order == "name"
            ? views.OrderBy(view => view.Share.Name, StringComparer.Ordinal).ThenBy(view => view.Share.Sequence)
            : views.OrderBy(view => view.Share.Created).ThenBy(view => view.Share.Sequence);
        if (query.Direction == "desc")
        {
            views = views.Reverse();
        }

        return Page(views.ToArray(), page, view => SharingJson.Share(view.Share, view.Kind!, query.IncludeRecipientCounts, query.IncludeResources));
    }

    private static bool Matches(ShareEntity share, string? kind, ShareQuery query)
        => (query.Status is null || share.Status == query.Status)
            && (query.Kind is null || kind == query.Kind)
            && (query.TargetType is null || share.TargetType == query.TargetType)
            && (query.ResourceTypes.Count == 0 || share.Resources.Any(r => query.ResourceTypes.Contains(r.ResourceType)))
            && query.Tags.All(tag => HasTag(share, tag));

    /// <summary><c>key=value</c> needs that value; a bare <c>key</c> needs the key. Tags are ANDed.</summary>
    private static bool HasTag(ShareEntity share, string tag)
    {
        var equals = tag.IndexOf('=', StringComparison.Ordinal);
        return equals < 0
            ? share.Tags.ContainsKey(tag)
            : share.Tags.TryGetValue(tag[..equals], out var value) && value == tag[(equals + 1)..];
    }
}

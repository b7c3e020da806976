using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SharesGen.Testing.Http;

namespace SharesGen.Testing.Sharing;

/// <summary>
/// The in-memory Resource Sharing API: shares with their recipients, resources and excluded recipients. One lock
/// guards everything; every method returns JSON snapshots built under it, so routes never see live state.
/// Deletes follow the spec: a share or resource goes to <c>deleting</c>, a recipient to <c>disassociating</c>,
/// and <see cref="Settle"/> completes what the real API completes in the background.
/// </summary>
internal sealed partial class SharingStore(TimeProvider time, string defaultOrganizationId)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, AccountEntity> _accounts = new(StringComparer.Ordinal);
    private readonly List<ShareEntity> _shares = new();
    private long _sequence;

    public int ShareCount
    {
        get
        {
            lock (_gate)
            {
                return _shares.Count;
            }
        }
    }

    /// <summary>Names an account and its organization; unregistered accounts get a generated name and the default organization.</summary>
    public void RegisterAccount(string accountId, string accountName, string organizationId)
    {
        lock (_gate)
        {
            _accounts[accountId] = new AccountEntity { Id = accountId, Name = accountName, OrganizationId = organizationId };
        }
    }

    /// <summary>Tags a share, for the <c>tag</c> filter (the API has no operation that sets tags).</summary>
    public void Tag(string shareId, string key, string? value)
    {
        lock (_gate)
        {
            var share = _shares.FirstOrDefault(s => s.Id == shareId) ?? throw new ArgumentException($"No share has the id '{shareId}'.", nameof(shareId));
            share.Tags[key] = value;
        }
    }

    /// <summary>Completes every pending transition: associating → associated, disassociating → disassociated, deleting → deleted.</summary>
    public void Settle()
    {
        lock (_gate)
        {
            var now = Now;
            foreach (var share in _shares)
            {
                foreach (var recipient in share.Recipients)
                {
                    var settled = recipient.AssociationStatus switch
                    {
                        "associating" => "associated",
                        "disassociating" => "disassociated",
                        var status => status,
                    };
                    Touch(recipient, settled, now);
                }

                foreach (var resource in share.Resources.Where(r => r.Status == "deleting"))
                {
                    resource.Status = "deleted";
                    resource.Modified = now;
                }

                if (share.Status == "deleting")
                {
                    share.Status = "deleted";
                    share.Modified = now;
                }
            }
        }
    }

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>32 lowercase hex digits, the API's identifier form.</summary>
    private static string NewId() => Guid.NewGuid().ToString("N");

    private static void Touch(RecipientEntity recipient, string status, DateTimeOffset now)
    {
        if (recipient.AssociationStatus != status)
        {
            recipient.AssociationStatus = status;
            recipient.Modified = now;
        }
    }

    private AccountEntity Account(string accountId)
    {
        if (!_accounts.TryGetValue(accountId, out var account))
        {
            account = new AccountEntity { Id = accountId, Name = "Account " + accountId[..Math.Min(6, accountId.Length)], OrganizationId = defaultOrganizationId };
            _accounts[accountId] = account;
        }

        return account;
    }

    /// <summary>A share the account owns; only the owner may change it or see its recipients and resources.</summary>
    private ShareEntity OwnedShare(string accountId, string shareId)
        => _shares.FirstOrDefault(s => s.Id == shareId && s.Owner.Id == accountId) ?? throw ApiProblem.NotFound("Share");

    /// <summary>How an account sees a share: <c>sent</c> as its owner, <c>received</c> as a recipient, else not at all.</summary>
    private static string? KindFor(ShareEntity share, string accountId)
        => share.Owner.Id == accountId ? "sent"
            : share.Recipients.Any(r => r.IsActive && !r.IsOrganization && r.AccountId == accountId) ? "received"
            : null;

    /// <summary>How an organization sees a share: <c>sent</c> by one of its accounts, <c>received</c> as a recipient.</summary>
    private static string? KindForOrganization(ShareEntity share, string organizationId)
        => share.Owner.OrganizationId == organizationId ? "sent"
            : share.Recipients.Any(r => r.IsActive && r.IsOrganization && r.AccountId == organizationId) ? "received"
            : null;

    private static (IReadOnlyList<JsonNode> Items, ResultInfo Info) Page<T>(IReadOnlyList<T> all, PageRequest page, Func<T, JsonNode> toJson)
    {
        var (items, info) = Pagination.Apply(all, page);
        return (items.Select(toJson).ToArray(), info);
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SharesGen.Testing.Http;

namespace SharesGen.Testing.Sharing;

internal sealed partial class SharingStore
{
    public (IReadOnlyList<JsonNode> Items, ResultInfo Info) ListExcludedRecipients(string accountId, string shareId, PageRequest page)
    {
        lock (_gate)
        {
            return Page(OwnedShare(accountId, shareId).ExcludedRecipients, page, e => SharingJson.ExcludedRecipient(e));
        }
    }

    public JsonNode CreateExcludedRecipient(string accountId, string shareId, string excludedAccountId)
    {
        lock (_gate)
        {
            var share = OwnedShare(accountId, shareId);
            if (share.ExcludedRecipients.Any(e => e.AccountId == excludedAccountId))
            {
                throw ApiProblem.Invalid($"{excludedAccountId} is already excluded from this share.", "/account_id");
            }

            var excluded = NewExcludedRecipient(excludedAccountId);
            share.ExcludedRecipients.Add(excluded);
            return SharingJson.ExcludedRecipient(excluded);
        }
    }

    /// <summary>Replaces the excluded recipients: accounts already excluded keep their entry, the rest are dropped.</summary>
    public void ReplaceExcludedRecipients(string accountId, string shareId, IReadOnlyList<string> excludedAccountIds)
    {
        lock (_gate)
        {
            var share = OwnedShare(accountId, shareId);
            var kept = excludedAccountIds
                .Distinct()
                .Select(id => share.ExcludedRecipients.FirstOrDefault(e => e.AccountId == id) ?? NewExcludedRecipient(id))
                .ToList();
            share.ExcludedRecipients.Clear();
            share.ExcludedRecipients.AddRange(kept);
        }
    }

    public JsonNode GetExcludedRecipient(string accountId, string shareId, string excludedRecipientId)
    {
        lock (_gate)
        {
            return SharingJson.ExcludedRecipient(ExcludedRecipient(OwnedShare(accountId, shareId), excludedRecipientId));
        }
    }

    /// <summary>Removes an excluded recipient at once (the spec names no pending state) and answers with it.</summary>
    public JsonNode DeleteExcludedRecipient(string accountId, string shareId, string excludedRecipientId)
    {
        lock (_gate)
        {
            var share = OwnedShare(accountId, shareId);
            var excluded = ExcludedRecipient(share, excludedRecipientId);
            share.ExcludedRecipients.Remove(excluded);
            return SharingJson.ExcludedRecipient(excluded);
        }
    }

    private static ExcludedRecipientEntity ExcludedRecipient(ShareEntity share, string excludedRecipientId)
        => share.ExcludedRecipients.FirstOrDefault(e => e.Id == excludedRecipientId) ?? throw ApiProblem.NotFound("Excluded recipient");

    private ExcludedRecipientEntity NewExcludedRecipient(string accountId)
    {
        var now = Now;
        return new ExcludedRecipientEntity { Id = NewId(), AccountId = accountId, Created = now, Modified = now };
    }
}

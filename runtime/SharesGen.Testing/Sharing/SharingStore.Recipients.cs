using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SharesGen.Testing.Http;

namespace SharesGen.Testing.Sharing;

internal sealed partial class SharingStore
{
    public (IReadOnlyList<JsonNode> Items, ResultInfo Info) ListRecipients(string accountId, string shareId, PageRequest page, bool includeResources)
    {
        lock (_gate)
        {
            var share = OwnedShare(accountId, shareId);
            return Page(share.Recipients, page, r => SharingJson.Recipient(r, includeResources ? share : null));
        }
    }

    public JsonNode CreateRecipient(string accountId, string shareId, NewRecipient request)
    {
        lock (_gate)
        {
            var share = OwnedShare(accountId, shareId);
            if (share.Recipients.Any(r => r.IsActive && SameRecipient(r, request)))
            {
                throw ApiProblem.Invalid($"{request.AccountId} is already a recipient of this share.");
            }

            var recipient = NewRecipientEntity(request, Now);
            share.Recipients.Add(recipient);
            return SharingJson.Recipient(recipient);
        }
    }

    /// <summary>
    /// Replaces the recipients with <paramref name="requests"/>: those already there are kept as they are, new
    /// ones start <c>associating</c>, and the rest are dropped.
    /// </summary>
    public void ReplaceRecipients(string accountId, string shareId, IReadOnlyList<NewRecipient> requests)
    {
        lock (_gate)
        {
            var share = OwnedShare(accountId, shareId);
            var now = Now;
            var kept = new List<RecipientEntity>();
            foreach (var request in requests.DistinctBy(r => (r.AccountId, r.IsOrganization)))
            {
                kept.Add(share.Recipients.FirstOrDefault(r => r.IsActive && SameRecipient(r, request)) ?? NewRecipientEntity(request, now));
            }

            share.Recipients.Clear();
            share.Recipients.AddRange(kept);
        }
    }

    public JsonNode GetRecipient(string accountId, string shareId, string recipientId)
    {
        lock (_gate)
        {
            return SharingJson.Recipient(Recipient(OwnedShare(accountId, shareId), recipientId));
        }
    }

    /// <summary>Starts removing a recipient: it is answered <c>disassociating</c> (see <see cref="Settle"/>).</summary>
    public JsonNode DeleteRecipient(string accountId, string shareId, string recipientId)
    {
        lock (_gate)
        {
            var recipient = Recipient(OwnedShare(accountId, shareId), recipientId);
            if (recipient.IsActive)
            {
                Touch(recipient, "disassociating", Now);
            }

            return SharingJson.Recipient(recipient);
        }
    }

    private static RecipientEntity Recipient(ShareEntity share, string recipientId)
        => share.Recipients.FirstOrDefault(r => r.Id == recipientId) ?? throw ApiProblem.NotFound("Recipient");

    private static bool SameRecipient(RecipientEntity recipient, NewRecipient request)
        => recipient.AccountId == request.AccountId && recipient.IsOrganization == request.IsOrganization;

    private static RecipientEntity NewRecipientEntity(NewRecipient request, DateTimeOffset now)
        => new() { Id = NewId(), AccountId = request.AccountId, IsOrganization = request.IsOrganization, Created = now, Modified = now };
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Contoso.Cloudflare;

namespace SharesGen.EndToEnd.Tests.Support;

/// <summary>
/// One call of each of the 21 generated operations, with every query parameter the operation declares, in an order
/// that also works against state (create before read, delete last). Each step reads the ids it needs from
/// <see cref="Ids"/> and a create stores the id it got, so the same script serves the stateful loopback server, the
/// example-answering one and Prism (where any id of at most 32 characters will do).
/// </summary>
public static class EveryOperation
{
    public const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
    public const string OrganizationId = "2d3f5c7a9b1e4f6d8c0a2b4e6f8d0c1a";
    public const string PartnerAccountId = "372e67954025e0ba6aaa6d586b9e0b59";
    public const string SecondPartnerAccountId = "b7c9a0e8c2b4e6a0f1d3c5b7a9e1f3d5";
    public const string ExcludedAccountId = "d8f9e0a1b2c3d4e5f6a7b8c9d0e1f2a3";

    /// <summary>The ids the steps pass; creates replace the placeholders with what the server answered.</summary>
    public sealed class Ids
    {
        public string ShareId { get; set; } = "3fd85f74b32742f1bff64a85009dda07";

        public string RecipientId { get; set; } = "8c2b4e6a0f1d3c5b7a9e1f3d5b7c9a0e";

        public string ResourceId { get; set; } = "1c4e6a8f0b2d9c7e3f5a1b9d7c6e8f0a";

        public string ExcludedRecipientId { get; set; } = "e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6";
    }

    /// <summary>One operation: its operationId and the call.</summary>
    public sealed record Step(string OperationId, Func<SharesClient, Ids, Task> Run)
    {
        public override string ToString() => OperationId;
    }

    /// <summary>The 21 steps, in an order that works against state.</summary>
    public static IReadOnlyList<Step> Steps { get; } =
    [
        new("share-create", async (c, ids) => ids.ShareId = (await c.Shares.CreateAsync(AccountId, NewShare())).Id),
        new("shares-list", (c, _) => c.Shares.ListAsync(AccountId, new SharesListOptions { Status = ShareStatus.Active, Kind = ShareKind.Sent, TargetType = ShareTargetType.Account, ResourceTypes = [ResourceType.CustomRuleset, ResourceType.GatewayPolicy], Order = ShareOrder.Name, Direction = ShareDirection.Asc, Page = 1, PerPage = 20, IncludeResources = true, IncludeRecipientCounts = true, Tag = ["env=production", "team"] }).FirstPageAsync()),
        new("shares-get-by-id", (c, ids) => c.Shares.GetAsync(AccountId, ids.ShareId)),
        new("share-update", (c, ids) => c.Shares.UpdateAsync(AccountId, ids.ShareId, new UpdateShareRequest { Name = "My Shared WAF Managed Rule (production)" })),
        new("share-recipients-list", (c, ids) => c.Shares.Recipients.ListAsync(AccountId, ids.ShareId, new SharesRecipientsListOptions { Page = 1, PerPage = 20, IncludeResources = true }).FirstPageAsync()),
        new("share-recipient-create", async (c, ids) => ids.RecipientId = (await c.Shares.Recipients.CreateAsync(AccountId, ids.ShareId, new CreateShareRecipientRequest { RecipientAccountId = SecondPartnerAccountId })).Id),
        new("share-recipients-get-by-id", (c, ids) => c.Shares.Recipients.GetAsync(AccountId, ids.ShareId, ids.RecipientId)),
        new("share-recipient-delete", (c, ids) => c.Shares.Recipients.DeleteAsync(AccountId, ids.ShareId, ids.RecipientId)),
        new("share-recipients-update", (c, ids) => c.Shares.Recipients.UpdateAsync(AccountId, ids.ShareId, [new CreateShareRecipientRequest { RecipientAccountId = PartnerAccountId }, new CreateShareRecipientRequest { OrganizationId = OrganizationId }])),
        new("share-resources-list", (c, ids) => c.Shares.Resources.ListAsync(AccountId, ids.ShareId, new SharesResourcesListOptions { Status = ResourceStatus.Active, ResourceType = ResourceType.CustomRuleset, Page = 1, PerPage = 20 }).FirstPageAsync()),
        new("share-resource-create", async (c, ids) => ids.ResourceId = (await c.Shares.Resources.CreateAsync(AccountId, ids.ShareId, new CreateShareResourceRequest
        {
            Meta = JsonElement.Parse("{}"),
            ResourceAccountId = AccountId,
            ResourceId = "3a4b5c6d7e8f90a1b2c3d4e5f6071829",
            ResourceType = ResourceType.IdpFederationGrant,
        })).Id),
        new("share-resources-get-by-id", (c, ids) => c.Shares.Resources.GetAsync(AccountId, ids.ShareId, ids.ResourceId)),
        new("share-resource-update", (c, ids) => c.Shares.Resources.UpdateAsync(AccountId, ids.ShareId, ids.ResourceId, new UpdateShareResourceRequest { Meta = JsonElement.Parse("""{"description":"Allow-list for partner egress IPs"}""") })),
        new("share-resource-delete", (c, ids) => c.Shares.Resources.DeleteAsync(AccountId, ids.ShareId, ids.ResourceId)),
        new("share-excluded-recipients-list", (c, ids) => c.Shares.ExcludedRecipients.ListAsync(AccountId, ids.ShareId, new SharesExcludedRecipientsListOptions { Page = 1, PerPage = 20 }).FirstPageAsync()),
        new("share-excluded-recipient-create", async (c, ids) => ids.ExcludedRecipientId = (await c.Shares.ExcludedRecipients.CreateAsync(AccountId, ids.ShareId, new CreateShareExcludedRecipientRequest { AccountId = ExcludedAccountId })).Id),
        new("share-excluded-recipients-get-by-id", (c, ids) => c.Shares.ExcludedRecipients.GetAsync(AccountId, ids.ShareId, ids.ExcludedRecipientId)),
        new("share-excluded-recipient-delete", (c, ids) => c.Shares.ExcludedRecipients.DeleteAsync(AccountId, ids.ShareId, ids.ExcludedRecipientId)),
        new("share-excluded-recipients-update", (c, ids) => c.Shares.ExcludedRecipients.UpdateAsync(AccountId, ids.ShareId, [new CreateShareExcludedRecipientRequest { AccountId = ExcludedAccountId }, new CreateShareExcludedRecipientRequest { AccountId = "c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9" }])),
        new("organization-shares-list", (c, _) => c.Organizations.Shares.ListAsync(OrganizationId, new OrganizationsSharesListOptions { Status = ShareStatus.Active, Kind = ShareKind.Sent, TargetType = ShareTargetType.Organization, ResourceTypes = [ResourceType.GatewayPolicy], Order = ShareOrder.Created, Direction = ShareDirection.Desc, Page = 1, PerPage = 50 }).FirstPageAsync()),
        new("share-delete", (c, ids) => c.Shares.DeleteAsync(AccountId, ids.ShareId)),
    ];

    /// <summary>Runs every step in order; returns the operationIds called.</summary>
    public static async Task<IReadOnlyList<string>> RunAllAsync(SharesClient client, Ids? ids = null)
    {
        ids ??= new Ids();
        foreach (var step in Steps)
        {
            await step.Run(client, ids);
        }

        return Steps.Select(s => s.OperationId).ToArray();
    }

    private static CreateShareRequest NewShare()
        => new()
        {
            Name = "My Shared WAF Managed Rule",
            Recipients = [new CreateShareRecipientRequest { RecipientAccountId = PartnerAccountId }],
            Resources =
            [
                new CreateShareResourceRequest
                {
                    Meta = JsonElement.Parse("{}"),
                    ResourceAccountId = AccountId,
                    ResourceId = "4814384a9e5d4991b9815dcfc25d2f1f",
                    ResourceType = ResourceType.CustomRuleset,
                },
            ],
        };
}

using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SharesGen.Testing.Sharing;

// The server's state. Mutable, and only touched under the store's lock; routes see JSON snapshots.

internal sealed class AccountEntity
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string OrganizationId { get; init; }
}

internal sealed class ShareEntity
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public required AccountEntity Owner { get; init; }

    public required string Name { get; set; }

    public required string TargetType { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Modified { get; set; }

    public string Status { get; set; } = "active";

    public List<RecipientEntity> Recipients { get; } = new();

    public List<ResourceEntity> Resources { get; } = new();

    public List<ExcludedRecipientEntity> ExcludedRecipients { get; } = new();

    /// <summary>Tags for the <c>tag</c> filter: key → value (null for a bare key).</summary>
    public Dictionary<string, string?> Tags { get; } = new(StringComparer.Ordinal);
}

internal sealed class RecipientEntity
{
    public required string Id { get; init; }

    /// <summary>The recipient account, or the organization for an organization recipient.</summary>
    public required string AccountId { get; init; }

    public required bool IsOrganization { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Modified { get; set; }

    public string AssociationStatus { get; set; } = "associating";

    public bool IsActive => AssociationStatus is "associating" or "associated";
}

internal sealed class ResourceEntity
{
    public required string Id { get; init; }

    public required string ResourceId { get; init; }

    public required string ResourceType { get; init; }

    public required string ResourceAccountId { get; init; }

    public required JsonObject Meta { get; set; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Modified { get; set; }

    public string Status { get; set; } = "active";

    public int Version { get; set; } = 1;
}

internal sealed class ExcludedRecipientEntity
{
    public required string Id { get; init; }

    public required string AccountId { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Modified { get; init; }
}

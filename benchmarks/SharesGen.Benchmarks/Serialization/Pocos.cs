using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Benchmarks.Serialization;

// Hand-written equivalents of the generated DTOs, the way a careful developer would write them for
// System.Text.Json: the same members and wire names, `required` where the spec requires, extensible enums as
// their wire strings (a C# enum would throw on a value the server adds later, the generated structs do not),
// `meta` as JsonElement, unknown members kept in [JsonExtensionData] like the generated AdditionalProperties.
// The reflection rows and the source-generation rows (PocoJsonContext) use these same types.

public sealed class ShareEnvelope
{
    [JsonPropertyName("errors")]
    public List<ResponseInfoPoco> Errors { get; set; } = new();

    [JsonPropertyName("messages")]
    public List<ResponseInfoPoco> Messages { get; set; } = new();

    [JsonPropertyName("success")]
    public bool Success { get; set; }

    [JsonPropertyName("result")]
    public SharePoco? Result { get; set; }
}

public sealed class ShareListEnvelope
{
    [JsonPropertyName("errors")]
    public List<ResponseInfoPoco> Errors { get; set; } = new();

    [JsonPropertyName("messages")]
    public List<ResponseInfoPoco> Messages { get; set; } = new();

    [JsonPropertyName("success")]
    public bool Success { get; set; }

    [JsonPropertyName("result")]
    public List<SharePoco>? Result { get; set; }

    [JsonPropertyName("result_info")]
    public ResultInfoPoco? ResultInfo { get; set; }
}

public sealed class ResponseInfoPoco
{
    [JsonPropertyName("code")]
    public int Code { get; set; }

    [JsonPropertyName("message")]
    public string Message { get; set; } = string.Empty;

    [JsonPropertyName("documentation_url")]
    public string? DocumentationUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class ResultInfoPoco
{
    [JsonPropertyName("count")]
    public int? Count { get; set; }

    [JsonPropertyName("page")]
    public int? Page { get; set; }

    [JsonPropertyName("per_page")]
    public int? PerPage { get; set; }

    [JsonPropertyName("total_count")]
    public long? TotalCount { get; set; }

    [JsonPropertyName("total_pages")]
    public int? TotalPages { get; set; }
}

public sealed class SharePoco
{
    [JsonPropertyName("account_id")]
    public required string AccountId { get; set; }

    [JsonPropertyName("account_name")]
    public required string AccountName { get; set; }

    [JsonPropertyName("associated_recipient_count")]
    public int? AssociatedRecipientCount { get; set; }

    [JsonPropertyName("associating_recipient_count")]
    public int? AssociatingRecipientCount { get; set; }

    [JsonPropertyName("created")]
    public required DateTimeOffset Created { get; set; }

    [JsonPropertyName("disassociated_recipient_count")]
    public int? DisassociatedRecipientCount { get; set; }

    [JsonPropertyName("disassociating_recipient_count")]
    public int? DisassociatingRecipientCount { get; set; }

    [JsonPropertyName("id")]
    public required string Id { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("modified")]
    public required DateTimeOffset Modified { get; set; }

    [JsonPropertyName("name")]
    public required string Name { get; set; }

    [JsonPropertyName("organization_id")]
    public required string OrganizationId { get; set; }

    [JsonPropertyName("resources")]
    public List<ShareResourcePoco>? Resources { get; set; }

    [JsonPropertyName("status")]
    public required string Status { get; set; }

    [JsonPropertyName("target_type")]
    public required string TargetType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class ShareResourcePoco
{
    [JsonPropertyName("created")]
    public required DateTimeOffset Created { get; set; }

    [JsonPropertyName("id")]
    public required string Id { get; set; }

    [JsonPropertyName("meta")]
    public required JsonElement Meta { get; set; }

    [JsonPropertyName("modified")]
    public required DateTimeOffset Modified { get; set; }

    [JsonPropertyName("resource_account_id")]
    public required string ResourceAccountId { get; set; }

    [JsonPropertyName("resource_id")]
    public required string ResourceId { get; set; }

    [JsonPropertyName("resource_type")]
    public required string ResourceType { get; set; }

    [JsonPropertyName("resource_version")]
    public required int ResourceVersion { get; set; }

    [JsonPropertyName("status")]
    public required string Status { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class CreateShareRequestPoco
{
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    [JsonPropertyName("recipients")]
    public required List<CreateShareRecipientRequestPoco> Recipients { get; set; }

    [JsonPropertyName("resources")]
    public required List<CreateShareResourceRequestPoco> Resources { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class CreateShareRecipientRequestPoco
{
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }

    [JsonPropertyName("organization_id")]
    public string? OrganizationId { get; set; }

    [JsonPropertyName("recipient_account_id")]
    public string? RecipientAccountId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class CreateShareResourceRequestPoco
{
    [JsonPropertyName("meta")]
    public required JsonElement Meta { get; set; }

    [JsonPropertyName("resource_account_id")]
    public required string ResourceAccountId { get; set; }

    [JsonPropertyName("resource_id")]
    public required string ResourceId { get; set; }

    [JsonPropertyName("resource_type")]
    public required string ResourceType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>System.Text.Json source generation over the POCOs: metadata and the fast-path serializer.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ShareEnvelope))]
[JsonSerializable(typeof(ShareListEnvelope))]
[JsonSerializable(typeof(SharePoco))]
[JsonSerializable(typeof(List<SharePoco>))]
[JsonSerializable(typeof(CreateShareRequestPoco))]
public sealed partial class PocoJsonContext : JsonSerializerContext
{
}

/// <summary>System.Text.Json reflection over the same POCOs, with the same null handling.</summary>
public static class PocoReflection
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}

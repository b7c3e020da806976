using System.Collections.Generic;
using System.Text.Json;

namespace SharesGen.Runtime;

/// <summary>
/// One entry of an envelope's <c>errors</c> or <c>messages</c>: <c>{ "code": 7003, "message": "…" }</c>, with
/// <c>documentation_url</c> and <c>source.pointer</c> when the API sends them.
/// </summary>
public sealed class ResponseInfo
{
    /// <summary>The API's code for this error or message, e.g. 7003.</summary>
    public int Code { get; init; }

    /// <summary>The human-readable text.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>A page that explains the error, when the API gives one.</summary>
    public string? DocumentationUrl { get; init; }

    /// <summary>Where in the request the error lies (<c>source.pointer</c>), when the API says.</summary>
    public string? SourcePointer { get; init; }

    /// <summary>Members this runtime does not know, kept as sent.</summary>
    public IReadOnlyDictionary<string, JsonElement>? AdditionalProperties { get; init; }

    /// <summary><c>[7003] No route for the URI</c>.</summary>
    public override string ToString() => $"[{Code}] {Message}";
}

/// <summary>
/// The envelope's <c>result_info</c> on list responses: where this page sits in the whole list. The spec types
/// every member as <c>number</c>, so each is read as sent (20, 20.0, 2e1, 20.5, 5e9), never truncated; null when
/// absent or not a number.
/// </summary>
public sealed class ResultInfo
{
    /// <summary>The number of items on this page.</summary>
    public double? Count { get; init; }

    /// <summary>The page number, from 1.</summary>
    public double? Page { get; init; }

    /// <summary>The page size.</summary>
    public double? PerPage { get; init; }

    /// <summary>The number of items across all pages.</summary>
    public double? TotalCount { get; init; }

    /// <summary>The number of pages.</summary>
    public double? TotalPages { get; init; }
}

using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharesGen.Testing.Contracts;

namespace SharesGen.Testing;

/// <summary>What a <see cref="LoopbackProfile"/> hook is told: the request, the collection and the item at hand.</summary>
public sealed class ResourceEvent
{
    private readonly IQueryCollection? _query;

    internal ResourceEvent(OperationContract? operation, string collectionTemplate, string collectionPath, IReadOnlyDictionary<string, string> pathValues, IQueryCollection? query)
    {
        Operation = operation;
        CollectionTemplate = collectionTemplate;
        CollectionPath = collectionPath;
        PathValues = pathValues;
        _query = query;
    }

    /// <summary>The operation requested; for an item created from its parent's body, the parent's operation.</summary>
    public OperationContract? Operation { get; }

    /// <summary>The collection's template as the spec writes it, e.g. <c>/accounts/{account_id}/shares/{share_id}/recipients</c>.</summary>
    public string CollectionTemplate { get; }

    /// <summary>The concrete collection: <c>/accounts/023e…/shares/3fd8…/recipients</c>.</summary>
    public string CollectionPath { get; }

    /// <summary>The request's path parameters by name.</summary>
    public IReadOnlyDictionary<string, string> PathValues { get; }

    /// <summary>The item being created, changed, deleted or shown (the stored JSON; for <see cref="LoopbackProfile.OnShowing"/>, read it, change the copy).</summary>
    public JsonObject? Item { get; internal init; }

    /// <summary>The stored item, once it exists.</summary>
    public StoredResource? Resource { get; internal init; }

    /// <summary>The request body element the item was made from (the whole body, an array element, or a member of the parent's body).</summary>
    public JsonElement? Body { get; internal init; }

    /// <summary>A query parameter's first value, or null.</summary>
    public string? Query(string name) => _query is not null && _query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>Every value of a query parameter, in order (<c>tag=a&amp;tag=b</c>).</summary>
    public IReadOnlyList<string> QueryValues(string name)
        => _query is not null && _query.TryGetValue(name, out var values) ? values.Select(v => v ?? string.Empty).ToArray() : [];

    /// <summary>A path parameter's value, or null.</summary>
    public string? PathValue(string name) => PathValues.TryGetValue(name, out var value) ? value : null;
}

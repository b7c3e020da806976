using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SharesGen.Testing;

/// <summary>One item the loopback server holds: its JSON as responses show it, and where it lives.</summary>
public sealed class StoredResource
{
    internal StoredResource(string collectionPath, string collectionTemplate, IReadOnlyList<string> parentValues, string id, JsonObject json, long sequence)
    {
        CollectionPath = collectionPath;
        CollectionTemplate = collectionTemplate;
        ParentValues = parentValues;
        Id = id;
        Json = json;
        Sequence = sequence;
    }

    /// <summary>The concrete collection, escaped as on the wire: <c>/accounts/023e…/shares</c>.</summary>
    public string CollectionPath { get; }

    /// <summary>The collection's template as the spec writes it: <c>/accounts/{account_id}/shares</c>.</summary>
    public string CollectionTemplate { get; }

    /// <summary>The values of the collection path's parameters, in order (<c>["023e…"]</c>).</summary>
    public IReadOnlyList<string> ParentValues { get; }

    /// <summary>The item's id, as its item path takes it.</summary>
    public string Id { get; }

    /// <summary>The item's members; change them only inside <see cref="ResourceStore.Locked"/> or a profile hook.</summary>
    public JsonObject Json { get; }

    /// <summary>The order of creation, from 1.</summary>
    public long Sequence { get; }

    /// <summary><c>/accounts/023e…/shares/3fd8…</c>.</summary>
    public override string ToString() => CollectionPath + "/" + Id;
}

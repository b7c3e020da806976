using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SharesGen.Testing;

/// <summary>
/// What the loopback server holds: the items of every collection, keyed by their concrete collection path. One lock
/// guards everything; the server handles each request under it, and so do profile hooks and <see cref="Locked"/>.
/// </summary>
public sealed class ResourceStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<StoredResource>> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonNode> _singletons = new(StringComparer.Ordinal);
    private long _sequence;

    internal ResourceStore()
    {
    }

    /// <summary>The number of items across all collections.</summary>
    public int Count => Locked(() => _collections.Values.Sum(c => c.Count));

    /// <summary>Runs <paramref name="action"/> under the store's lock (re-entrant), e.g. to change items consistently.</summary>
    public void Locked(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate)
        {
            action();
        }
    }

    /// <summary>Runs <paramref name="read"/> under the store's lock and returns its result.</summary>
    public T Locked<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            return read();
        }
    }

    /// <summary>The items of one concrete collection (<c>/accounts/023e…/shares</c>), in creation order.</summary>
    public IReadOnlyList<StoredResource> Items(string collectionPath)
        => Locked(() => _collections.TryGetValue(collectionPath, out var items) ? items.ToArray() : Array.Empty<StoredResource>());

    /// <summary>The items of every collection with this template (<c>/accounts/{account_id}/shares</c>), in creation order.</summary>
    public IReadOnlyList<StoredResource> ItemsOf(string collectionTemplate)
        => Locked(() => _collections.Values.SelectMany(c => c).Where(r => r.CollectionTemplate == collectionTemplate).OrderBy(r => r.Sequence).ToArray());

    /// <summary>One item by its collection path and id, or null.</summary>
    public StoredResource? Find(string collectionPath, string id)
        => Locked(() => _collections.TryGetValue(collectionPath, out var items) ? items.FirstOrDefault(r => r.Id == id) : null);

    internal StoredResource Add(string collectionPath, string collectionTemplate, IReadOnlyList<string> parentValues, string id, JsonObject json)
        => Locked(() =>
        {
            if (!_collections.TryGetValue(collectionPath, out var items))
            {
                items = new List<StoredResource>();
                _collections[collectionPath] = items;
            }

            var resource = new StoredResource(collectionPath, collectionTemplate, parentValues, id, json, ++_sequence);
            items.Add(resource);
            return resource;
        });

    /// <summary>Removes an item and everything nested under it.</summary>
    internal void Remove(StoredResource resource)
        => Locked(() =>
        {
            if (_collections.TryGetValue(resource.CollectionPath, out var items))
            {
                items.Remove(resource);
            }

            var prefix = resource + "/";
            foreach (var path in _collections.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToArray())
            {
                _collections.Remove(path);
            }
        });

    internal JsonNode? Singleton(string path) => Locked(() => _singletons.TryGetValue(path, out var value) ? value : null);

    internal void SetSingleton(string path, JsonNode value) => Locked(() => _singletons[path] = value);
}

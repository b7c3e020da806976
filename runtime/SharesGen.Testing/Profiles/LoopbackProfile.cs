using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharesGen.Testing;

/// <summary>
/// What the loopback server cannot derive from a spec, for one API: lifecycles the spec only describes in words
/// (a delete that is a status change), defaults the prose states, views across collections. The generic server
/// calls these hooks under its lock; each default does nothing, so a profile overrides only what its API needs.
/// </summary>
public abstract class LoopbackProfile
{
    private ResourceStore? _store;

    /// <summary>The server's state; available once the server has started with this profile.</summary>
    public ResourceStore Resources => _store ?? throw new InvalidOperationException("The profile is not attached to a started LoopbackApiServer.");

    /// <summary>The server's clock.</summary>
    protected TimeProvider Time { get; private set; } = TimeProvider.System;

    /// <summary>Whether this list answers every item, unpaginated, when neither <c>page</c> nor <c>per_page</c> is sent. Default: false (the spec's defaults apply).</summary>
    protected internal virtual bool ListsWholeWhenPageOmitted(ResourceEvent list) => false;

    /// <summary>An item the generic server did not find where the path names it (e.g. a share read by one of its recipients); null for a 404.</summary>
    protected internal virtual StoredResource? OnFinding(ResourceEvent find, string id) => null;

    /// <summary>
    /// In a collection <c>PUT</c>: whether the existing item stands for this body element, so it is kept as it is
    /// instead of being deleted and created again. Default: false (the collection becomes the body's items).
    /// </summary>
    protected internal virtual bool IsSameItem(ResourceEvent existing, JsonElement element) => false;

    /// <summary>An item is about to be stored (a create, an element of a collection PUT, or an item nested in a parent's body).</summary>
    protected internal virtual void OnCreating(ResourceEvent change)
    {
    }

    /// <summary>An item is about to be changed by a PUT or PATCH; <see cref="ResourceEvent.Item"/> already holds the new members.</summary>
    protected internal virtual void OnUpdating(ResourceEvent change)
    {
    }

    /// <summary>An item is about to be deleted; return true to keep it (a soft delete that changes its status instead).</summary>
    protected internal virtual bool OnDeleting(ResourceEvent change) => false;

    /// <summary>The items a list answers with, before filters and paging; null for the collection's own.</summary>
    protected internal virtual IEnumerable<StoredResource>? OnListing(ResourceEvent list) => null;

    /// <summary>An item is about to be shown in a response: adjust <paramref name="shown"/> (a copy) as this caller sees it.</summary>
    protected internal virtual void OnShowing(ResourceEvent view, JsonObject shown)
    {
    }

    internal void Attach(ResourceStore store, TimeProvider time)
    {
        if (_store is not null && !ReferenceEquals(_store, store))
        {
            throw new InvalidOperationException("A profile serves one LoopbackApiServer; create one per server.");
        }

        _store = store;
        Time = time;
    }
}

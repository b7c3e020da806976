using System;
using System.Linq;
using SharesGen.Testing.Sharing;

namespace SharesGen.Testing;

/// <summary>
/// The loopback server's Resource Sharing state, for the arrange step of a test: name accounts, seed and tag
/// shares, and complete the transitions the real API completes in the background.
/// </summary>
public sealed class SharingState
{
    private readonly SharingStore _store;

    internal SharingState(SharingStore store) => _store = store;

    /// <summary>The number of shares, in any status, across all accounts.</summary>
    public int ShareCount => _store.ShareCount;

    /// <summary>
    /// Names an account and its organization, as shares report them in <c>account_name</c> and
    /// <c>organization_id</c>. Accounts not registered are named <c>Account</c> plus the start of their id, in
    /// <see cref="LoopbackApiServerOptions.DefaultOrganizationId"/>.
    /// </summary>
    public void RegisterAccount(string accountId, string accountName, string organizationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        ArgumentException.ThrowIfNullOrEmpty(organizationId);
        _store.RegisterAccount(accountId, accountName, organizationId);
    }

    /// <summary>Seeds an active share owned by <paramref name="accountId"/>, with one resource and no recipients; returns its id.</summary>
    public string AddShare(string accountId, string name, string resourceType = "custom-ruleset")
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!Vocabulary.ResourceTypes.Contains(resourceType))
        {
            throw new ArgumentException($"'{resourceType}' is not a resource type the spec names.", nameof(resourceType));
        }

        return _store.AddShare(accountId, name, resourceType);
    }

    /// <summary>Tags a share for the list's <c>tag</c> filter: <c>key=value</c> matches the value, <c>key</c> any value.</summary>
    public void TagShare(string shareId, string key, string? value = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(shareId);
        ArgumentException.ThrowIfNullOrEmpty(key);
        _store.Tag(shareId, key, value);
    }

    /// <summary>
    /// Completes every pending transition at once: recipients <c>associating</c> → <c>associated</c> and
    /// <c>disassociating</c> → <c>disassociated</c>; shares and resources <c>deleting</c> → <c>deleted</c>.
    /// </summary>
    public void Settle() => _store.Settle();
}

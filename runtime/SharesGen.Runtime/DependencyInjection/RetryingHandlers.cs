using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;

namespace SharesGen.Runtime.DependencyInjection;

/// <summary>
/// Which registered clients' <c>HttpClient</c>s carry a resilience handler of Microsoft.Extensions.Http.Resilience,
/// as the handler filter saw them built. The factory builds a client's handlers before it hands out the
/// <c>HttpClient</c>, so the answer is known when the typed client is created on it.
/// </summary>
/// <remarks>
/// Recognised by type name, not type, so the netstandard2.0 build (which that package does not serve) composes too.
/// </remarks>
internal sealed class RetryingHandlers
{
    private const string ResilienceHandler = "Microsoft.Extensions.Http.Resilience.ResilienceHandler";

    private readonly ConcurrentDictionary<string, bool> _byClient = new(StringComparer.Ordinal);

    public void Note(string clientName, IEnumerable<DelegatingHandler> handlers)
    {
        var retries = false;
        foreach (var handler in handlers)
        {
            retries |= IsResilienceHandler(handler.GetType());
        }

        _byClient[clientName] = retries;
    }

    /// <summary>True when the client's <c>HttpClient</c> retries by itself.</summary>
    public bool Retries(string clientName) => _byClient.TryGetValue(clientName, out var retries) && retries;

    private static bool IsResilienceHandler(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.FullName == ResilienceHandler)
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Net.Http;

namespace SharesGen.Runtime.Http;

/// <summary>
/// The handler the runtime builds when it owns the connection (a client constructed without an
/// <c>HttpClient</c>, and the DI registration): it never follows redirects (the pipeline's redirect policy does,
/// same-origin only) and keeps no cookies (one jar shared by clients with different credentials would mix them).
/// </summary>
internal static class RuntimeHttpHandler
{
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient(Create(), disposeHandler: false)
    {
        // ApiClientOptions.Timeout bounds each call; a second, fixed timeout here would cut long ones short.
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    });

    /// <summary>One client for every pipeline built without an <c>HttpClient</c>: connections are pooled, never exhausted.</summary>
    public static HttpClient Shared => SharedClient.Value;

    public static HttpMessageHandler Create()
    {
#if NETSTANDARD2_0
        return new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
#else
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            // A long-lived shared client must still notice DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
#endif
    }

    /// <summary>Turns off automatic redirects on a handler a consumer configured, when it is one whose setting is known.</summary>
    public static void DisableAutoRedirect(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case HttpClientHandler { AllowAutoRedirect: true } clientHandler:
                clientHandler.AllowAutoRedirect = false;
                break;
#if !NETSTANDARD2_0
            case SocketsHttpHandler { AllowAutoRedirect: true } socketsHandler:
                socketsHandler.AllowAutoRedirect = false;
                break;
#endif
        }
    }
}

using System.Net.Http;

namespace SharesGen.Runtime.Http;

/// <summary>
/// The <see cref="HttpMethod"/> of an operation's method name: the shared static instance for the standard ones, so
/// a call allocates none (nor one per retry) and <c>SocketsHttpHandler</c> takes its known-method path.
/// <see cref="HttpMethod"/> is immutable, so sharing it between calls is safe.
/// </summary>
internal static class KnownMethods
{
    public static HttpMethod Of(string method) => method switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
        "HEAD" => HttpMethod.Head,
        "OPTIONS" => HttpMethod.Options,
        "TRACE" => HttpMethod.Trace,
#if NETSTANDARD2_0
        // netstandard2.0 has no HttpMethod.Patch; a static one is still one allocation for the process.
        "PATCH" => Patch,
#else
        "PATCH" => HttpMethod.Patch,
#endif
        _ => new HttpMethod(method),
    };

#if NETSTANDARD2_0
    private static readonly HttpMethod Patch = new("PATCH");
#endif
}

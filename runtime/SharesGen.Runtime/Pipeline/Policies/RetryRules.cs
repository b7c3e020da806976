using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// What may be sent again, in one place: the retry policy follows it, and so does a standard resilience handler on
/// a registered client's <c>HttpClient</c> (DependencyInjection/StandardResilienceRules.cs, net8.0).
/// </summary>
internal static class RetryRules
{
    /// <summary>GET, HEAD, PUT, DELETE and OPTIONS may be sent twice with the same effect.</summary>
    public static bool IsIdempotent(string method) => method is "GET" or "HEAD" or "PUT" or "DELETE" or "OPTIONS";

    /// <summary>A refused connection never reached the server, and a 429 says it did nothing: safe to resend anything.</summary>
    public static bool ServerCannotHaveActed(int? status, Exception? exception)
        => status == 429 || exception is HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } };

    /// <summary>
    /// Transient: what the server cannot have acted on, and for idempotent requests also 408, 5xx and any other
    /// connection failure.
    /// </summary>
    public static bool IsTransient(int? status, Exception? exception, bool idempotent)
        => ServerCannotHaveActed(status, exception)
            || (idempotent && (status is 408 or >= 500 || exception is HttpRequestException or IOException));
}

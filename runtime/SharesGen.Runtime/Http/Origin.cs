using System;

namespace SharesGen.Runtime.Http;

/// <summary>
/// An origin (RFC 6454): scheme, host and port. Credentials and bodies go only to the base address's origin;
/// a redirect or response from any other is refused.
/// </summary>
internal static class Origin
{
    /// <summary>True when both addresses have the same scheme, host and port.</summary>
    public static bool Same(Uri a, Uri b)
        => a.IsAbsoluteUri && b.IsAbsoluteUri
           && string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
           && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
           && a.Port == b.Port;

    /// <summary>
    /// The origin alone, <c>https://host:443</c>, for messages: never the path or query (a server may put a
    /// token there) and never user info, made printable.
    /// </summary>
    public static string Describe(Uri uri)
        => uri.IsAbsoluteUri
            ? SafeText.Printable(uri.Scheme + "://" + uri.IdnHost + ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), 300)
            : "a relative address";
}

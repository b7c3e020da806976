using System;
using System.Collections.Generic;
using System.Globalization;

namespace SharesGen.Runtime;

/// <summary>
/// What one call may set for itself: a <see cref="Timeout"/> and extra <see cref="Headers"/>. Every generated
/// operation takes these, or its own options class that derives from this one and adds the operation's optional
/// parameters as properties (so a parameter the spec adds, removes or reorders can never rebind a call site).
/// </summary>
public class ApiCallOptions
{
    private TimeSpan? _timeout;
    private Dictionary<string, string>? _headers;

    /// <summary>
    /// Bounds this call, retries and body included, instead of <see cref="ApiClientOptions.Timeout"/>. Positive and at
    /// most <see cref="ApiClientOptions.MaxTimeout"/>, or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for
    /// none; null (the default) keeps the client's.
    /// </summary>
    public TimeSpan? Timeout
    {
        get => _timeout;
        set
        {
            if (value is { } timeout && timeout != System.Threading.Timeout.InfiniteTimeSpan && (timeout <= TimeSpan.Zero || timeout > ApiClientOptions.MaxTimeout))
            {
                throw new ArgumentOutOfRangeException(nameof(Timeout), $"ApiCallOptions.Timeout must be positive and at most {ApiClientOptions.MaxTimeout.ToString("c", CultureInfo.InvariantCulture)}, or Timeout.InfiniteTimeSpan; it is {timeout.ToString("c", CultureInfo.InvariantCulture)}.");
            }

            _timeout = value;
        }
    }

    /// <summary>
    /// Headers to send with this call, by name (compared without case). Each is checked like every header value when
    /// the call starts (an HTTP token for a name, visible ASCII for a value; never echoed), and set after the
    /// operation's own headers, so it replaces one of the same name. The client's credentials are set after these and
    /// always win.
    /// </summary>
    public IDictionary<string, string> Headers => _headers ??= new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The headers set, or null when none were (without allocating).</summary>
    internal IReadOnlyDictionary<string, string>? HeadersOrNull => _headers;
}

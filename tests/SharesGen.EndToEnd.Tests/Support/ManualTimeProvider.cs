using System;

namespace SharesGen.EndToEnd.Tests.Support;

/// <summary>A clock that moves only when told, so <c>created</c>/<c>modified</c> can be asserted exactly.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public DateTimeOffset Advance(TimeSpan by)
    {
        lock (_gate)
        {
            return _now += by;
        }
    }
}

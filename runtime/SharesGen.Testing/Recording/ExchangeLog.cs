using System.Collections.Generic;
using System.Threading;

namespace SharesGen.Testing.Recording;

/// <summary>The server's thread-safe record of exchanges, in the order the requests arrived.</summary>
internal sealed class ExchangeLog
{
    private readonly object _gate = new();
    private readonly List<RecordedExchange> _exchanges = new();
    private int _sequence;

    public int NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(RecordedExchange exchange)
    {
        lock (_gate)
        {
            var index = _exchanges.Count;
            while (index > 0 && _exchanges[index - 1].Sequence > exchange.Sequence)
            {
                index--;
            }

            _exchanges.Insert(index, exchange);
        }
    }

    public IReadOnlyList<RecordedExchange> Snapshot()
    {
        lock (_gate)
        {
            return _exchanges.ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _exchanges.Clear();
        }
    }
}

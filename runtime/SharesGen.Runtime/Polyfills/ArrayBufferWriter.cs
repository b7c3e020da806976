#if NETSTANDARD2_0
using System;

namespace System.Buffers;

/// <summary>
/// netstandard2.0 has <c>ArrayBufferWriter&lt;T&gt;</c> only inside System.Text.Json, internal: this is the same
/// small growable buffer, for the runtime's own writing.
/// </summary>
internal sealed class ArrayBufferWriter<T> : IBufferWriter<T>
{
    private T[] _buffer;

    public ArrayBufferWriter(int initialCapacity = 256)
    {
        _buffer = new T[Math.Max(initialCapacity, 1)];
    }

    public int WrittenCount { get; private set; }

    public ReadOnlyMemory<T> WrittenMemory => new(_buffer, 0, WrittenCount);

    public ReadOnlySpan<T> WrittenSpan => new(_buffer, 0, WrittenCount);

    public void Advance(int count)
    {
        if (count < 0 || WrittenCount + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        WrittenCount += count;
    }

    public Memory<T> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(WrittenCount);
    }

    public Span<T> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(WrittenCount);
    }

    private void Reserve(int sizeHint)
    {
        var needed = WrittenCount + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}
#endif

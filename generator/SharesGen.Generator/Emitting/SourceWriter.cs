using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// A small indent-aware text writer for emitted C#. Lines are written with <c>\n</c> on every platform so the
/// output is byte-for-byte deterministic.
/// </summary>
/// <remarks>
/// Allocation matters here (issue 15: the emitters allocated 5.5 × the text they produce). An interpolated line
/// (<c>writer.WriteLine($"public {type} {name};")</c>) is written straight into the buffer by
/// <see cref="LineHandler"/>, with no string of its own; and the buffer is reused from one file to the next (a run
/// emits dozens, one after the other), so what a file costs is mostly the final string <see cref="Finish"/> returns.
/// </remarks>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    /// <summary>A buffer larger than this (in characters) is not kept for the next file: a compiler server lives long.</summary>
    internal const int MaxCachedCapacity = 256 * 1024;

    /// <summary>
    /// Two buffers per thread, free for the next writers; null while a writer uses one. Two, because the client and
    /// sub-client emitters write the body into a writer of its own while the file's head is open.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? t_cached;

    [ThreadStatic]
    private static StringBuilder? t_spare;

    private StringBuilder _builder;
    private int _indent;

    public SourceWriter()
    {
        if (t_cached is { } cached)
        {
            _builder = cached;
            t_cached = null;
        }
        else if (t_spare is { } spare)
        {
            _builder = spare;
            t_spare = null;
        }
        else
        {
            _builder = new StringBuilder(4096);
        }
    }

    public void WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            WriteIndent();
            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>
    /// Writes <paramref name="prefix"/> and <paramref name="length"/> characters of <paramref name="text"/> from
    /// <paramref name="start"/> as one indented line: one line of a longer text, with no string of its own.
    /// </summary>
    public void WriteLine(string prefix, string text, int start, int length)
    {
        WriteIndent();
        _builder.Append(prefix).Append(text, start, length).Append('\n');
    }

    /// <summary>An interpolated line, written where it goes: indented unless it comes out empty, as <see cref="WriteLine(string)"/>.</summary>
    public void WriteLine([InterpolatedStringHandlerArgument("")] ref LineHandler line) => _builder.Append('\n');

    /// <summary>Appends what <paramref name="other"/> wrote, as written (it kept its own indentation); <paramref name="other"/> is done.</summary>
    public void Append(SourceWriter other)
    {
        _builder.Append(other._builder);
        other.Release();
    }

    /// <summary>Writes <c>{</c>, indents, and returns a scope that closes with <c>}</c> (plus an optional suffix).</summary>
    public Block OpenBlock(string? header = null, string closeSuffix = "")
    {
        if (header is not null)
        {
            WriteLine(header);
        }

        return Open(closeSuffix);
    }

    /// <summary><see cref="OpenBlock(string?, string)"/> with an interpolated header, written where it goes.</summary>
    public Block OpenBlock([InterpolatedStringHandlerArgument("")] ref LineHandler header, string closeSuffix = "")
    {
        _builder.Append('\n');
        return Open(closeSuffix);
    }

    /// <summary>The text written, and the buffer back for the next writer: the writer is not used after this.</summary>
    public string Finish()
    {
        var text = _builder.ToString();
        Release();
        return text;
    }

    /// <summary>The text written so far; the writer goes on (emitter tests read one method this way).</summary>
    public override string ToString() => _builder.ToString();

    private Block Open(string closeSuffix)
    {
        WriteLine("{");
        _indent++;
        return new Block(this, closeSuffix);
    }

    private void WriteIndent()
    {
        for (var i = 0; i < _indent; i++)
        {
            _builder.Append(IndentUnit);
        }
    }

    private void Release()
    {
        var builder = _builder;
        _builder = null!;
        if (builder.Capacity > MaxCachedCapacity)
        {
            return;
        }

        builder.Clear();
        if (t_cached is null)
        {
            t_cached = builder;
        }
        else if (t_spare is null || t_spare.Capacity < builder.Capacity)
        {
            t_spare = builder;
        }
    }

    internal readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _closeSuffix;

        public Block(SourceWriter writer, string closeSuffix)
        {
            _writer = writer;
            _closeSuffix = closeSuffix;
        }

        public void Dispose()
        {
            _writer._indent--;
            _writer.WriteLine($"}}{_closeSuffix}");
        }
    }

    /// <summary>
    /// Writes the parts of an interpolated line into the writer's buffer as the compiler hands them over, the indent
    /// first, once the line turns out not to be empty. Values are formatted as string interpolation formats them
    /// (<see cref="IFormattable"/> with no format and no provider), so the text is what <c>$"…"</c> would make.
    /// </summary>
    [InterpolatedStringHandler]
    internal ref struct LineHandler
    {
        private readonly SourceWriter _writer;
        private bool _started;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _writer = writer;
            _started = false;
        }

        public void AppendLiteral(string value) => AppendFormatted(value);

        public void AppendFormatted(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (!_started)
            {
                _started = true;
                _writer.WriteIndent();
            }

            _writer._builder.Append(value);
        }

        public void AppendFormatted<T>(T value)
            => AppendFormatted(value is IFormattable formattable ? formattable.ToString(null, null) : value?.ToString());
    }
}

using System;
using System.Text;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// A small indent-aware text writer for emitted C#. Lines are written with <c>\n</c> on every platform so the
/// output is byte-for-byte deterministic.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>Appends what <paramref name="other"/> wrote, as written (it kept its own indentation).</summary>
    public void Append(SourceWriter other) => _builder.Append(other._builder);

    /// <summary>Writes <c>{</c>, indents, and returns a scope that closes with <c>}</c> (plus an optional suffix).</summary>
    public Block OpenBlock(string? header = null, string closeSuffix = "")
    {
        if (header is not null)
        {
            WriteLine(header);
        }

        WriteLine("{");
        _indent++;
        return new Block(this, closeSuffix);
    }

    public override string ToString() => _builder.ToString();

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
            _writer.WriteLine("}" + _closeSuffix);
        }
    }
}

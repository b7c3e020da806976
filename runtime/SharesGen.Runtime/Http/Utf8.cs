using System;
using System.Text;

namespace SharesGen.Runtime;

/// <summary>UTF-8 decoding of a span on every target (netstandard2.0 has no span overload).</summary>
internal static class Utf8
{
    public static string GetString(ReadOnlySpan<byte> bytes)
    {
#if NETSTANDARD2_0
        return Encoding.UTF8.GetString(bytes.ToArray());
#else
        return Encoding.UTF8.GetString(bytes);
#endif
    }
}

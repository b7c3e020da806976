#if NETSTANDARD2_0
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SharesGen.Runtime;

/// <summary>
/// The few .NET Core APIs the runtime's code uses that netstandard2.0 lacks, as extension members with the same
/// names and meaning, so the code reads the same on both targets and no file needs an <c>#if</c>.
/// </summary>
internal static class NetStandardPolyfills
{
    public static bool StartsWith(this string text, char value) => text.Length > 0 && text[0] == value;

    public static bool EndsWith(this string text, char value) => text.Length > 0 && text[text.Length - 1] == value;

    /// <summary>The code points of <paramref name="text"/>, an unpaired surrogate counting as one (as <c>Rune</c> enumeration does with U+FFFD).</summary>
    public static IEnumerable<int> EnumerateRunes(this string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return char.ConvertToUtf32(text[i], text[++i]);
            }
            else
            {
                yield return char.IsSurrogate(text[i]) ? 0xFFFD : text[i];
            }
        }
    }

    extension(Group group)
    {
        public System.ReadOnlySpan<char> ValueSpan => group.Value.AsSpan();
    }

    extension(int)
    {
        public static int Parse(System.ReadOnlySpan<char> text, NumberStyles style, System.IFormatProvider provider) => int.Parse(text.ToString(), style, provider);
    }

    extension(long)
    {
        public static bool TryParse(System.ReadOnlySpan<char> text, NumberStyles style, System.IFormatProvider provider, out long result)
            => long.TryParse(text.ToString(), style, provider, out result);
    }
}
#endif

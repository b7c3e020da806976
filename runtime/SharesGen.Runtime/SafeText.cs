using System;
using System.Globalization;
using System.Text;

namespace SharesGen.Runtime;

/// <summary>
/// Makes text from a server (or a spec) safe for an exception message: bounded, and printable. Control
/// characters (CR, LF, ESC, NUL, …), format characters (bidi overrides, zero-width), line separators and
/// unpaired surrogates become <c>\uXXXX</c> escapes, so a message can neither forge log lines nor reorder
/// what a terminal shows.
/// </summary>
internal static class SafeText
{
    /// <summary>Returns <paramref name="text"/> escaped and cut to at most <paramref name="maxLength"/> characters (plus "…").</summary>
    public static string Printable(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text!.Length, maxLength) + 8);
        Append(builder, text, maxLength);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped, stopping (with "…") once <paramref name="maxLength"/> characters were added.</summary>
    public static void Append(StringBuilder builder, string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var start = builder.Length;
        for (var i = 0; i < text!.Length; i++)
        {
            if (builder.Length - start >= maxLength)
            {
                builder.Append('…');
                return;
            }

            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (builder.Length - start + 2 > maxLength)
                {
                    builder.Append('…');
                    return;
                }

                builder.Append(c).Append(text[++i]);
            }
            else if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static bool NeedsEscape(char c)
        => char.IsSurrogate(c)
           || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
               or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse;
}

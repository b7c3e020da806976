using System.Globalization;
using System.Text;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// The only ways spec text reaches emitted code: as a C# string literal or as XML doc text. Nothing from the
/// spec is ever pasted into code unescaped.
/// </summary>
internal static class Literals
{
    [System.ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>A C# string literal for any text, with every control, bidi and non-ASCII character escaped.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = Builder();
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return Finish(builder);
    }

    /// <summary>
    /// A UTF-8 literal (<c>"id"u8</c>) for plain ASCII names, which the reader compares without decoding;
    /// null when the name needs the string overload.
    /// </summary>
    public static string? Utf8(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
            {
                return null;
            }
        }

        return "\"" + value + "\"u8";
    }

    /// <summary>A double as a C# literal that round-trips.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A <c>long</c> literal.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>
    /// Text for inside an XML doc comment: markup characters become entities, control and bidi characters (and
    /// U+FFFE/U+FFFF, which XML does not allow: CS1570) are dropped, and the lines of the result, split at <c>\n</c>,
    /// are each meant to follow <c>/// </c>.
    /// </summary>
    /// <remarks>One string for the whole text, lines and all: splitting it here cost four times the text in garbage (issue 15).</remarks>
    public static string DocText(string text) => Doc(text, lineBreak: '\n');

    /// <summary>Spec text for inside one line of a doc comment: <see cref="DocText"/> with its lines joined by spaces.</summary>
    public static string DocInline(string text) => Doc(text, lineBreak: ' ');

    private static string Doc(string text, char lineBreak)
    {
        // text.Trim() without the copy.
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var builder = Builder();
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r': break;
                case '\n': builder.Append(lineBreak); break;
                default:
                    if (!char.IsControl(c) && !IsBidiControl(c) && !char.IsSurrogate(c) && c != '\u2028' && c != '\u2029' && c != '\u0085' && c != '\uFFFE' && c != '\uFFFF')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return Finish(builder);
    }

    /// <summary>The thread's escaping buffer, empty: a literal then costs its string alone (issue 15).</summary>
    private static StringBuilder Builder()
    {
        var builder = t_builder ??= new StringBuilder(256);
        builder.Clear();
        return builder;
    }

    /// <summary>
    /// The text built, and the buffer let go when one huge spec text grew it past what a long-lived compiler server
    /// should keep per thread (<see cref="SourceWriter.MaxCachedCapacity"/>).
    /// </summary>
    private static string Finish(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity > SourceWriter.MaxCachedCapacity)
        {
            t_builder = null;
        }

        return text;
    }

    private static bool IsBidiControl(char c)
        => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}

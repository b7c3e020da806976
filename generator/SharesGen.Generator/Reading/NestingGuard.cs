namespace SharesGen.Generator.Reading;

/// <summary>
/// A cheap scan before parsing: the YAML parser and the OpenAPI reader recurse per level, and a stack overflow
/// would take the compiler down with it. Real specs nest a few dozen levels; anything past the limit is
/// reported instead of parsed.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 128;

    /// <summary>Columns of indentation that count as one block level, for the estimate.</summary>
    private const int IndentPerLevel = 2;

    /// <summary>The 1-based line where the text first nests deeper than <see cref="MaxDepth"/>; null when it never does.</summary>
    public static int? FirstTooDeepLine(string text)
    {
        var line = 1;
        var depth = 0;
        var indent = 0;
        var atLineStart = true;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                atLineStart = true;
                indent = 0;
                continue;
            }

            if (atLineStart)
            {
                if (c is ' ' or '-')
                {
                    indent++;
                    if (indent / IndentPerLevel > MaxDepth)
                    {
                        return line;
                    }

                    continue;
                }

                atLineStart = false;
            }

            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '{' or '[':
                    if (++depth + (indent / IndentPerLevel) > MaxDepth)
                    {
                        return line;
                    }

                    break;
                case '}' or ']':
                    depth = depth > 0 ? depth - 1 : 0;
                    break;
                case '#':
                    // A comment runs to the end of the line; skip it.
                    while (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
            }
        }

        return null;
    }
}

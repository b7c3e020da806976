namespace SharesGen.Generator.Emitting;

/// <summary>XML doc comments from spec text, always through <see cref="Literals.DocText"/>; one line when the text is.</summary>
internal static class DocComments
{
    /// <summary>The spec's text, escaped; or, when the spec has none, SharesGen's own <paramref name="fallback"/> markup.</summary>
    public static void Summary(SourceWriter writer, string? text, string fallback)
    {
        var fromSpec = !string.IsNullOrWhiteSpace(text);
        Element(writer, "summary", fromSpec ? text! : fallback, escape: fromSpec);
    }

    /// <summary>The spec's text as <paramref name="tag"/>, escaped; nothing when the spec has none.</summary>
    public static void FromSpec(SourceWriter writer, string tag, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Element(writer, tag, text!, escape: true);
        }
    }

    public static void Remarks(SourceWriter writer, string? text) => FromSpec(writer, "remarks", text);

    /// <summary>SharesGen's own markup as <paramref name="tag"/>, on one line.</summary>
    public static void Line(SourceWriter writer, string tag, string markup) => writer.WriteLine($"/// <{tag}>{markup}</{tag}>");

    public static void Param(SourceWriter writer, string name, string? text, string fallback)
    {
        var body = string.IsNullOrWhiteSpace(text) ? fallback : Literals.DocInline(text!);
        writer.WriteLine($"/// <param name=\"{name.TrimStart('@')}\">{body}</param>");
    }

    /// <summary>Writes a doc element, on one line when its text is; <paramref name="escape"/> is false only for text SharesGen wrote itself.</summary>
    public static void Element(SourceWriter writer, string tag, string text, bool escape)
    {
        var body = escape ? Literals.DocText(text) : text;
        var lineBreak = body.IndexOf('\n');
        if (lineBreak < 0)
        {
            Line(writer, tag, body);
            return;
        }

        // Line by line out of the one string, rather than split into strings of their own (issue 15).
        writer.WriteLine($"/// <{tag}>");
        var start = 0;
        while (true)
        {
            var end = lineBreak < 0 ? body.Length : lineBreak;
            if (end == start)
            {
                writer.WriteLine("///");
            }
            else
            {
                writer.WriteLine("/// ", body, start, end - start);
            }

            if (lineBreak < 0)
            {
                break;
            }

            start = lineBreak + 1;
            lineBreak = body.IndexOf('\n', start);
        }

        writer.WriteLine($"/// </{tag}>");
    }
}

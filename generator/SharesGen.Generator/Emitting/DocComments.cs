namespace SharesGen.Generator.Emitting;

/// <summary>XML doc comments from spec text, always through <see cref="Literals.DocLines"/>.</summary>
internal static class DocComments
{
    /// <summary>The spec's text, escaped; or, when the spec has none, SharesGen's own <paramref name="fallback"/> markup.</summary>
    public static void Summary(SourceWriter writer, string? text, string fallback)
    {
        var fromSpec = !string.IsNullOrWhiteSpace(text);
        Element(writer, "summary", fromSpec ? text! : fallback, escape: fromSpec);
    }

    public static void Remarks(SourceWriter writer, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Element(writer, "remarks", text!, escape: true);
        }
    }

    public static void Param(SourceWriter writer, string name, string? text, string fallback)
    {
        var body = string.IsNullOrWhiteSpace(text) ? fallback : string.Join(" ", Literals.DocLines(text!));
        writer.WriteLine($"/// <param name=\"{name.TrimStart('@')}\">{body}</param>");
    }

    /// <summary>Writes a doc element; <paramref name="escape"/> is false only for text SharesGen wrote itself.</summary>
    public static void Element(SourceWriter writer, string tag, string text, bool escape)
    {
        writer.WriteLine($"/// <{tag}>");
        foreach (var line in escape ? Literals.DocLines(text) : text.Split('\n'))
        {
            writer.WriteLine(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.WriteLine($"/// </{tag}>");
    }
}

using System.Text;

namespace SharesGen.Generator.Changes;

/// <summary>
/// How a diagnostic names a value in a schema: a root (a component, or the body or parameter of an operation) and a
/// path inside it, e.g. <c>'recipients[].account_id' of 'resource-sharing_create_share_request'</c>.
/// </summary>
internal sealed record Place(string Root, string Path)
{
    public static readonly Place RequestBody = new("the request body", string.Empty);

    public static readonly Place Response = new("the response", string.Empty);

    public static Place Component(string name) => new("'" + MessageText.Clean(name) + "'", string.Empty);

    public static Place Parameter(string location, string name) => new("the " + location + " parameter '" + MessageText.Clean(name) + "'", string.Empty);

    public Place Property(string name) => this with { Path = Path.Length == 0 ? MessageText.Clean(name) : Path + "." + MessageText.Clean(name) };

    public Place Items() => this with { Path = Path + "[]" };

    public override string ToString() => Path switch
    {
        "" => Root,
        "[]" => "the items of " + Root,
        _ => "'" + Path + "' of " + Root,
    };

    /// <summary>The place at the start of a sentence.</summary>
    public string Capitalized()
    {
        var text = ToString();
        return text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text.Substring(1) : text;
    }
}

/// <summary>Spec text as it may appear in a diagnostic message: one line, bounded.</summary>
internal static class MessageText
{
    private const int MaxLength = 200;

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(System.Math.Min(text!.Length, MaxLength + 1));
        foreach (var c in text)
        {
            if (builder.Length == MaxLength)
            {
                builder.Append('…');
                break;
            }

            // Line breaks and other controls (bidi overrides included) would let spec text forge build output.
            builder.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? ' ' : c);
        }

        return builder.ToString();
    }
}

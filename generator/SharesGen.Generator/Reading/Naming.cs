using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Turns spec names (snake_case, kebab-case, product-prefixed, anything) into valid, idiomatic C# identifiers.
/// Every function here is pure and culture-invariant, so the same spec always gives the same names.
/// </summary>
internal static class Naming
{
    /// <summary>
    /// The longest identifier made from spec text. The compiler takes longer ones, but metadata does not: a name
    /// over 1,024 UTF-8 bytes fails the build when it is emitted (CS7013), and non-ASCII letters take up to three
    /// bytes each. A type's name is also part of a file name (its hint name) for projects that write generated files.
    /// </summary>
    public const int MaxIdentifierLength = 128;

    /// <summary><c>resource_type</c>, <c>custom-ruleset</c>, <c>shareId</c> → <c>ResourceType</c>, <c>CustomRuleset</c>, <c>ShareId</c>.</summary>
    public static string ToPascalCase(string text, string fallback = "Value")
    {
        // Words are runs of letters and digits, also split where a lower-case letter meets an upper-case one; each starts
        // upper-case. One pass into a buffer on the stack, without a string per word: names are made for every member,
        // type and operation, so the one string made is the name, and a name already Pascal case is returned as it is.
        System.Span<char> buffer = text.Length <= MaxStackName ? stackalloc char[MaxStackName] : new char[text.Length];
        var length = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsIdentifierPart(c))
            {
                inWord = false;
                continue;
            }

            var startsWord = !inWord || (char.IsUpper(c) && char.IsLower(text[i - 1]));
            buffer[length++] = startsWord ? char.ToUpperInvariant(c) : c;
            inWord = true;
        }

        var pascal = buffer.Slice(0, length);
        return MakeValid(System.MemoryExtensions.SequenceEqual(pascal, System.MemoryExtensions.AsSpan(text)) ? text : pascal.ToString(), fallback);
    }

    /// <summary>The longest text <see cref="ToPascalCase"/> makes a name of on the stack; a longer one takes an array.</summary>
    private const int MaxStackName = 256;

    /// <summary><c>account_id</c> → <c>accountId</c>; keywords get an <c>@</c>.</summary>
    public static string ToCamelCase(string text, string fallback = "value")
    {
        var pascal = ToPascalCase(text, fallback);
        if (pascal[0] == '_')
        {
            return pascal;
        }

        var chars = pascal.ToCharArray();
        chars[0] = char.ToLowerInvariant(chars[0]);
        var camel = new string(chars);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(camel) is SyntaxKind.AwaitKeyword
            ? "@" + camel
            : camel;
    }

    /// <summary>
    /// A namespace segment from a project name, its case kept: characters C# does not take become <c>_</c>, and a
    /// leading digit or a keyword gets one in front (<c>one-default</c> → <c>one_default</c>, <c>2024</c> → <c>_2024</c>).
    /// </summary>
    public static string ToNamespaceSegment(string text)
    {
        var builder = new StringBuilder(text.Length + 1);
        foreach (var c in text)
        {
            builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
        }

        var segment = builder.ToString();
        return segment.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(segment[0]) || SyntaxFacts.GetKeywordKind(segment) != SyntaxKind.None
            ? Limit("_" + segment)
            : Limit(segment);
    }

    /// <summary>
    /// The C# type name of a component schema: the product prefix shared by all components
    /// (<c>resource-sharing_</c>) and a trailing <c>_object</c> are dropped, and so is what Cloudflare's bundler adds
    /// when it merges products into one file: a hash suffix that tells apart components of one name
    /// (<c>account_identifier-9QE8nBCf</c>) and a <c>components-schemas-</c> or leading <c>schemas-</c> that says where it
    /// came from. Those change with every bundling, so a name that kept them would change with unrelated edits; the
    /// components they told apart are identical (one type) or told apart by where they are used (<c>TypeNamer</c>).
    /// </summary>
    /// <param name="keepOrigin">
    /// Keep the <c>schemas-</c> parts (never the hash): for a component whose short name another has, which they may
    /// tell apart (<c>schemas-role</c> beside <c>role</c>).
    /// </param>
    public static string TypeNameFromComponent(string componentName, string sharedPrefix, bool keepOrigin = false)
    {
        var name = componentName.Length > sharedPrefix.Length && componentName.StartsWith(sharedPrefix, System.StringComparison.Ordinal)
            ? componentName.Substring(sharedPrefix.Length)
            : componentName;
        name = WithoutBundlerParts(name, keepOrigin);
        foreach (var suffix in new[] { "_object", "-object", "_schema" })
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase))
            {
                name = name.Substring(0, name.Length - suffix.Length);
                break;
            }
        }

        return ToPascalCase(name, "Model");
    }

    /// <summary>A bundler's hash suffix: a dash and eight letters or digits, at least one a capital or a digit (words are lower case).</summary>
    private static readonly System.Text.RegularExpressions.Regex s_bundlerHash = new(
        "-(?=[a-z0-9]*[A-Z0-9])[A-Za-z0-9]{8}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether the component name carries parts Cloudflare's bundler added (a hash suffix, <c>schemas-</c>).</summary>
    public static bool HasBundlerParts(string componentName) => WithoutBundlerParts(componentName) != componentName;

    private static string WithoutBundlerParts(string name, bool keepOrigin = false)
    {
        var stripped = s_bundlerHash.Replace(name, string.Empty);
        stripped = keepOrigin ? stripped : stripped.Replace("components-schemas-", string.Empty);
        if (!keepOrigin && stripped.StartsWith("schemas-", System.StringComparison.Ordinal))
        {
            stripped = stripped.Substring("schemas-".Length);
        }

        return HasWords(stripped) ? stripped : name;
    }

    /// <summary>
    /// The C# name of an enum value: <c>custom-ruleset</c> → <c>CustomRuleset</c>; values without a letter or digit are
    /// spelled out (<c>*</c> → <c>Asterisk</c>, the empty string → <c>Empty</c>), numbers are <c>Value301</c>,
    /// <c>ValueMinus1</c>, <c>Value1Point5</c>, so no value falls back to a bare counter.
    /// </summary>
    public static string EnumMemberName(string value, Model.EnumValueKind kind)
    {
        switch (kind)
        {
            case Model.EnumValueKind.Boolean:
                return value == "true" ? "True" : "False";
            case Model.EnumValueKind.Integer or Model.EnumValueKind.Number:
                return Limit("Value" + value.Replace("-", "Minus").Replace("+", string.Empty).Replace(".", "Point").Replace("E", "e").Replace("e", "E"));
        }

        return MemberName(value);
    }

    /// <summary>
    /// The C# name of a member from its wire name: <c>resource_type</c> → <c>ResourceType</c>; a name without a letter or
    /// digit is spelled out (<c>*</c> → <c>Asterisk</c>, <c>{ }</c> → <c>LeftBraceSpaceRightBrace</c>, the empty string →
    /// <c>Empty</c>), so it means something and does not fall back to one shared name.
    /// </summary>
    public static string MemberName(string wireName)
    {
        if (wireName.Length == 0)
        {
            return "Empty";
        }

        if (HasWords(wireName))
        {
            return ToPascalCase(wireName);
        }

        var spelled = new StringBuilder();
        foreach (var c in wireName)
        {
            spelled.Append(SymbolName(c));
        }

        return Limit(spelled.ToString());
    }

    private static string SymbolName(char c) => c switch
    {
        '*' => "Asterisk",
        '"' => "Quote",
        '\'' => "Apostrophe",
        '-' => "Minus",
        '+' => "Plus",
        '.' => "Dot",
        '/' => "Slash",
        '\\' => "Backslash",
        '@' => "At",
        '#' => "Hash",
        '%' => "Percent",
        '&' => "Ampersand",
        '=' => "Equals",
        '?' => "Question",
        '!' => "Exclamation",
        '~' => "Tilde",
        '^' => "Caret",
        '$' => "Dollar",
        '_' => "Underscore",
        ':' => "Colon",
        ';' => "Semicolon",
        ',' => "Comma",
        '<' => "Less",
        '>' => "Greater",
        '|' => "Pipe",
        '{' => "LeftBrace",
        '}' => "RightBrace",
        '(' => "LeftParenthesis",
        ')' => "RightParenthesis",
        '[' => "LeftBracket",
        ']' => "RightBracket",
        ' ' => "Space",
        _ => "U" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The prefix every component name starts with, up to and including a separator (<c>resource-sharing_</c>),
    /// or empty when the names share none.
    /// </summary>
    public static string SharedPrefix(IReadOnlyCollection<string> names)
    {
        string? prefix = null;
        foreach (var name in names)
        {
            var separator = name.IndexOf('_');
            var candidate = separator > 0 ? name.Substring(0, separator + 1) : string.Empty;
            if (prefix is null)
            {
                prefix = candidate;
            }
            else if (!string.Equals(prefix, candidate, System.StringComparison.Ordinal))
            {
                return string.Empty;
            }
        }

        return names.Count > 1 ? prefix ?? string.Empty : string.Empty;
    }

    /// <summary>Plurals the suffix rules get wrong, as the last word of a PascalCase name (<c>ZoneChildren</c>).</summary>
    private static readonly (string Plural, string Singular)[] s_irregularPlurals =
    {
        ("Children", "Child"),
        ("People", "Person"),
        ("Indices", "Index"),
        ("Aliases", "Alias"),
    };

    /// <summary>A crude English singular, good enough for item type names (<c>resources</c> → <c>resource</c>).</summary>
    public static string Singularize(string word)
    {
        foreach (var (plural, irregular) in s_irregularPlurals)
        {
            if (word.EndsWith(plural, System.StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - plural.Length) + irregular;
            }
        }

        if (word.EndsWith("ies", System.StringComparison.Ordinal) && word.Length > 3)
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.EndsWith("sses", System.StringComparison.Ordinal) || word.EndsWith("uses", System.StringComparison.Ordinal)
            || word.EndsWith("xes", System.StringComparison.Ordinal) || word.EndsWith("ches", System.StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 2);
        }

        // "status", "analysis", "class": already singular.
        var singular = word.EndsWith("ss", System.StringComparison.Ordinal) || word.EndsWith("us", System.StringComparison.Ordinal)
            || word.EndsWith("is", System.StringComparison.Ordinal);
        return word.EndsWith("s", System.StringComparison.Ordinal) && !singular && word.Length > 1
            ? word.Substring(0, word.Length - 1)
            : word;
    }

    /// <summary>Whether <paramref name="text"/> has a letter or digit, that is a word for <see cref="ToPascalCase"/>.</summary>
    private static bool HasWords(string text)
    {
        foreach (var c in text)
        {
            if (IsIdentifierPart(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentifierPart(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.DecimalDigitNumber:
                return true;
            default:
                return false;
        }
    }

    private static string MakeValid(string identifier, string fallback)
    {
        if (identifier.Length == 0)
        {
            return fallback;
        }

        // An identifier cannot start with a digit: "0rtt" becomes "_0rtt".
        return Limit(char.IsDigit(identifier[0]) ? "_" + identifier : identifier);
    }

    /// <summary>
    /// <paramref name="identifier"/>, or when it is longer than <see cref="MaxIdentifierLength"/>, its start and a
    /// hash of the whole (FNV-1a, so the same name gives the same identifier in every build and process).
    /// </summary>
    public static string Limit(string identifier)
    {
        if (identifier.Length <= MaxIdentifierLength)
        {
            return identifier;
        }

        var hash = 2166136261u;
        foreach (var c in identifier)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return identifier.Substring(0, MaxIdentifierLength - 9) + "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}

/// <summary>Hands out unique names within one scope, first come first served, in a deterministic order.</summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;
    private readonly Dictionary<string, string> _ownerOfName;

    public NameScope(params string[] reserved)
        : this(System.StringComparer.Ordinal, reserved)
    {
    }

    private NameScope(System.StringComparer comparer, string[] reserved)
    {
        _taken = new HashSet<string>(reserved, comparer);
        _ownerOfName = new Dictionary<string, string>(comparer);
    }

    /// <summary>
    /// Type names: unique ignoring case too, since each type is a generated file whose hint name the compiler
    /// compares without case (<c>Share</c> and <c>share</c> would crash the generator, CS8785), as do the file
    /// systems of Windows and macOS for projects that write generated files out.
    /// </summary>
    public static NameScope ForTypes() => new(System.StringComparer.OrdinalIgnoreCase, System.Array.Empty<string>());

    /// <summary>Takes <paramref name="name"/> for <paramref name="owner"/> when it is free.</summary>
    public bool TryClaim(string name, string owner)
    {
        if (!_taken.Add(name))
        {
            return false;
        }

        _ownerOfName[name] = owner;
        return true;
    }

    /// <summary>
    /// A member's name: <paramref name="wanted"/>, or when another member of the spec took it, <paramref name="wanted"/>
    /// with how <paramref name="spelling"/> is spelt (<c>foo_bar</c> and <c>fooBar</c> are <c>FooBar</c> and
    /// <c>FooBarCamelCase</c>; <c>Domain</c> and <c>domain</c> are <c>Domain</c> and <c>DomainLowercase</c>): the spec has
    /// both, and the names say which is which. A number (and SHARESGEN007) only when that is taken too, or when the name is
    /// a C# member of the type itself (<c>Equals</c>).
    /// </summary>
    public string ClaimMember(string wanted, string spelling, out string? collidedWith)
    {
        collidedWith = null;
        if (TryClaim(wanted, spelling))
        {
            return wanted;
        }

        if (_ownerOfName.TryGetValue(wanted, out var holder) && holder != spelling && TryClaim(Naming.Limit(wanted + SpellingOf(spelling)), spelling))
        {
            return Naming.Limit(wanted + SpellingOf(spelling));
        }

        return Claim(wanted, spelling, out collidedWith);
    }

    /// <summary>How a name is written: <c>SnakeCase</c>, <c>KebabCase</c>, <c>Lowercase</c>, <c>Uppercase</c>, <c>CamelCase</c> or <c>PascalCase</c>.</summary>
    private static string SpellingOf(string spelling)
    {
        if (spelling.IndexOf('_') >= 0)
        {
            return "SnakeCase";
        }

        if (spelling.IndexOf('-') >= 0)
        {
            return "KebabCase";
        }

        var letters = spelling.Where(char.IsLetter).ToList();
        if (letters.Count > 0 && letters.All(char.IsLower))
        {
            return "Lowercase";
        }

        if (letters.Count > 0 && letters.All(char.IsUpper))
        {
            return "Uppercase";
        }

        return letters.Count > 0 && char.IsLower(letters[0]) ? "CamelCase" : "PascalCase";
    }

    /// <summary>Returns <paramref name="wanted"/>, or <c>wanted2</c>, <c>wanted3</c>… when taken.</summary>
    /// <param name="owner">The spec name asking, to report who held the name first.</param>
    /// <param name="collidedWith">The spec name that held <paramref name="wanted"/>, when it was taken.</param>
    public string Claim(string wanted, string owner, out string? collidedWith)
    {
        collidedWith = null;
        var name = wanted;
        for (var n = 2; !_taken.Add(name); n++)
        {
            if (collidedWith is null)
            {
                collidedWith = _ownerOfName.TryGetValue(wanted, out var first) ? first : wanted;
            }

            name = wanted + n.ToString(CultureInfo.InvariantCulture);
        }

        _ownerOfName[name] = owner;
        return name;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Options;

/// <summary>What a selector compares.</summary>
internal enum SelectorKind
{
    /// <summary><c>tag:Resource Sharing</c>: an operation with that tag (ignoring case).</summary>
    Tag,

    /// <summary><c>path:/accounts/{account_id}/shares</c>: an operation at that path or below it, segment by segment.</summary>
    Path,

    /// <summary><c>operationId:shares-list</c>: the operation with exactly that operationId.</summary>
    OperationId,
}

/// <summary>One entry of <c>SharesGenInclude</c> or <c>SharesGenExclude</c>.</summary>
/// <param name="Text">The entry as the user wrote it, for diagnostics.</param>
internal sealed record Selector(SelectorKind Kind, string Value, string Text)
{
    public bool Matches(string path, string? operationId, IEnumerable<string> tags) => Kind switch
    {
        SelectorKind.Tag => tags.Any(tag => string.Equals(tag?.Trim(), Value, StringComparison.OrdinalIgnoreCase)),
        SelectorKind.OperationId => string.Equals(operationId, Value, StringComparison.Ordinal),
        _ => IsPathPrefix(Value, path),
    };

    /// <summary>
    /// <paramref name="prefix"/> names <paramref name="path"/> or a path below it. Segments compare whole
    /// (<c>/zones/{id}/dns</c> does not select <c>/zones/{id}/dns_records</c>), literal ones exactly, and a template
    /// parameter matches any template parameter: products name them differently (<c>{account_id}</c>,
    /// <c>{account_identifier}</c>), and the name is not part of the address.
    /// </summary>
    private static bool IsPathPrefix(string prefix, string path)
    {
        var wanted = Segments(prefix);
        var actual = Segments(path);
        if (wanted.Length > actual.Length)
        {
            return false;
        }

        for (var i = 0; i < wanted.Length; i++)
        {
            var same = IsParameter(wanted[i]) ? IsParameter(actual[i]) : string.Equals(wanted[i], actual[i], StringComparison.Ordinal);
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Segments(string path) => path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsParameter(string segment) => segment.Length > 1 && segment[0] == '{' && segment[segment.Length - 1] == '}';
}

/// <summary>
/// Which operations of a spec to generate: <c>SharesGenInclude</c> (none: all of them) minus <c>SharesGenExclude</c>.
/// Each is a list of <c>tag:NAME</c>, <c>path:PREFIX</c> and <c>operationId:ID</c> entries separated by <c>;</c> or new
/// lines. Only the selected operations, and the components they reach, are read at all.
/// </summary>
/// <param name="Include">Selects an operation when any entry matches; empty with <paramref name="IncludesAll"/>.</param>
/// <param name="IncludesAll">No <c>SharesGenInclude</c> was given: every operation is included.</param>
/// <param name="Invalid">Entries of either option that are not a selector (option name, entry), reported and ignored.</param>
internal sealed record OperationSelection(
    EquatableArray<Selector> Include,
    bool IncludesAll,
    EquatableArray<Selector> Exclude,
    EquatableArray<InvalidSelector> Invalid)
{
    public const string IncludeMetadata = "SharesGenInclude";

    public const string ExcludeMetadata = "SharesGenExclude";

    public static readonly OperationSelection All = new(EquatableArray<Selector>.Empty, true, EquatableArray<Selector>.Empty, EquatableArray<InvalidSelector>.Empty);

    private static readonly (string Prefix, SelectorKind Kind)[] s_prefixes =
    {
        ("tag:", SelectorKind.Tag),
        ("path:", SelectorKind.Path),
        ("operationId:", SelectorKind.OperationId),
    };

    /// <summary>True when every operation is generated, so the spec need not be cut down first.</summary>
    public bool SelectsAll => IncludesAll && Exclude.IsEmpty;

    /// <summary>Parses the two options; an option that is given but holds no valid entry selects nothing (include) or removes nothing (exclude).</summary>
    public static OperationSelection Parse(string? include, string? exclude)
    {
        if (include is null && exclude is null)
        {
            return All;
        }

        var invalid = new List<InvalidSelector>();
        var included = Entries(include, IncludeMetadata, invalid);
        var excluded = Entries(exclude, ExcludeMetadata, invalid);
        return new OperationSelection(included.ToEquatableArray(), include is null, excluded.ToEquatableArray(), invalid.ToEquatableArray());
    }

    /// <summary>Whether the operation at <paramref name="path"/> is generated.</summary>
    /// <param name="matched">Collects the entries that matched (an exclusion only when it removed an included operation), to report those that never do.</param>
    public bool Selects(string path, string? operationId, IEnumerable<string>? tags, ISet<Selector> matched)
    {
        var tagList = (tags ?? Enumerable.Empty<string>()).ToList();
        var included = IncludesAll;
        foreach (var selector in Include.Where(s => s.Matches(path, operationId, tagList)))
        {
            matched.Add(selector);
            included = true;
        }

        if (!included)
        {
            return false;
        }

        var excluded = false;
        foreach (var selector in Exclude.Where(s => s.Matches(path, operationId, tagList)))
        {
            matched.Add(selector);
            excluded = true;
        }

        return !excluded;
    }

    private static List<Selector> Entries(string? option, string optionName, List<InvalidSelector> invalid)
    {
        var selectors = new List<Selector>();
        foreach (var raw in (option ?? string.Empty).Split(new[] { ';', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            var match = s_prefixes.FirstOrDefault(p => entry.StartsWith(p.Prefix, StringComparison.OrdinalIgnoreCase));
            var value = match.Prefix is null ? string.Empty : entry.Substring(match.Prefix.Length).Trim();
            if (value.Length == 0)
            {
                invalid.Add(new InvalidSelector(optionName, entry));
                continue;
            }

            selectors.Add(new Selector(match.Kind, value, entry));
        }

        return selectors;
    }
}

/// <summary>An entry of <c>SharesGenInclude</c>/<c>SharesGenExclude</c> that is not a selector.</summary>
internal sealed record InvalidSelector(string Option, string Entry);

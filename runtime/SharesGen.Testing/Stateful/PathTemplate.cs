using System;
using System.Collections.Generic;
using System.Linq;

namespace SharesGen.Testing.Stateful;

/// <summary>
/// A path template split into segments: <c>/accounts/{account_id}/shares/{share_id}</c>. Two templates with
/// parameters in the same places are the same <see cref="Shape"/>, whatever the parameters are called, so
/// <c>/zones/{identifier}</c> and <c>/zones/{zone_identifier}/dns_records</c> nest.
/// </summary>
internal sealed class PathTemplate
{
    private readonly string[] _segments;

    public PathTemplate(string template)
    {
        Text = template;
        _segments = template.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        Shape = "/" + string.Join("/", _segments.Select(s => IsParameter(s) ? "{}" : s));
    }

    public string Text { get; }

    /// <summary>The template with its parameter names left out: <c>/accounts/{}/shares/{}</c>.</summary>
    public string Shape { get; }

    public int Count => _segments.Length;

    /// <summary>The template ends in a parameter: it names one item of the collection before it.</summary>
    public bool EndsInParameter => _segments.Length > 0 && IsParameter(_segments[^1]);

    /// <summary>The last segment: <c>shares</c>, or the parameter name <c>share_id</c>.</summary>
    public string Last => _segments.Length == 0 ? string.Empty : Name(_segments[^1]);

    /// <summary>The template without its last segment.</summary>
    public PathTemplate Parent => new("/" + string.Join("/", _segments.Take(Math.Max(0, _segments.Length - 1))));

    /// <summary>The parameter names, in order.</summary>
    public IEnumerable<string> Parameters => _segments.Where(IsParameter).Select(Name);

    /// <summary>
    /// The concrete path for <paramref name="values"/> by position, escaped, e.g. <c>/accounts/abc/shares</c>: the key
    /// of one collection in the store. Values are taken in order, so templates of the same shape agree.
    /// </summary>
    public string Resolve(IReadOnlyList<string> values)
    {
        var index = 0;
        return "/" + string.Join("/", _segments.Select(s => IsParameter(s) ? Uri.EscapeDataString(index < values.Count ? values[index++] : string.Empty) : s));
    }

    /// <summary>The path values of a request in template order.</summary>
    public IReadOnlyList<string> ValuesOf(IReadOnlyDictionary<string, string> pathValues)
        => Parameters.Select(p => pathValues.TryGetValue(p, out var value) ? value : string.Empty).ToArray();

    public override string ToString() => Text;

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

    private static string Name(string segment) => IsParameter(segment) ? segment[1..^1] : segment;
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Changes;

/// <summary>One change found, before it is placed in the text: which rule, where in the new spec, and its message arguments.</summary>
/// <param name="Pointer">The JSON pointer in the new spec the diagnostic points at.</param>
/// <param name="Item">A value to find in the list at <paramref name="Pointer"/> (a name in a <c>required</c> list), for a precise line.</param>
/// <param name="Args">The message arguments, all but the last (the operations the change reaches).</param>
internal sealed record Finding(DiagnosticDescriptor Rule, string Pointer, string? Item, EquatableArray<string> Args)
{
    public static Finding Create(DiagnosticDescriptor rule, string pointer, params string[] args) => new(rule, pointer, null, args.ToEquatableArray());

    public static Finding AtItem(DiagnosticDescriptor rule, string pointer, string item, params string[] args) => new(rule, pointer, item, args.ToEquatableArray());
}

/// <summary>
/// Collects findings with the operations they reach. A change inside a component reached from ten operations is one
/// finding at one line, reaching ten operations, not ten diagnostics.
/// </summary>
internal sealed class FindingSink
{
    private const int UsagesShown = 3;

    private readonly Dictionary<Finding, SortedSet<string>> _usages = new();
    private readonly List<Finding> _order = new();

    public void Add(Finding finding, string? usage)
    {
        if (!_usages.TryGetValue(finding, out var usages))
        {
            _usages[finding] = usages = new SortedSet<string>(System.StringComparer.Ordinal);
            _order.Add(finding);
        }

        if (usage is not null)
        {
            usages.Add(usage);
        }
    }

    public void AddAll(IEnumerable<Finding> findings, string usage)
    {
        foreach (var finding in findings)
        {
            Add(finding, usage);
        }
    }

    /// <summary>Each finding with its message arguments complete, in the order first found.</summary>
    public IEnumerable<(Finding Finding, string[] MessageArgs)> Messages()
        => _order.Select(f => (f, f.Args.Concat(new[] { UsageText(_usages[f]) }).ToArray()));

    /// <summary><c> (in share-create, shares-list and 3 more)</c>, or empty.</summary>
    private static string UsageText(SortedSet<string> usages)
    {
        if (usages.Count == 0)
        {
            return string.Empty;
        }

        var shown = string.Join(", ", usages.Take(UsagesShown).Select(MessageText.Clean));
        var more = usages.Count - UsagesShown;
        return more > 0 ? $" (in {shown} and {more.ToString(System.Globalization.CultureInfo.InvariantCulture)} more)" : $" (in {shown})";
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharesGen.Testing.Contracts;
using SharesGen.Testing.Synthesis;

namespace SharesGen.Testing.Stateful;

/// <summary>
/// What a list request asks for, read the way Cloudflare's lists take it: a query parameter named like a member of
/// the items filters on equality (<c>status=active</c>); <c>order</c> (when its values name members) and
/// <c>direction</c> sort; <c>page</c>/<c>per_page</c> or <c>cursor</c> cut a page, with the spec's defaults.
/// </summary>
internal sealed class ListQuery
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "page", "per_page", "cursor", "order", "direction", "limit" };

    private readonly OperationContract _operation;
    private readonly IQueryCollection _query;
    private readonly ApiContract _contract;

    public ListQuery(OperationContract operation, IQueryCollection query, ApiContract contract)
    {
        _operation = operation;
        _query = query;
        _contract = contract;
    }

    /// <summary>
    /// Whether a member that holds a nested collection is shown: when Cloudflare's <c>include_x=true</c> asks for it,
    /// and in the answer to a create (which shows what it created) that has no such parameter.
    /// </summary>
    public bool Includes(string name)
        => _query["include_" + name] == "true"
           || (_operation.Method == "POST" && _operation.Parameters.All(p => p.Name != "include_" + name));

    /// <summary>The shown items that pass the filters, in the order asked for (creation order by default).</summary>
    public IReadOnlyList<JsonNode?> Apply(IReadOnlyList<JsonNode?> items, SchemaNode? itemSchema)
    {
        var properties = itemSchema is null ? new Dictionary<string, SchemaNode>() : _contract.Resolve(itemSchema).Properties;
        IEnumerable<JsonNode?> filtered = items;
        foreach (var parameter in _operation.Parameters.Where(p => p.In == "query" && !Reserved.Contains(p.Name) && properties.ContainsKey(p.Name)))
        {
            var wanted = _query[parameter.Name];
            if (wanted.Count == 1 && _contract.Resolve(parameter.Schema).Type is not "array")
            {
                var name = parameter.Name;
                filtered = filtered.Where(item => Text(item?[name]) == wanted[0]);
            }
        }

        var ordered = filtered.ToList();
        if (Parameter("order") is { } order && Value("order", order) is { } by && properties.ContainsKey(by))
        {
            ordered = ordered.Select((item, index) => (item, index)).OrderBy(p => p.item?[by], NodeOrder.Instance).ThenBy(p => p.index).Select(p => p.item).ToList();
        }

        if (Parameter("direction") is { } direction && Value("direction", direction) == "desc")
        {
            ordered.Reverse();
        }

        return ordered;
    }

    /// <summary>Cuts one page; <paramref name="whole"/> lists every item when neither <c>page</c> nor <c>per_page</c> is given.</summary>
    public (IReadOnlyList<JsonNode?> Items, PageInfo? Info) Page(IReadOnlyList<JsonNode?> all, int defaultPageSize, bool whole)
    {
        var page = Parameter("page");
        var perPage = Parameter("per_page") ?? Parameter("limit");
        var cursor = Parameter("cursor");
        if (page is null && perPage is null && cursor is null)
        {
            return (all, null);
        }

        if (whole && _query["page"].Count == 0 && _query["per_page"].Count == 0 && cursor is null)
        {
            return (all, new PageInfo(1, all.Count, all.Count, all.Count, null, null));
        }

        var size = Math.Max(1, Integer(perPage is null ? null : Value(perPage.Name, perPage)) ?? defaultPageSize);
        int offset;
        if (cursor is not null && page is null)
        {
            offset = Offset(_query["cursor"].ToString());
        }
        else
        {
            offset = (Math.Max(1, Integer(page is null ? null : Value("page", page)) ?? 1) - 1) * size;
        }

        offset = Math.Min(offset, all.Count);
        var items = all.Skip(offset).Take(size).ToArray();
        var after = cursor is not null && offset + items.Length < all.Count ? Cursor(offset + items.Length) : null;
        var before = cursor is not null && offset > 0 ? Cursor(Math.Max(0, offset - size)) : null;
        return (items, new PageInfo((offset / size) + 1, size, items.Length, all.Count, after, before));
    }

    private ParameterContract? Parameter(string name) => _operation.Parameters.FirstOrDefault(p => p.In == "query" && p.Name == name);

    /// <summary>The value sent, or the parameter's default.</summary>
    private string? Value(string name, ParameterContract parameter)
    {
        var sent = _query[name];
        if (sent.Count > 0)
        {
            return sent[0];
        }

        var resolved = _contract.Resolve(parameter.Schema);
        return resolved.Default is { } value ? (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()) : null;
    }

    private static int? Integer(string? text)
        => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Opaque to clients; the offset it stands for, in a form no one mistakes for a page number.</summary>
    private static string Cursor(int offset) => "loopback-" + offset.ToString(CultureInfo.InvariantCulture);

    private static int Offset(string cursor)
        => cursor.StartsWith("loopback-", StringComparison.Ordinal) && Integer(cursor["loopback-".Length..]) is { } offset and >= 0 ? offset : 0;

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary>Orders member values: numbers by value, everything else by its text.</summary>
    private sealed class NodeOrder : IComparer<JsonNode?>
    {
        public static readonly NodeOrder Instance = new();

        public int Compare(JsonNode? x, JsonNode? y)
        {
            if (x is JsonValue a && y is JsonValue b && a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number)
            {
                return a.GetValue<double>().CompareTo(b.GetValue<double>());
            }

            return string.CompareOrdinal(Text(x), Text(y));
        }
    }
}

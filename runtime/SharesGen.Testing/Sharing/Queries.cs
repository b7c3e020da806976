using System.Collections.Generic;
using SharesGen.Testing.Http;

namespace SharesGen.Testing.Sharing;

/// <summary><c>page</c> and <c>per_page</c>; <see cref="UnpaginatedWhenOmitted"/> on the share lists, as the spec says.</summary>
internal sealed record PageRequest(int? Page, int? PerPage, bool UnpaginatedWhenOmitted)
{
    public const int DefaultPerPage = 20;

    public static PageRequest From(QueryReader query, bool unpaginatedWhenOmitted)
        => new(query.Integer("page", 1, int.MaxValue), query.Integer("per_page", 1, 100), unpaginatedWhenOmitted);
}

/// <summary>The filters and options of the share lists (account and organization).</summary>
internal sealed record ShareQuery(
    string? Status,
    string? Kind,
    string? TargetType,
    IReadOnlyList<string> ResourceTypes,
    string Order,
    string Direction,
    bool IncludeResources,
    bool IncludeRecipientCounts,
    IReadOnlyList<string> Tags)
{
    /// <summary>Reads the parameters; <paramref name="accountList"/> adds those only the account list declares.</summary>
    public static ShareQuery From(QueryReader query, bool accountList)
        => new(
            query.OneOf("status", Vocabulary.ShareStatuses),
            query.OneOf("kind", Vocabulary.ShareKinds),
            query.OneOf("target_type", Vocabulary.TargetTypes),
            query.ManyOf("resource_types", Vocabulary.ResourceTypes),
            query.OneOf("order", Vocabulary.Orders) ?? "created",
            query.OneOf("direction", Vocabulary.Directions) ?? "asc",
            accountList && query.Boolean("include_resources") == true,
            accountList && query.Boolean("include_recipient_counts") == true,
            accountList ? query.Strings("tag", maxItems: 20, maxLength: 1281) : []);
}

/// <summary>Cuts a page out of a whole list and describes it in <c>result_info</c>.</summary>
internal static class Pagination
{
    public static (IReadOnlyList<T> Items, ResultInfo Info) Apply<T>(IReadOnlyList<T> all, PageRequest request)
    {
        if (request is { Page: null, PerPage: null, UnpaginatedWhenOmitted: true })
        {
            return (all, new ResultInfo(1, all.Count, all.Count, all.Count, all.Count == 0 ? 0 : 1));
        }

        var page = request.Page ?? 1;
        var perPage = request.PerPage ?? PageRequest.DefaultPerPage;
        var totalPages = (all.Count + perPage - 1) / perPage;
        var items = new List<T>();
        for (var i = (long)(page - 1) * perPage; i < all.Count && items.Count < perPage; i++)
        {
            items.Add(all[(int)i]);
        }

        return (items, new ResultInfo(page, perPage, items.Count, all.Count, totalPages));
    }
}

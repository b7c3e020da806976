using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.Runtime;

/// <summary>Walks a paginated list lazily, page by page, using <c>result_info</c>.</summary>
public static class Paging
{
    /// <summary>
    /// Yields every item, fetching the next page only when the previous one is used up. Stops on an empty page,
    /// on the last page (<c>page &gt;= total_pages</c>), on a short page when the total is unknown, and after
    /// one response when the API returned the list unpaginated (no <c>result_info</c>).
    /// </summary>
    /// <param name="fetchPage">Fetches a page by number; null asks for the API's default (the first, or all).</param>
    /// <param name="startPage">The first page to fetch; null for the API's default.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<T> EnumerateAsync<T>(
        Func<int?, CancellationToken, Task<Page<T>>> fetchPage,
        int? startPage,
        CancellationToken cancellationToken = default)
        => EnumerateAsync(fetchPage, startPage, followPages: true, cancellationToken);

    /// <inheritdoc cref="EnumerateAsync{T}(Func{int?, CancellationToken, Task{Page{T}}}, int?, CancellationToken)"/>
    /// <param name="fetchPage">Fetches a page by number; null asks for the API's default (the first, or all).</param>
    /// <param name="startPage">The first page to fetch; null for the API's default.</param>
    /// <param name="followPages">
    /// False when the operation has no way to ask for another page (no <c>page</c> parameter): the first page is
    /// all there is, whatever <c>result_info</c> says, rather than the same page fetched forever.
    /// </param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static async IAsyncEnumerable<T> EnumerateAsync<T>(
        Func<int?, CancellationToken, Task<Page<T>>> fetchPage,
        int? startPage,
        bool followPages,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        var pageNumber = startPage;
        int? previousReported = null;
        while (true)
        {
            var page = await fetchPage(pageNumber, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            // A server that ignores the page asked for answers with the same page again: stop, don't loop.
            var reported = page.ResultInfo?.Page;
            if (!followPages || (reported is not null && reported == previousReported) || NextPage(page, pageNumber) is not { } next)
            {
                yield break;
            }

            previousReported = reported;
            pageNumber = next;
        }
    }

    /// <summary>The page to fetch after <paramref name="page"/>, or null when it was the last.</summary>
    internal static int? NextPage<T>(Page<T> page, int? requested)
    {
        var info = page.ResultInfo;
        if (page.Items.Count == 0 || info is null)
        {
            return null;
        }

        var current = info.Page ?? requested ?? 1;
        if (info.TotalPages is { } totalPages)
        {
            return current < totalPages ? current + 1 : null;
        }

        if (info.TotalCount is { } totalCount && info.PerPage is { } perPage && perPage > 0)
        {
            return (long)current * perPage < totalCount ? current + 1 : null;
        }

        // No totals: a short page is the last one.
        return info.PerPage is { } size && page.Items.Count >= size ? current + 1 : null;
    }
}

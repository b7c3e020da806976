using System;
using System.Collections.Generic;
using System.Globalization;
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
    /// one response when the API returned the list unpaginated (no <c>result_info</c>). A server that answers
    /// another page than the one asked for (it ignores <c>page</c>) fails the walk with <see cref="ApiException"/>
    /// before any item is repeated.
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
        Guard.NotNull(fetchPage, nameof(fetchPage));
        var pageNumber = startPage;
        Page<T>? previous = null;
        while (true)
        {
            var page = await fetchPage(pageNumber, cancellationToken).ConfigureAwait(false);

            // A server that ignores the page asked for answers with another page (often the first) again. Checked
            // before yielding, so a caller never sees an item twice, and the walk cannot go on forever.
            if (IgnoredPage(page, pageNumber, previous) is { } problem)
            {
                throw new ApiException(page.Response.OperationId, page.Response.StatusCode, Array.Empty<ResponseInfo>(), page.Response.RayId, null, problem);
            }

            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (!followPages || NextPage(page, pageNumber) is not { } next)
            {
                yield break;
            }

            previous = page;
            pageNumber = next;
        }
    }

    /// <summary>Why <paramref name="page"/> is not page <paramref name="requested"/>, or null when it is.</summary>
    private static string? IgnoredPage<T>(Page<T> page, int? requested, Page<T>? previous)
    {
        var asked = requested?.ToString(CultureInfo.InvariantCulture) ?? "the next page";
        if (requested is { } number && page.ResultInfo?.Page is { } reported && reported != number)
        {
            return $"page={asked} was asked for and page {reported.ToString(CultureInfo.InvariantCulture)} came back: the server ignores the page parameter, so the list cannot be walked without repeating items";
        }

        if (previous is not null && page.Items.Count > 0 && page.Response.ResultFingerprint != 0 && page.Response.ResultFingerprint == previous.Response.ResultFingerprint)
        {
            return $"page={asked} came back with exactly the items of the page before: the server ignores the page parameter, so the list cannot be walked without repeating items";
        }

        return null;
    }

    /// <summary>The page to fetch after <paramref name="page"/>, or null when it was the last (or its number is unusable).</summary>
    internal static int? NextPage<T>(Page<T> page, int? requested)
    {
        var info = page.ResultInfo;
        if (page.Items.Count == 0 || info is null)
        {
            return null;
        }

        var current = info.Page ?? requested ?? 1;
        if (current < 1 || current >= int.MaxValue || Math.Floor(current) != current)
        {
            return null;
        }

        var next = (int)current + 1;
        if (info.TotalPages is { } totalPages)
        {
            return current < totalPages ? next : null;
        }

        if (info.TotalCount is { } totalCount && info.PerPage is { } perPage && perPage > 0)
        {
            return current * perPage < totalCount ? next : null;
        }

        // No totals: a short page is the last one.
        return info.PerPage is { } size && page.Items.Count >= size ? next : null;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.Runtime;

/// <summary>
/// A list operation's result: enumerate it (<c>await foreach</c>) for every item of every page, fetched lazily one
/// page at a time, or walk <see cref="AsPages"/> for the pages with their <c>result_info</c> and responses. Nothing is
/// sent until it is enumerated, and each enumeration walks the list afresh. The token given to the method and the one
/// given to the enumeration (<c>WithCancellation</c>) both cancel it.
/// </summary>
/// <typeparam name="T">An item.</typeparam>
/// <remarks>Test doubles: <see cref="AsyncPageable.FromPages{T}(IEnumerable{Page{T}})"/>, <see cref="AsyncPageable.FromItems{T}(IEnumerable{T})"/>.</remarks>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>For derived pageables, such as a test double.</summary>
    protected AsyncPageable()
    {
    }

    /// <summary>The pages, in order, each fetched when the previous one was used up.</summary>
    public abstract IAsyncEnumerable<Page<T>> AsPages();

    /// <summary>Every item of every page, in order.</summary>
    /// <param name="cancellationToken">Stops the enumeration, with the token the method was given.</param>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }
}

/// <summary>Makes <see cref="AsyncPageable{T}"/>s: test doubles, and the pipeline's own.</summary>
public static class AsyncPageable
{
    /// <summary>A pageable over these pages, for test doubles.</summary>
    public static AsyncPageable<T> FromPages<T>(IEnumerable<Page<T>> pages)
    {
        Guard.NotNull(pages, nameof(pages));
        return new FixedPageable<T>(pages.ToArray());
    }

    /// <summary>A pageable of one page holding these items, for test doubles.</summary>
    public static AsyncPageable<T> FromItems<T>(IEnumerable<T> items)
    {
        Guard.NotNull(items, nameof(items));
        return FromPages(new[] { new Page<T>(items.ToArray()) });
    }

    /// <summary>
    /// Walks a list by page number: the first page is <paramref name="startPage"/> (null for the API's default), each
    /// next one is fetched when the previous one was used up, and the walk stops on an empty page, on the last page
    /// (<c>page &gt;= total_pages</c>), on a short page when the total is unknown, and after one response when the API
    /// returned the list unpaginated (no <c>result_info</c>) or <paramref name="followPages"/> is false (the operation
    /// has no way to ask for another page). A server that answers another page than the one asked for (it ignores
    /// <c>page</c>) fails the walk with <see cref="ApiException"/> before any item is repeated.
    /// </summary>
    internal static AsyncPageable<T> ByPageNumber<T>(Func<long?, CancellationToken, Task<Page<T>>> fetchPage, long? startPage, bool followPages, CancellationToken cancellationToken)
        => new PageNumberPageable<T>(fetchPage, startPage, followPages, cancellationToken);

    private sealed class FixedPageable<T>(Page<T>[] pages) : AsyncPageable<T>
    {
        public override IAsyncEnumerable<Page<T>> AsPages() => PagesAsync(default);

        private async IAsyncEnumerable<Page<T>> PagesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var page in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
                yield return page;
            }
        }
    }

    private sealed class PageNumberPageable<T>(Func<long?, CancellationToken, Task<Page<T>>> fetchPage, long? startPage, bool followPages, CancellationToken methodToken)
        : AsyncPageable<T>
    {
        public override IAsyncEnumerable<Page<T>> AsPages() => PagesAsync(default);

        private async IAsyncEnumerable<Page<T>> PagesAsync([EnumeratorCancellation] CancellationToken enumerationToken)
        {
            using var linked = methodToken.CanBeCanceled && enumerationToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(methodToken, enumerationToken)
                : null;
            var cancellationToken = linked?.Token ?? (methodToken.CanBeCanceled ? methodToken : enumerationToken);

            var pageNumber = startPage;
            Page<T>? previous = null;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = await fetchPage(pageNumber, cancellationToken).ConfigureAwait(false);

                // A server that ignores the page asked for answers with another page (often the first) again. Checked
                // before yielding, so a caller never sees an item twice, and the walk cannot go on forever.
                if (IgnoredPage(page, pageNumber, previous) is { } problem)
                {
                    throw new ApiException(page.Response.OperationId, page.Response.StatusCode, Array.Empty<ResponseInfo>(), page.Response.RayId, null, problem);
                }

                yield return page;

                if (!followPages || NextPage(page, pageNumber) is not { } next)
                {
                    yield break;
                }

                previous = page;
                pageNumber = next;
            }
        }
    }

    /// <summary>Why <paramref name="page"/> is not page <paramref name="requested"/>, or null when it is.</summary>
    private static string? IgnoredPage<T>(Page<T> page, long? requested, Page<T>? previous)
    {
        var asked = requested?.ToString(CultureInfo.InvariantCulture) ?? "the next page";
        // An empty page repeats nothing: past the last page, a server may report the last page or the first.
        if (requested is { } number && page.Items.Count > 0 && page.ResultInfo?.Page is { } reported && reported != number)
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
    internal static long? NextPage<T>(Page<T> page, long? requested)
    {
        var info = page.ResultInfo;
        if (page.Items.Count == 0 || info is null)
        {
            return null;
        }

        var current = info.Page ?? requested ?? 1;
        if (current < 1 || current >= long.MaxValue || Math.Floor(current) != current)
        {
            return null;
        }

        var next = (long)current + 1;
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

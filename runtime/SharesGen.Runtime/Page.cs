using System.Collections.Generic;

namespace SharesGen.Runtime;

/// <summary>One page of a list: its items, its <c>result_info</c>, and the response it came in.</summary>
/// <typeparam name="T">An item.</typeparam>
public sealed class Page<T>
{
    /// <summary>Wraps a list response.</summary>
    public Page(ApiResponse<IReadOnlyList<T>> response)
    {
        Guard.NotNull(response, nameof(response));
        Response = response;
    }

    /// <summary>A page of <paramref name="items"/>, for test doubles (<c>AsyncPageable.FromPages</c>).</summary>
    /// <param name="items">The items on the page.</param>
    /// <param name="resultInfo">Where the page sits in the list; null for a list the API returned unpaginated.</param>
    public Page(IReadOnlyList<T> items, ResultInfo? resultInfo = null)
        : this(ApiResponse.FromValue(items ?? throw new System.ArgumentNullException(nameof(items)), resultInfo: resultInfo))
    {
    }

    /// <summary>The items on this page.</summary>
    public IReadOnlyList<T> Items => Response.Value;

    /// <summary>Where this page sits in the list; null when the API returned the list unpaginated.</summary>
    public ResultInfo? ResultInfo => Response.ResultInfo;

    /// <summary>The raw response of this page.</summary>
    public ApiResponse<IReadOnlyList<T>> Response { get; }
}

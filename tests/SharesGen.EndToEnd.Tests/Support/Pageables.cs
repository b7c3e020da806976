using System.Linq;
using System.Threading.Tasks;
using SharesGen.Runtime;

namespace SharesGen.EndToEnd.Tests.Support;

/// <summary>One request's worth of a list: what the old <c>ListPageAsync</c> returned.</summary>
internal static class Pageables
{
    /// <summary>The first page the list's request answers, with its <c>result_info</c> and response; nothing more is fetched.</summary>
    public static Task<Page<T>> FirstPageAsync<T>(this AsyncPageable<T> pageable)
        => pageable.AsPages().FirstAsync().AsTask();
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Models;

namespace SharesGen.Benchmarks.Generator;

/// <summary>
/// Fractions of a spec's operations for the growth budget: every n-th operation in file order, by operationId, so that
/// every 8th ⊂ every 4th ⊂ every 2nd ⊂ all, and each fraction draws from every product of the file alike.
/// </summary>
internal sealed class WholeApiSelection(IReadOnlyList<string> operationIds)
{
    /// <summary>The operationIds of <paramref name="document"/>, in file order (those a selector can name).</summary>
    public static WholeApiSelection Of(OpenApiDocument document)
        => new(document.Paths.Values
            .SelectMany(path => path.Operations.Values)
            .Select(operation => operation.OperationId)
            .Where(id => !string.IsNullOrWhiteSpace(id) && id.IndexOfAny(new[] { ';', '\n', '\r' }) < 0)
            .Distinct(System.StringComparer.Ordinal)
            .ToList());

    /// <summary>How many operations <see cref="Include"/> selects for <paramref name="every"/>.</summary>
    public int Count(int every) => Every(every).Count();

    /// <summary>The <c>SharesGenInclude</c> that selects every <paramref name="every"/>-th operation.</summary>
    public string Include(int every) => string.Join(";", Every(every).Select(id => "operationId:" + id));

    private IEnumerable<string> Every(int every) => operationIds.Where((_, index) => index % every == 0);
}

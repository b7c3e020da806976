using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading.Conventions;

/// <summary>
/// What the generator knows of Cloudflare's API beyond OpenAPI, in one place: which response is the success, how
/// an envelope looks, and how a list pages. The readers ask here and record the answer in the model
/// (<see cref="ResultModel"/>); the emitters read only the model.
/// </summary>
internal static class CloudflareConventions
{
    /// <summary>The envelope's member holding the value an operation returns.</summary>
    public const string ResultMember = "result";

    /// <summary>The envelope's paging member (<c>{ page, per_page, count, total_count, total_pages }</c>).</summary>
    public const string ResultInfoMember = "result_info";

    /// <summary>The query parameter a list takes its page number in, when it pages by number.</summary>
    public const string PageParameter = "page";

    /// <summary>The envelope's members besides <c>result</c>; a schema with <c>result</c> and one of these is an envelope.</summary>
    private static readonly string[] EnvelopeMarkers = { "success", "errors" };

    /// <summary>Whether a response key is a success status: <c>2xx</c>, written as a code or as the range <c>2XX</c>.</summary>
    public static bool IsSuccessStatus(string responseKey) => responseKey.Length == 3 && responseKey[0] == '2';

    /// <summary>The response a call's result is read from: the lowest success status the spec answers.</summary>
    public static KeyValuePair<string, OpenApiResponse>? SuccessResponse(OpenApiResponses responses)
        => responses
            .Where(r => r.Value is not null && IsSuccessStatus(r.Key))
            .OrderBy(r => r.Key, System.StringComparer.Ordinal)
            .Select(r => (KeyValuePair<string, OpenApiResponse>?)r)
            .FirstOrDefault();

    /// <summary>
    /// The envelope's <c>result</c> when <paramref name="body"/> is Cloudflare's envelope
    /// (<c>{ success, errors, messages, result, result_info? }</c>, allOf merged), else null: the body is the value.
    /// </summary>
    public static OpenApiSchema? EnvelopedResult(SchemaView body)
        => body.FindProperty(ResultMember) is { } result && EnvelopeMarkers.Any(marker => body.FindProperty(marker) is not null)
            ? result
            : null;

    /// <summary>Whether an envelope of a list says where the page is (<c>result_info</c>): the list is then paginated.</summary>
    public static bool IsPaginated(SchemaView envelope) => envelope.FindProperty(ResultInfoMember) is not null;

    /// <summary>
    /// The query parameter a paginated list is walked by (<c>page</c>, a number), or null: without one the first
    /// page is the whole answer. Lists that page by cursor have none, and are read one page at a time. Cloudflare
    /// types most of its <c>page</c> parameters <c>number</c> (42 of 48 in the 2023 file) though only whole pages
    /// exist, so a number counts as well as an integer: the runtime asks for pages 2, 3, … as whole numbers.
    /// </summary>
    public static string? PageParameterOf(IEnumerable<ParameterModel> parameters)
        => parameters.Any(p => p.Location == Model.ParameterLocation.Query && p.WireName == PageParameter && p.Type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double)
            ? PageParameter
            : null;
}

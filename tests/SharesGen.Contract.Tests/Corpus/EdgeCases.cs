using System.Collections.Generic;
using System.Linq;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests.Corpus;

/// <summary>
/// Payloads picked by hand where the two readings could part: date-time corners of RFC 3339, numbers at the edge of
/// what a double holds, a null where only an <c>anyOf</c> decides, the failure envelope's <c>enum: [null]</c>. Each says
/// what the specifications mean (OpenAPI 3.0.3, RFC 3339, JSON Schema 2020-12), whatever either validator does, and
/// names the <c>KnownDisagreement</c> it demonstrates when the two part, or when both miss the specifications' verdict.
/// </summary>
internal static class EdgeCases
{
    public const string SpaceForT = "space-instead-of-t";
    public const string FractionLostInRounding = "fraction-lost-in-rounding";
    public const string BeyondClientInteger = "beyond-client-integer";

    private static readonly (string Component, string Json, bool Valid, string? Pointer, string? Known, string Why)[] Table =
    [
        ("resource-sharing_created", "\"2016-12-31T23:59:60Z\"", true, null, null, "a real leap second, 23:59:60 UTC"),
        ("resource-sharing_created", "\"2017-01-01T00:59:60+01:00\"", true, null, null, "the same leap second, written at +01:00"),
        ("resource-sharing_created", "\"2023-09-21T18:56:60Z\"", false, "", null, "RFC 3339 5.7: second 60 only where a leap second is, at 23:59 UTC"),
        ("resource-sharing_created", "\"2023-09-21T18:56:32+14:30\"", true, null, null, "RFC 3339 5.6: time-numoffset hours are 00-23, not only the ±14:00 .NET holds"),
        ("resource-sharing_created", "\"2023-09-21T18:56:32-23:59\"", true, null, null, "the largest offset RFC 3339 writes"),
        ("resource-sharing_created", "\"2023-09-21 18:56:32Z\"", false, "", SpaceForT, "RFC 3339 5.6's ABNF has \"T\"; the space is only a note about readability"),
        ("resource-sharing_created", "\"2023-09-21T18:56:32.123456789Z\"", true, null, null, "any number of fraction digits"),
        ("resource-sharing_created", "\"2023-09-21t18:56:32.5z\"", true, null, null, "t and z may be lower case (RFC 3339 5.6 note)"),
        ("resource-sharing_created", "\"2023-09-21T18:56:32+00:60\"", false, "", null, "offset minutes are 00-59"),
        ("resource-sharing_created", "\"2024-02-29T00:00:00Z\"", true, null, null, "a leap day"),
        ("resource-sharing_created", "\"2023-02-29T00:00:00Z\"", false, "", null, "not a leap year"),
        ("resource-sharing_created", "\"2023-09-21T18:56:32.\"", false, "", null, "a dot without digits, and no offset"),
        ("resource-sharing_account_id", "\"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\"", true, null, null, "32 code points (64 UTF-16 units) is at most 32 characters"),
        ("resource-sharing_account_id", "\"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀a\"", false, "", null, "33 code points"),
        ("resource-sharing_resource_version", "1e2", true, null, null, "100 written with an exponent is an integer"),
        ("resource-sharing_resource_version", "9007199254740993", true, null, null, "an integer past 2^53"),
        ("resource-sharing_resource_version", "-0", true, null, null, "minus zero is an integer"),
        ("resource-sharing_resource_version", "1.0000000000000001", false, "", FractionLostInRounding, "not an integer, though a double rounds it to 1"),
        ("resource-sharing_resource_version", "1e-400", false, "", FractionLostInRounding, "not an integer, though a double rounds it to 0"),
        ("resource-sharing_resource_version", "150e-1", true, null, null, "15, written with a negative exponent"),
        ("resource-sharing_result_info", "{\"count\":1e400}", true, null, null, "a JSON number has no range; 1e400 is a number"),
        ("resource-sharing_v4errors", "[{\"code\":1e400,\"message\":\"m\"}]", true, null, BeyondClientInteger, "1e400 is an integer (no fraction) above the minimum 1000, but beyond the long the client reads it into"),
        ("resource-sharing_resource_version", "9223372036854775808", true, null, BeyondClientInteger, "one past long's maximum: an integer JSON Schema allows and the client cannot hold"),
        ("resource-sharing_resource_version", "9223372036854775807", true, null, null, "long's maximum"),
        ("resource-sharing_v4errors", "[{\"code\":999.9999999999999,\"message\":\"m\"}]", false, "/0/code", null, "a fraction, and below 1000"),
        ("resource-sharing_api-response-common", "{\"success\":true,\"errors\":[],\"result\":null}", false, "/result", null, "OpenAPI 3.0.3: no alternative of result's anyOf is nullable, so null matches none"),
        ("resource-sharing_api-response-collection", "{\"success\":true,\"errors\":[],\"result\":null}", true, null, null, "the list envelope's result is nullable"),
        ("resource-sharing_api-response-common-failure", "{\"success\":false,\"errors\":[],\"messages\":[],\"result\":{}}", false, "/result", null, "result: enum [null] allows null and nothing else"),
        ("resource-sharing_api-response-common-failure", "{\"success\":false,\"errors\":[],\"messages\":[],\"result\":null}", true, null, null, "the failure envelope as Cloudflare sends it"),
        ("resource-sharing_share_response_single", "{\"success\":true,\"errors\":[],\"result\":\"a string\"}", true, null, null, "share_object has no type: OpenAPI 3.0 lets any kind through, and only objects are checked"),
        ("resource-sharing_share_object", "null", true, null, null, "a schema without type accepts null too"),
    ];

    public static IEnumerable<CorpusCase> All()
        => Table.Select((row, i) => new CorpusCase(
            $"edge#{i} {row.Component}",
            row.Component + " (" + row.Why + ")",
            new SchemaNode { Ref = row.Component },
            row.Json,
            row.Valid ? CaseKind.EdgeValid : CaseKind.EdgeBroken,
            Mutation.None,
            row.Pointer,
            row.Known));
}

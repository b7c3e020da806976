using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Tests.Security;

/// <summary>The two calls the security tests make: a GET of one share, and a POST that creates one (with a body).</summary>
internal static class Calls
{
    /// <summary>Marks the request body: it must never reach another origin.</summary>
    public const string BodyMarker = "body-marker-5ecr3t";

    public const string Success = """{"success":true,"errors":[],"messages":[],"result":{"id":"abc"}}""";

    public static ApiRequest Request(string method)
    {
        var request = new ApiRequest(method, method == "GET" ? "share-get" : "share-create", ApiSecurity.Undeclared, "/accounts/{account_id}/shares").PathValue("a1");
        if (method != "GET")
        {
            request.SetJsonBody(BodyMarker, JsonMetadataServices.StringConverter);
        }

        return request;
    }

    public static Task<ApiResponse<JsonElement>> SendAsync(ApiPipeline pipeline, string method, CancellationToken cancellationToken = default)
        => pipeline.Send(Request(method), JsonMetadataServices.JsonElementConverter, null, cancellationToken).WithResponseAsync();
}

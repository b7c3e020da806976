using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Tests.Registration;

/// <summary>Stands in for a generated client: a pipeline on the factory's HttpClient, and one operation.</summary>
internal sealed class PipelineClient(HttpClient httpClient, ApiClientOptions options)
{
    private readonly ApiPipeline _pipeline = new(httpClient, options, "https://api.example.test/client/v4");

    public ApiClientOptions Options { get; } = options;

    public Task<ApiResponse<JsonElement>> SendAsync(string method, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(method, "thing-" + method.ToLowerInvariant(), ApiSecurity.Undeclared, "/things");
        if (method == "POST")
        {
            request.SetJsonBody("body", JsonMetadataServices.StringConverter);
        }

        return _pipeline.Send(request, JsonMetadataServices.JsonElementConverter, null, cancellationToken).WithResponseAsync();
    }
}

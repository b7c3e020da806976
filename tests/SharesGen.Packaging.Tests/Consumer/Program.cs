using Contoso.Cloudflare;
using SharesGen.Runtime;

// Compiles only if the packaged generator ran inside this build; runs without any network.
var request = new CreateShareRequest
{
    Name = "packaged",
    Recipients = [new CreateShareRecipientRequest { RecipientAccountId = "023e105f4ecef8ad9ca31a8372d0c353" }],
    Resources = [],
};
var json = System.Text.Json.JsonSerializer.Serialize(request, SharesClientJson.Options);
using var client = new HttpClient();
var shares = new SharesClient(client, new ApiClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/client/v4"), Credentials = ApiCredentials.GlobalApiKey("user@example.com", "k") });
// A list is sent only when enumerated: building the call needs no network.
var list = shares.Shares.ListAsync("023e105f4ecef8ad9ca31a8372d0c353", new SharesListOptions { PerPage = 5 });
Console.WriteLine(list is not null ? json : "missing");

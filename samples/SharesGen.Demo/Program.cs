// SharesGen demo: a typed Cloudflare Resource Sharing client, generated at build time from spec/shares.yaml,
// Cloudflare's official fragment, against a loopback server that behaves like the real API. Nothing leaves 127.0.0.1;
// the credentials are fake.

using System;
using System.Linq;
using System.Text.Json;
using Contoso.Cloudflare;
using SharesGen.Runtime;
using SharesGen.Testing;
using SharesGen.Testing.Profiles;

const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
const string PartnerAccountId = "372e67954025e0ba6aaa6d586b9e0b59";
const string SecondPartnerAccountId = "b7c9a0e8c2b4e6a0f1d3c5b7a9e1f3d5";

try
{
    // The server holds every request to the contract generated from the same spec: a request the spec does not
    // allow is answered with a failure envelope naming each violation, before the stateful API sees it.
    // The Resource Sharing profile adds what the spec states only in prose (accounts, background transitions).
    var sharing = new ResourceSharingProfile();
    await using var server = await LoopbackApiServer.StartAsync(SharesClientContract.Contract, sharing);
    sharing.RegisterAccount(AccountId, "Contoso Security", "2d3f5c7a9b1e4f6d8c0a2b4e6f8d0c1a");

    // The client's own handler: pooled connections, and no redirect is followed off the server's origin.
    var client = new SharesClient(new ApiClientOptions
    {
        BaseAddress = server.BaseAddress,
        // The spec declares X-Auth-Email + X-Auth-Key for every operation; these are fake, and only good for this server.
        Credentials = ApiCredentials.GlobalApiKey("demo@example.com", "demo-key-for-the-loopback-server"),
    });
    Console.WriteLine($"SharesGen demo: Cloudflare Resource Sharing API on {server.BaseAddress} (loopback)");

    Step("1. Create a share with one recipient and one resource");
    var created = await client.Shares.CreateAsync(AccountId, new CreateShareRequest
    {
        Name = "WAF exceptions for partners",
        Recipients = [new CreateShareRecipientRequest { RecipientAccountId = PartnerAccountId }],
        Resources =
        [
            new CreateShareResourceRequest
            {
                ResourceId = "4814384a9e5d4991b9815dcfc25d2f1f",
                ResourceAccountId = AccountId,
                ResourceType = ResourceType.CustomRuleset,
                Meta = JsonElement.Parse("""{ "description": "Partner allow-list" }"""),
            },
        ],
    }).WithResponseAsync();
    var share = created.Value;
    Show(share);
    Console.WriteLine($"   resources  {string.Join(", ", share.Resources!.Select(r => $"{r.ResourceType} {r.ResourceId} (v{r.ResourceVersion}, {r.Status})"))}");
    Console.WriteLine($"   recipients {share.AssociatingRecipientCount} associating");
    Console.WriteLine($"   cf-ray     {created.RayId}");

    Step("2. List the account's shares, a page at a time (optional parameters go in the operation's options)");
    await foreach (var page in client.Shares.ListAsync(AccountId, new SharesListOptions { PerPage = 20, IncludeResources = true }).AsPages())
    {
        Console.WriteLine($"   page {page.ResultInfo?.Page} of {page.ResultInfo?.TotalPages}, {page.Items.Count} share(s)");
        foreach (var listed in page.Items)
        {
            Console.WriteLine($"   - {listed.Id}  {listed.Name}  [{listed.Status}, {listed.Kind}]");
        }
    }

    Step("3. Read it back");
    var read = await client.Shares.GetAsync(AccountId, share.Id).WithResponseAsync();
    Show(read.Value);
    Console.WriteLine($"   cf-ray     {read.RayId}");

    Step("4. Rename it");
    var renamed = await client.Shares.UpdateAsync(AccountId, share.Id, new UpdateShareRequest { Name = "WAF exceptions for partners (production)" });
    Console.WriteLine($"   name       {share.Name} -> {renamed.Name}");

    Step("5. Add a recipient, then list the recipients");
    await client.Shares.Recipients.CreateAsync(AccountId, share.Id, new CreateShareRecipientRequest { RecipientAccountId = SecondPartnerAccountId });
    await foreach (var recipient in client.Shares.Recipients.ListAsync(AccountId, share.Id))
    {
        Console.WriteLine($"   - account {recipient.AccountId}  {recipient.AssociationStatus}");
    }

    Step("6. Delete it (deletion finishes once every recipient is disassociated)");
    var deleted = await client.Shares.DeleteAsync(AccountId, share.Id).WithResponseAsync();
    Console.WriteLine($"   {deleted.Value.Id}  status {deleted.Value.Status}, cf-ray {deleted.RayId}");

    Step("On the wire");
    foreach (var exchange in server.Exchanges)
    {
        Console.WriteLine($"   {exchange}");
    }

    Console.WriteLine();
    Console.WriteLine("Done.");
    return 0;
}
catch (Exception exception)
{
    Console.Error.WriteLine($"The demo failed: {exception}");
    return 1;
}

static void Step(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
}

static void Show(Share share)
{
    Console.WriteLine($"   id         {share.Id}");
    Console.WriteLine($"   name       {share.Name}");
    Console.WriteLine($"   owner      {share.AccountName} ({share.AccountId})");
    Console.WriteLine($"   status     {share.Status}, target {share.TargetType}, kind {share.Kind}");
}

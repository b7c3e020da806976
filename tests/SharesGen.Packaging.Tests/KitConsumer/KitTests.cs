using System.Runtime.InteropServices;
using Contoso.Sharing;
using NUnit.Framework;
using SharesGen.Testing;
using SharesGen.Testing.Profiles;

namespace Contoso.Sharing.Tests;

public sealed class KitTests
{
    private const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";

    [Test]
    public async Task The_kit_serves_the_spec_to_the_generated_client()
    {
        await using var server = await LoopbackApiServer.StartAsync(ResourceSharingClientContract.Contract, new ResourceSharingProfile());
        using var http = new HttpClient();
        var client = new ResourceSharingClient(http, server.CreateClientOptions());

        var created = await client.Shares.CreateAsync(AccountId, new CreateShareRequest { Name = "packaged", Recipients = [], Resources = [] });
        var listed = new List<Share>();
        await foreach (var share in client.Shares.ListAsync(AccountId))
        {
            listed.Add(share);
        }

        TestContext.Out.WriteLine("runtime: " + RuntimeInformation.FrameworkDescription);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed.Select(s => (s.Id, s.Name)), Is.EqualTo(new[] { (created.Id, "packaged") }));
            Assert.That(server.Exchanges.Select(e => (e.OperationId, e.StatusCode)), Is.EqualTo(new[] { ("share-create", 201), ("shares-list", 200) }));
        }
    }
}

using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;
using SharesGen.Testing;
using SharesGen.Testing.Profiles;
using Own = Contoso.Cloudflare.OwnRevision;

namespace SharesGen.EndToEnd.Tests.Contract;

/// <summary>
/// The generated client against the loopback server holding every request to the generated contract: all 21
/// operations, with every query parameter each declares, pass it, both against state and against answers synthesized
/// from the spec (the official fragment has no examples).
/// </summary>
public sealed class ClientAgainstContractServerTests
{
    [Test]
    public async Task Every_operation_keeps_the_contract_against_the_stateful_server()
    {
        var sharing = new ResourceSharingProfile();
        await using var server = await LoopbackApiServer.StartAsync(SharesClientContract.Contract, sharing);
        sharing.RegisterAccount(EveryOperation.AccountId, "Account A", EveryOperation.OrganizationId);
        using var http = new HttpClient();
        var client = new SharesClient(http, server.CreateClientOptions());

        await EveryOperation.RunAllAsync(client);

        AssertEveryOperationPassed(server);
    }

    [Test]
    public async Task Every_operation_keeps_the_contract_with_a_global_api_key()
    {
        await using var server = await LoopbackApiServer.StartAsync(new LoopbackApiServerOptions { Contract = SharesClientContract.Contract, Mode = LoopbackMode.Examples });
        using var http = new HttpClient();
        var client = new SharesClient(http, server.CreateClientOptions(ApiCredentials.GlobalApiKey("user@example.com", "144c9defac04969c7bfad8efaa8ea194")));

        await EveryOperation.RunAllAsync(client);

        AssertEveryOperationPassed(server);
    }

    /// <summary>
    /// The official fragment has no examples (the server synthesizes its answers); SharesGen's own earlier revision has one
    /// per operation, and the client generated from it reads the example it is answered with.
    /// </summary>
    [Test]
    public async Task A_client_reads_the_spec_example_it_is_answered_with()
    {
        await using var server = await LoopbackApiServer.StartAsync(new LoopbackApiServerOptions { Contract = Own.OwnRevisionClientContract.Contract, Mode = LoopbackMode.Examples });
        using var http = new HttpClient();
        var client = new Own.OwnRevisionClient(http, server.CreateClientOptions());

        var share = await client.Shares.GetAsync(EveryOperation.AccountId, "3fd85f74b32742f1bff64a85009dda07");
        var resources = await client.Shares.Resources.ListAsync(EveryOperation.AccountId, "3fd85f74b32742f1bff64a85009dda07").FirstPageAsync();

        Assert.Multiple(() =>
        {
            JsonSemantics.AssertEquivalent(JsonNode.Parse(JsonSerializer.Serialize(share, Own.OwnRevisionClientJson.Options)), JsonNode.Parse(Own.OwnRevisionClientExamples.SharesGetResponse)!["result"]);
            Assert.That(resources.Items.Select(r => r.ResourceType.Value), Is.EqualTo(new[]
            {
                "custom-ruleset", "gateway-policy", "gateway-destination-ip", "gateway-block-page-settings", "gateway-extended-email-matching", "idp-federation-grant",
            }));
            Assert.That(resources.ResultInfo!.TotalCount, Is.EqualTo(6));
            Assert.That(server.Exchanges.Select(e => e.StatusCode), Is.EqualTo(new[] { 200, 200 }), "both requests kept the contract");
        });
    }

    [Test]
    public void The_script_calls_every_operation_of_the_contract_once()
    {
        Assert.That(EveryOperation.Steps.Select(s => s.OperationId), Is.EquivalentTo(SharesClientContract.Contract.Operations.Select(o => o.OperationId)));
    }

    private static void AssertEveryOperationPassed(LoopbackApiServer server)
    {
        var exchanges = server.Exchanges.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(exchanges.Where(e => e.StatusCode is < 200 or > 299).Select(e => $"{e} {e.ResponseBody}"), Is.Empty);
            Assert.That(exchanges.Select(e => e.OperationId), Is.EqualTo(EveryOperation.Steps.Select(s => s.OperationId)));
        });
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Testing;
using SharesGen.Testing.Contracts;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>
/// Examples mode on Cloudflare's official Resource Sharing fragment, which has no operation examples: every answer is
/// made up from the schemas, conforms to them, reads through the generated client, and is the same for the same seed.
/// </summary>
public sealed class SynthesizedExamplesTests
{
    private const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
    private const string Id = "3fd85f74b32742f1bff64a85009dda07";

    private static ApiContract Contract => SharesClientContract.Contract;

    [Test]
    public async Task Every_read_is_answered_with_a_body_made_up_from_its_schema_that_conforms()
    {
        var answers = await ReadEverythingAsync(seed: 7);

        Assert.Multiple(() =>
        {
            Assert.That(Contract.Operations.Where(o => o.ResponseExample is not null), Is.Empty, "the fragment has no operation examples");
            Assert.That(answers.Select(a => a.Operation.OperationId), Has.Exactly(9).Items, "every GET of the fragment");
            foreach (var (operation, body) in answers)
            {
                Assert.DoesNotThrow(() => ContractAssert.Conforms(Contract, body, operation.SuccessSchema!, warningsAreErrors: true), operation.OperationId);
            }
        });
    }

    [Test]
    public async Task The_generated_client_reads_the_made_up_answers()
    {
        await using var server = await StartAsync(seed: 7);
        using var http = new HttpClient();
        var client = new SharesClient(http, server.CreateClientOptions());

        var share = await client.Shares.GetAsync(AccountId, Id);
        var page = await client.Shares.Recipients.ListAsync(AccountId, Id).FirstPageAsync();

        Assert.Multiple(() =>
        {
            Assert.That(share.Id, Does.Match("^[0-9a-f]{32}$"), "an id made to fit share_id");
            Assert.That(share.Status.IsKnown, Is.True, "an enum value the spec names");
            Assert.That(share.Created, Is.EqualTo(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)), "date-times from the server's clock");
            Assert.That(page.Items, Is.Empty, "no more items than the schema requires");
        });
    }

    [Test]
    public async Task The_same_seed_gives_the_same_answers_and_another_seed_other_ones()
    {
        var first = (await ReadEverythingAsync(seed: 7)).Select(a => a.Body).ToArray();
        var again = (await ReadEverythingAsync(seed: 7)).Select(a => a.Body).ToArray();
        var other = (await ReadEverythingAsync(seed: 8)).Select(a => a.Body).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(other.Zip(first).Count(p => p.First != p.Second), Is.GreaterThan(0));
        });
    }

    /// <summary>Every GET of the fragment once, on a fresh server with this seed and a fixed clock, in the contract's order.</summary>
    private static async Task<IReadOnlyList<(OperationContract Operation, string Body)>> ReadEverythingAsync(int seed)
    {
        await using var server = await StartAsync(seed);
        using var http = new HttpClient();
        var answers = new List<(OperationContract, string)>();
        foreach (var operation in Contract.Operations.Where(o => o.Method == "GET"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, string.Join("/", operation.PathTemplate.Trim('/').Split('/').Select(s => s.StartsWith('{') ? Id : s))));
            request.Headers.Add("X-Auth-Email", LoopbackApiServer.DemoEmail);
            request.Headers.Add("X-Auth-Key", LoopbackApiServer.DemoApiKey);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.EqualTo(200), $"{operation}: {body}");
            answers.Add((operation, body));
        }

        return answers;
    }

    private static Task<LoopbackApiServer> StartAsync(int seed)
        => LoopbackApiServer.StartAsync(new LoopbackApiServerOptions
        {
            Contract = Contract,
            Mode = LoopbackMode.Examples,
            Seed = seed,
            TimeProvider = new ManualTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)),
        });
}

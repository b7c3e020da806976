using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;
using SharesGen.Testing.Contracts;
using Dns = Cloudflare.DnsRecords;
using Lists = Cloudflare.Lists;
using Sharing = Contoso.Cloudflare;

namespace SharesGen.EndToEnd.Tests.Contract;

/// <summary>
/// The independent check of the kit's server: Stoplight Prism in proxy mode in front of <c>sharesgen-loopback</c> serving
/// the same spec validates every request and every response with its own reading of OpenAPI. Every operation of the
/// official Resource Sharing fragment and of Cloudflare Lists is called through its generated client; Prism must report
/// no violation, except where the spec itself forbids every answer (<see cref="UnsatisfiableBodies"/>: nine of Lists'
/// eleven success bodies), and there exactly the one Prism must find. Runs when .ci/run has started both pairs and set
/// <c>SHARESGEN_PRISM_PROXY_SHARING_URL</c> and <c>SHARESGEN_PRISM_PROXY_LISTS_URL</c>; skipped otherwise.
/// </summary>
[Category("Prism")]
public sealed class PrismProxyTests
{
    private const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
    private const string PartnerAccountId = "372e67954025e0ba6aaa6d586b9e0b59";

    [Test]
    public async Task Prism_finds_no_violation_in_any_Resource_Sharing_operation_answered_by_the_kit()
    {
        using var recorder = new PrismViolationRecorder();
        using var http = new HttpClient(recorder);
        var client = new Sharing.SharesClient(http, Options("SHARESGEN_PRISM_PROXY_SHARING_URL"));

        var share = await client.Shares.CreateAsync(AccountId, new Sharing.CreateShareRequest
        {
            Name = "Prism",
            Recipients = [new Sharing.CreateShareRecipientRequest { RecipientAccountId = PartnerAccountId }],
            Resources = [Resource()],
        });
        await client.Shares.ListAsync(AccountId, new Sharing.SharesListOptions { PerPage = 5, IncludeResources = true, IncludeRecipientCounts = true }).FirstPageAsync();
        await client.Shares.GetAsync(AccountId, share.Id, new Sharing.SharesGetOptions { IncludeResources = true, IncludeRecipientCounts = true });
        await client.Shares.UpdateAsync(AccountId, share.Id, new Sharing.UpdateShareRequest { Name = "Prism renamed" });
        await client.Organizations.Shares.ListAsync("4e6f8d0c1a2d3f5c7a9b1e4f6d8c0a2b").FirstPageAsync();

        var recipient = await client.Shares.Recipients.CreateAsync(AccountId, share.Id, new Sharing.CreateShareRecipientRequest { RecipientAccountId = "b7c9a0e8c2b4e6a0f1d3c5b7a9e1f3d5" });
        await client.Shares.Recipients.ListAsync(AccountId, share.Id, new Sharing.SharesRecipientsListOptions { IncludeResources = true }).FirstPageAsync();
        await client.Shares.Recipients.GetAsync(AccountId, share.Id, recipient.Id, new Sharing.SharesRecipientsGetOptions { IncludeResources = true });
        await client.Shares.Recipients.UpdateAsync(AccountId, share.Id, [new Sharing.CreateShareRecipientRequest { RecipientAccountId = PartnerAccountId }]);
        await client.Shares.Recipients.DeleteAsync(AccountId, share.Id, recipient.Id);

        var resource = await client.Shares.Resources.CreateAsync(AccountId, share.Id, Resource());
        await client.Shares.Resources.ListAsync(AccountId, share.Id, new Sharing.SharesResourcesListOptions { PerPage = 5 }).FirstPageAsync();
        await client.Shares.Resources.GetAsync(AccountId, share.Id, resource.Id);
        await client.Shares.Resources.UpdateAsync(AccountId, share.Id, resource.Id, new Sharing.UpdateShareResourceRequest { Meta = JsonElement.Parse("""{"v":2}""") });
        await client.Shares.Resources.DeleteAsync(AccountId, share.Id, resource.Id);

        var excluded = await client.Shares.ExcludedRecipients.CreateAsync(AccountId, share.Id, new Sharing.CreateShareExcludedRecipientRequest { AccountId = PartnerAccountId });
        await client.Shares.ExcludedRecipients.ListAsync(AccountId, share.Id).FirstPageAsync();
        await client.Shares.ExcludedRecipients.GetAsync(AccountId, share.Id, excluded.Id);
        await client.Shares.ExcludedRecipients.UpdateAsync(AccountId, share.Id, [new Sharing.CreateShareExcludedRecipientRequest { AccountId = PartnerAccountId }]);
        var kept = await client.Shares.ExcludedRecipients.ListAsync(AccountId, share.Id).FirstPageAsync();
        await client.Shares.ExcludedRecipients.DeleteAsync(AccountId, share.Id, kept.Items[0].Id);

        await client.Shares.DeleteAsync(AccountId, share.Id);

        AssertNoViolation(recorder.Take(), expectedCalls: 22, Sharing.SharesClientContract.Contract, Unsatisfiable("spec", "shares.yaml"));
    }

    /// <summary>
    /// Lists' proxy runs without <c>--errors</c>: with it, Prism turns each answer it rejects into a 500, and the nine
    /// answers no server can give within this spec would hide every call after the first. Without it Prism forwards the
    /// kit's answers and still reports every violation, of requests and responses, in <c>sl-violations</c>.
    /// </summary>
    [Test]
    public async Task Prism_finds_no_violation_in_any_Lists_operation_answered_by_the_kit_but_the_ones_the_spec_forces()
    {
        using var recorder = new PrismViolationRecorder();
        using var http = new HttpClient(recorder);
        var client = new Lists.ListsClient(http, Options("SHARESGEN_PRISM_PROXY_LISTS_URL"));

        var list = await client.Rules.Lists.CreateAsync(AccountId, new Lists.CreateListRequest { Name = "prism_ips", Kind = Lists.Kind.Ip });
        await client.Rules.Lists.ListAsync(AccountId);
        await client.Rules.Lists.GetAsync(AccountId, list.Id!);
        await client.Rules.Lists.UpdateAsync(AccountId, list.Id!, new Lists.UpdateListRequest { Description = "Prism" });
        var created = await client.Rules.Lists.Items.CreateAsync(AccountId, list.Id!, [new Lists.CreateItemRequest { Ip = "192.0.2.1", Comment = "one" }]);
        await client.Rules.Lists.BulkOperations.GetAsync(AccountId, created.OperationId!);
        var items = await client.Rules.Lists.Items.ListAsync(AccountId, list.Id!).FirstPageAsync();
        await client.Rules.Lists.Items.GetAsync(AccountId, list.Id!, items.Items[0].Id!);
        await client.Rules.Lists.Items.UpdateAsync(AccountId, list.Id!, [new Lists.CreateItemRequest { Ip = "192.0.2.2" }]);
        var replaced = await client.Rules.Lists.Items.ListAsync(AccountId, list.Id!).FirstPageAsync();
        await client.Rules.Lists.Items.DeleteAllAsync(AccountId, list.Id!, new Lists.DeleteAllItemRequest { Items = [new Lists.DeleteAllItemRequestItem { Id = replaced.Items[0].Id }] });
        await client.Rules.Lists.DeleteAsync(AccountId, list.Id!, JsonElement.Parse("{}"));

        AssertNoViolation(recorder.Take(), expectedCalls: 12, Lists.ListsClientContract.Contract, Unsatisfiable("Kit", "Specs", "cloudflare-lists.yaml"));
    }

    /// <summary>
    /// DNS Records for a Zone, behind a proxy with <c>--errors</c> (any violation becomes a 500): every success body is
    /// satisfiable (UnsatisfiableBodiesTests), so every one of its nine operations must draw no violation at all: six
    /// records created and listed over two pages, one read, patched, put and deleted, the scan, the import sent as the
    /// <c>multipart/form-data</c> form it declares, and the export answered as the <c>text/plain</c> the contract
    /// records for it.
    /// </summary>
    [Test]
    public async Task Prism_finds_no_violation_in_any_operation_of_DNS_records_answered_by_the_kit()
    {
        const string Zone = "023e105f4ecef8ad9ca31a8372d0c353";
        using var recorder = new PrismViolationRecorder();
        using var http = new HttpClient(recorder);
        var client = new Dns.DnsRecordsClient(http, Options("SHARESGEN_PRISM_PROXY_DNS_URL"));
        var records = client.DnsRecords;

        var created = await records.CreateAsync(Zone, Record("198.51.100.4"));
        Assert.That(created.TryGetARecord(out var record), Is.True, created.Json.ToString());
        for (var i = 10; i < 15; i++)
        {
            await records.CreateAsync(Zone, Record("198.51.100." + i.ToString(CultureInfo.InvariantCulture)));
        }

        // Six records at five a page: two pages, walked by the generated pageable (page=2 from result_info).
        var pages = 0;
        var listed = 0;
        await foreach (var page in records.ListAsync(Zone, new Dns.DnsRecordsListOptions { PerPage = 5 }).AsPages())
        {
            pages++;
            listed += page.Items.Count;
        }

        Assert.That((pages, listed), Is.EqualTo((2, 6)), "every record, over two pages");
        await records.GetAsync(Zone, record!.Id!);
        await records.EditAsync(Zone, record.Id!, Record("198.51.100.5"));
        await records.UpdateAsync(Zone, record.Id!, Record("198.51.100.6"));
        await records.Scan.CreateAsync(Zone, JsonElement.Parse("{}"));
        await records.Import.CreateAsync(Zone, BindConfig());
        var zoneFile = await records.Export.ListAsync(Zone);
        await records.DeleteAsync(Zone, record.Id!, JsonElement.Parse("{}"));

        Assert.That(zoneFile, Is.Not.Empty, "the export answers text/plain");
        AssertNoViolation(recorder.Take(), expectedCalls: 15, Dns.DnsRecordsClientContract.Contract, []);
    }

    /// <summary>The import's form: the zone file as the <c>file</c> part (the spec types it a string, so a text part), and <c>proxied</c>.</summary>
    private static Dns.CreateImportForm BindConfig()
        => new() { File = "www.example.com. 300 IN A 198.51.100.7\n", Proxied = "true" };

    /// <summary>
    /// An A record with every member <c>dns-record</c> requires, the ones the server sets included: Prism reads the
    /// request body against the same schema as the answer, readOnly members and all.
    /// </summary>
    private static Dns.DnsRecord Record(string address)
        => new Dns.ARecord
        {
            Type = Dns.ARecordType.A,
            Name = "example.com",
            Content = address,
            Ttl = 3600,
            Id = "372e67954025e0ba6aaa6d586b9e0b59",
            Proxiable = true,
            Locked = false,
            ZoneName = "example.com",
            CreatedOn = DateTimeOffset.Parse("2014-01-01T05:20:00Z", CultureInfo.InvariantCulture),
            ModifiedOn = DateTimeOffset.Parse("2014-01-01T05:20:00Z", CultureInfo.InvariantCulture),
        };

    private static ApiClientOptions Options(string variable)
    {
        var url = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(url))
        {
            Assert.Ignore($"Prism's proxy is not running ({variable}); .ci/run starts it");
        }

        return new ApiClientOptions
        {
            BaseAddress = new Uri(url!.TrimEnd('/') + "/"),
            Credentials = ApiCredentials.GlobalApiKey("prism@example.com", "144c9defac04969c7bfad8efaa8ea194"),
            Timeout = TimeSpan.FromSeconds(30),
            Retry = new ApiRetryOptions { MaxRetries = 0 },
        };
    }

    private static Sharing.CreateShareResourceRequest Resource()
        => new()
        {
            ResourceId = "4814384a9e5d4991b9815dcfc25d2f1f",
            ResourceAccountId = AccountId,
            ResourceType = Sharing.ResourceType.CustomRuleset,
            Meta = JsonElement.Parse("{}"),
        };

    private static IReadOnlyList<UnsatisfiableBody> Unsatisfiable(params string[] specInOutput)
        => UnsatisfiableBodies.InFile(System.IO.Path.Combine([TestContext.CurrentContext.TestDirectory, .. specInOutput]));

    /// <summary>
    /// Every call went through Prism and succeeded, and Prism found nothing wrong but, in an answer the spec makes
    /// impossible, a type violation at exactly the member that makes it so; each such answer must draw it, so a Prism
    /// that checks nothing cannot pass.
    /// </summary>
    private static void AssertNoViolation(IReadOnlyList<PrismExchange> exchanges, int expectedCalls, ApiContract contract, IReadOnlyList<UnsatisfiableBody> unsatisfiable)
    {
        var unexpected = new List<string>();
        var unnoticed = new List<string>();
        foreach (var exchange in exchanges)
        {
            TestContext.Out.WriteLine(exchange);
            var impossible = unsatisfiable.SingleOrDefault(b => b.OperationId == OperationOf(contract, exchange) && b.Status == exchange.Status.ToString(CultureInfo.InvariantCulture));
            bool Forced(PrismViolation v) => impossible is not null && v.Location == impossible.PrismLocation && v.Code == "type";
            unexpected.AddRange(exchange.Violations.Where(v => !Forced(v)).Select(v => $"{exchange.Request}: {v}"));
            if (impossible is not null && exchange.Violations.Count(Forced) != 1)
            {
                unnoticed.Add($"{exchange.Request}: {impossible}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(exchanges, Has.Count.EqualTo(expectedCalls), "every call went through Prism");
            Assert.That(unexpected, Is.Empty, "Prism's violations");
            Assert.That(unnoticed, Is.Empty, "Prism rejects each answer the spec makes impossible, once");
            Assert.That(exchanges.Where(e => e.Status is < 200 or > 299).Select(e => e.ToString()), Is.Empty);
        });
    }

    /// <summary>The operation a request through Prism addressed (Prism serves the API at its root, without <c>/client/v4</c>).</summary>
    private static string OperationOf(ApiContract contract, PrismExchange exchange)
    {
        var space = exchange.Request.IndexOf(' ', StringComparison.Ordinal);
        var method = exchange.Request[..space];
        var path = exchange.Request[(space + 1)..].Split('?')[0];
        return contract.Operations
            .Where(o => o.Method == method && o.MatchPath(path) is not null)
            .OrderByDescending(o => o.PathTemplate.Split('/').Count(s => s.Length > 0 && s[0] != '{'))
            .Select(o => o.OperationId)
            .First();
    }
}

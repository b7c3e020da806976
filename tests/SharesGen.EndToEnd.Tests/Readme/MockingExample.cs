// README: mocking the client
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.Runtime;

namespace MyApp.Tests;

/// <summary>The code under test takes the client, so a test can hand it a double.</summary>
public sealed class ShareReport(SharesClient client)
{
    public async Task<IReadOnlyList<string>> ActiveShareNamesAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        var active = new SharesListOptions { Status = ShareStatus.Active };
        await foreach (var share in client.Shares.ListAsync(accountId, active, cancellationToken))
        {
            names.Add(share.Name);
        }

        return names;
    }

    public async Task<string> RenameAsync(string accountId, string shareId, string name)
        => (await client.Shares.UpdateAsync(accountId, shareId, new UpdateShareRequest { Name = name })).Name;
}

/// <summary>A double of the client: override the sub-client the code uses. No server, no mocking library.</summary>
public sealed class FakeSharesClient(SharesOperations shares) : SharesClient
{
    public override SharesOperations Shares => shares;
}

/// <summary>A double of <c>client.Shares</c>: override the operations the code calls.</summary>
public sealed class FakeShares : SharesOperations
{
    public List<string> Calls { get; } = new();

    public override AsyncPageable<Share> ListAsync(string accountId, SharesListOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add($"list {accountId} status={options?.Status}");
        return AsyncPageable.FromItems([NewShare("s1", "WAF exceptions"), NewShare("s2", "Partner lists")]);
    }

    public override ApiCall<Share> UpdateAsync(string accountId, string shareId, UpdateShareRequest body, ApiCallOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add($"update {shareId} name={body.Name}");
        return ApiCall.FromResult(NewShare(shareId, body.Name));
    }

    // DTOs are plain classes: `required` members say what test data must set.
    public static Share NewShare(string id, string name) => new()
    {
        Id = id,
        Name = name,
        AccountId = "023e105f4ecef8ad9ca31a8372d0c353",
        AccountName = "Contoso",
        OrganizationId = "4e6f8d0c1a2d3f5c7a9b1e4f6d8c0a2b",
        Created = DateTimeOffset.UnixEpoch,
        Modified = DateTimeOffset.UnixEpoch,
        Status = ShareStatus.Active,
        TargetType = ShareTargetType.Account,
    };
}

public class ShareReportTests
{
    [Test]
    public async Task Lists_the_names_of_the_active_shares()
    {
        var shares = new FakeShares();
        var report = new ShareReport(new FakeSharesClient(shares));

        var names = await report.ActiveShareNamesAsync("acc-1");

        Assert.That(names, Is.EqualTo(new[] { "WAF exceptions", "Partner lists" }));
        Assert.That(shares.Calls, Is.EqualTo(new[] { "list acc-1 status=active" }));
    }

    [Test]
    public async Task Renames_a_share()
    {
        var shares = new FakeShares();
        var report = new ShareReport(new FakeSharesClient(shares));

        Assert.That(await report.RenameAsync("acc-1", "s1", "Renamed"), Is.EqualTo("Renamed"));
        Assert.That(shares.Calls, Is.EqualTo(new[] { "update s1 name=Renamed" }));
    }
}

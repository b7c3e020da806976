using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;

namespace SharesGen.EndToEnd.Tests;

/// <summary>The spec's constraints are checked before anything is sent: the server sees no request at all.</summary>
public sealed class ArgumentConstraintTests : LoopbackTest
{
    private const string Id33 = "023e105f4ecef8ad9ca31a8372d0c3530";
    private const string Id = "3fd85f74b32742f1bff64a85009dda07";

    [Test]
    public void Per_page_above_100_is_refused()
    {
        var exception = Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client.Shares.ListPageAsync(AccountId, perPage: 101));

        Assert.That(exception.Message, Does.Contain("'per_page' must be between 1 and 100"));
        AssertNothingWasSent();
    }

    [TestCase(0, null)]
    [TestCase(null, 0)]
    [TestCase(-1, 20)]
    public void Page_and_per_page_below_1_are_refused(int? page, int? perPage)
    {
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client.Shares.Recipients.ListPageAsync(AccountId, Id, page: page, perPage: perPage));

        AssertNothingWasSent();
    }

    [Test]
    public void Per_page_above_100_is_refused_when_ListAsync_is_called_not_later_when_enumerated()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Client.Shares.ListAsync(AccountId, perPage: 101));

        Assert.That(exception!.ParamName, Is.EqualTo("perPage"));
        Assert.That(exception.Message, Does.Contain("'per_page' must be between 1 and 100"));
        AssertNothingWasSent();
    }

    [Test]
    public void More_than_20_tags_are_refused()
    {
        var tags = Enumerable.Range(1, 21).Select(i => $"tag{i}").ToList();

        var exception = Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client.Shares.ListPageAsync(AccountId, tag: tags));

        Assert.That(exception.Message, Does.Contain("'tag' has 21 items").And.Contain("at most 20"));
        AssertNothingWasSent();
    }

    [Test]
    public async Task Twenty_tags_are_allowed()
    {
        await Client.Shares.ListPageAsync(AccountId, tag: Enumerable.Range(1, 20).Select(i => $"tag{i}").ToList());

        Assert.That(SingleExchange().QueryValues("tag"), Has.Count.EqualTo(20));
    }

    [Test]
    public void A_tag_longer_than_1281_characters_is_refused()
    {
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client.Shares.ListPageAsync(AccountId, tag: [new string('k', 1282)]));

        AssertNothingWasSent();
    }

    /// <summary>Every operation, with one of its path ids 33 characters long.</summary>
    private static IEnumerable<TestCaseData> EveryOperationWithA33CharacterId()
    {
        static TestCaseData Case(string operation, string parameter, Func<SharesClient, Task> call)
            => new TestCaseData(parameter, call).SetArgDisplayNames(operation);

        var share = new CreateShareRequest { Name = "n", Recipients = [], Resources = [] };
        var resource = new CreateShareResourceRequest { Meta = Json("{}"), ResourceAccountId = Id, ResourceId = Id, ResourceType = ResourceType.CustomRuleset };
        yield return Case("shares-list", "account_id", c => c.Shares.ListPageAsync(Id33));
        yield return Case("shares-list (ListAsync)", "account_id", async c => await c.Shares.ListAsync(Id33).ToListAsync());
        yield return Case("share-create", "account_id", c => c.Shares.CreateAsync(Id33, share));
        yield return Case("shares-get-by-id", "share_id", c => c.Shares.GetAsync(Id, Id33));
        yield return Case("share-update", "share_id", c => c.Shares.UpdateAsync(Id, Id33, new UpdateShareRequest { Name = "n" }));
        yield return Case("share-delete", "share_id", c => c.Shares.DeleteAsync(Id, Id33));
        yield return Case("share-recipients-list", "share_id", c => c.Shares.Recipients.ListPageAsync(Id, Id33));
        yield return Case("share-recipient-create", "account_id", c => c.Shares.Recipients.CreateAsync(Id33, Id, new CreateShareRecipientRequest { RecipientAccountId = Id }));
        yield return Case("share-recipients-update", "share_id", c => c.Shares.Recipients.UpdateAsync(Id, Id33, []));
        yield return Case("share-recipients-get-by-id", "recipient_id", c => c.Shares.Recipients.GetAsync(Id, Id, Id33));
        yield return Case("share-recipient-delete", "recipient_id", c => c.Shares.Recipients.DeleteAsync(Id, Id, Id33));
        yield return Case("share-resources-list", "account_id", c => c.Shares.Resources.ListPageAsync(Id33, Id));
        yield return Case("share-resource-create", "share_id", c => c.Shares.Resources.CreateAsync(Id, Id33, resource));
        yield return Case("share-resources-get-by-id", "share_resource_id", c => c.Shares.Resources.GetAsync(Id, Id, Id33));
        yield return Case("share-resource-update", "share_resource_id", c => c.Shares.Resources.UpdateAsync(Id, Id, Id33, new UpdateShareResourceRequest { Meta = Json("{}") }));
        yield return Case("share-resource-delete", "share_resource_id", c => c.Shares.Resources.DeleteAsync(Id, Id, Id33));
        yield return Case("share-excluded-recipients-list", "share_id", c => c.Shares.ExcludedRecipients.ListPageAsync(Id, Id33));
        yield return Case("share-excluded-recipient-create", "share_id", c => c.Shares.ExcludedRecipients.CreateAsync(Id, Id33, new CreateShareExcludedRecipientRequest { AccountId = Id }));
        yield return Case("share-excluded-recipients-update", "account_id", c => c.Shares.ExcludedRecipients.UpdateAsync(Id33, Id, []));
        yield return Case("share-excluded-recipients-get-by-id", "excluded_recipient_id", c => c.Shares.ExcludedRecipients.GetAsync(Id, Id, Id33));
        yield return Case("share-excluded-recipient-delete", "excluded_recipient_id", c => c.Shares.ExcludedRecipients.DeleteAsync(Id, Id, Id33));
        yield return Case("organization-shares-list", "organization_id", c => c.Organizations.Shares.ListPageAsync(Id33));
    }

    [TestCaseSource(nameof(EveryOperationWithA33CharacterId))]
    public void A_path_id_of_33_characters_is_refused(string parameter, Func<SharesClient, Task> call)
    {
        var exception = Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => call(Client));

        // The message names the spec's parameter. (ParamName is the spec name too, unlike ArgumentNullException's,
        // which is the C# name; the tests do not pin that inconsistency.)
        Assert.That(exception.Message, Does.Contain($"'{parameter}' is 33 characters long").And.Contain("at most 32"));
        AssertNothingWasSent();
    }

    [Test]
    public void An_empty_path_id_is_refused()
    {
        Assert.ThrowsAsync<ArgumentException>(() => Client.Shares.GetAsync(AccountId, string.Empty));

        AssertNothingWasSent();
    }

    [Test]
    public void A_null_body_is_refused()
    {
        var exception = Assert.ThrowsAsync<ArgumentNullException>(() => Client.Shares.CreateAsync(AccountId, null!));

        Assert.That(exception.ParamName, Is.EqualTo("body"));
        AssertNothingWasSent();
    }

    [Test]
    public void A_path_id_with_a_slash_cannot_change_the_request_target()
    {
        Assert.ThrowsAsync<SharesGen.Runtime.ApiException>(() => Client.Shares.GetAsync(AccountId, "../../x"));

        Assert.That(SingleExchange().Path, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares/..%2F..%2Fx"));
    }
}

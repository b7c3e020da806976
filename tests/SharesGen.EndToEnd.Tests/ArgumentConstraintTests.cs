using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;

namespace SharesGen.EndToEnd.Tests;

/// <summary>
/// The spec's maxLength, minimum/maximum and maxItems are the server's to enforce (an old client must not refuse what
/// a newer server accepts): the client sends them as given and the server's answer decides. What protects the request
/// itself (a null required argument, an empty or unsafe path value) is still refused before anything is sent.
/// The opt-in client checks (SharesGenClientValidation) are tested in the generator's ClientValidationTests.
/// </summary>
public sealed class ArgumentConstraintTests : LoopbackTest
{
    private const string Id33 = "023e105f4ecef8ad9ca31a8372d0c3530";
    private const string Id = "3fd85f74b32742f1bff64a85009dda07";

    [Test]
    public void Per_page_above_100_is_sent_and_the_server_refuses_it()
    {
        Assert.ThrowsAsync<SharesGen.Runtime.ApiException>(() => Client.Shares.ListAsync(AccountId, new SharesListOptions { PerPage = 101 }).FirstPageAsync());

        Assert.That(SingleExchange().QueryValues("per_page"), Is.EqualTo(new[] { "101" }));
    }

    [TestCase(0, null)]
    [TestCase(null, 0)]
    [TestCase(-1, 20)]
    public void Page_and_per_page_below_1_are_sent_as_given(int? page, int? perPage)
    {
        Assert.ThrowsAsync<SharesGen.Runtime.ApiException>(() => Client.Shares.Recipients.ListAsync(AccountId, Id, new SharesRecipientsListOptions { Page = page, PerPage = perPage }).FirstPageAsync());

        Assert.That(SingleExchange().QueryValues(page is null ? "per_page" : "page"), Is.EqualTo(new[] { (page ?? perPage)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    [Test]
    public void Nothing_is_sent_until_a_list_is_enumerated()
    {
        var list = Client.Shares.ListAsync(AccountId, new SharesListOptions { PerPage = 101 });

        Assert.That(list, Is.Not.Null);
        AssertNothingWasSent();
    }

    [Test]
    public void More_than_20_tags_are_sent_and_the_server_refuses_them()
    {
        var tags = Enumerable.Range(1, 21).Select(i => $"tag{i}").ToList();

        Assert.ThrowsAsync<SharesGen.Runtime.ApiException>(() => Client.Shares.ListAsync(AccountId, new SharesListOptions { Tag = tags }).FirstPageAsync());

        Assert.That(SingleExchange().QueryValues("tag"), Has.Count.EqualTo(21));
    }

    [Test]
    public async Task Twenty_tags_are_allowed()
    {
        await Client.Shares.ListAsync(AccountId, new SharesListOptions { Tag = Enumerable.Range(1, 20).Select(i => $"tag{i}").ToList() }).FirstPageAsync();

        Assert.That(SingleExchange().QueryValues("tag"), Has.Count.EqualTo(20));
    }

    /// <summary>Every operation, with one of its path ids 33 characters long.</summary>
    private static IEnumerable<TestCaseData> EveryOperationWithA33CharacterId()
    {
        static TestCaseData Case(string operation, string parameter, Func<SharesClient, Task> call)
            => new TestCaseData(parameter, call).SetArgDisplayNames(operation);

        var share = new CreateShareRequest { Name = "n", Recipients = [], Resources = [] };
        var resource = new CreateShareResourceRequest { Meta = Json("{}"), ResourceAccountId = Id, ResourceId = Id, ResourceType = ResourceType.CustomRuleset };
        yield return Case("shares-list", "account_id", c => c.Shares.ListAsync(Id33).FirstPageAsync());
        yield return Case("shares-list (ListAsync)", "account_id", async c => await c.Shares.ListAsync(Id33).ToListAsync());
        yield return Case("share-create", "account_id", async c => await c.Shares.CreateAsync(Id33, share));
        yield return Case("shares-get-by-id", "share_id", c => c.Shares.GetAsync(Id, Id33));
        yield return Case("share-update", "share_id", c => c.Shares.UpdateAsync(Id, Id33, new UpdateShareRequest { Name = "n" }));
        yield return Case("share-delete", "share_id", c => c.Shares.DeleteAsync(Id, Id33));
        yield return Case("share-recipients-list", "share_id", c => c.Shares.Recipients.ListAsync(Id, Id33).FirstPageAsync());
        yield return Case("share-recipient-create", "account_id", c => c.Shares.Recipients.CreateAsync(Id33, Id, new CreateShareRecipientRequest { RecipientAccountId = Id }));
        yield return Case("share-recipients-update", "share_id", c => c.Shares.Recipients.UpdateAsync(Id, Id33, []));
        yield return Case("share-recipients-get-by-id", "recipient_id", c => c.Shares.Recipients.GetAsync(Id, Id, Id33));
        yield return Case("share-recipient-delete", "recipient_id", c => c.Shares.Recipients.DeleteAsync(Id, Id, Id33));
        yield return Case("share-resources-list", "account_id", c => c.Shares.Resources.ListAsync(Id33, Id).FirstPageAsync());
        yield return Case("share-resource-create", "share_id", c => c.Shares.Resources.CreateAsync(Id, Id33, resource));
        yield return Case("share-resources-get-by-id", "share_resource_id", c => c.Shares.Resources.GetAsync(Id, Id, Id33));
        yield return Case("share-resource-update", "share_resource_id", c => c.Shares.Resources.UpdateAsync(Id, Id, Id33, new UpdateShareResourceRequest { Meta = Json("{}") }));
        yield return Case("share-resource-delete", "share_resource_id", c => c.Shares.Resources.DeleteAsync(Id, Id, Id33));
        yield return Case("share-excluded-recipients-list", "share_id", c => c.Shares.ExcludedRecipients.ListAsync(Id, Id33).FirstPageAsync());
        yield return Case("share-excluded-recipient-create", "share_id", c => c.Shares.ExcludedRecipients.CreateAsync(Id, Id33, new CreateShareExcludedRecipientRequest { AccountId = Id }));
        yield return Case("share-excluded-recipients-update", "account_id", c => c.Shares.ExcludedRecipients.UpdateAsync(Id33, Id, []));
        yield return Case("share-excluded-recipients-get-by-id", "excluded_recipient_id", c => c.Shares.ExcludedRecipients.GetAsync(Id, Id, Id33));
        yield return Case("share-excluded-recipient-delete", "excluded_recipient_id", c => c.Shares.ExcludedRecipients.DeleteAsync(Id, Id, Id33));
        yield return Case("organization-shares-list", "organization_id", c => c.Organizations.Shares.ListAsync(Id33).FirstPageAsync());
    }

    [TestCaseSource(nameof(EveryOperationWithA33CharacterId))]
    public void A_path_id_of_33_characters_is_sent_and_the_server_decides(string parameter, Func<SharesClient, Task> call)
    {
        Assert.ThrowsAsync<SharesGen.Runtime.ApiException>(() => call(Client), parameter);

        Assert.That(SingleExchange().Path, Does.Contain("/" + Id33), parameter);
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

using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Reading;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Operations are placed in the client tree from their path and verb (Reading/OperationNaming.cs), the way a
/// hand-written SDK reads: <c>client.Shares.Recipients.ListAsync(…)</c>, whatever the operationIds say.
/// </summary>
public class OperationNamingTests
{
    /// <summary>All 21 operations of spec/shares.yaml, by operationId: the client's public surface.</summary>
    [Test]
    public void SharesSpecOperationsFormTheExpectedTree()
    {
        var run = GeneratorHarness.Run(SpecFile.Shares());

        var actual = run.Model.Operations.ToDictionary(o => o.OperationId, o => string.Join(".", o.Group.Append(o.MethodName)));

        Assert.That(actual, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["shares-list"] = "Shares.List",
            ["share-create"] = "Shares.Create",
            ["shares-get-by-id"] = "Shares.Get",
            ["share-update"] = "Shares.Update",
            ["share-delete"] = "Shares.Delete",
            ["share-recipients-list"] = "Shares.Recipients.List",
            ["share-recipient-create"] = "Shares.Recipients.Create",
            // The bulk PUT on the collection replaces the list; with no item PUT beside it, it is plainly Update.
            ["share-recipients-update"] = "Shares.Recipients.Update",
            ["share-recipients-get-by-id"] = "Shares.Recipients.Get",
            ["share-recipient-delete"] = "Shares.Recipients.Delete",
            ["share-resources-list"] = "Shares.Resources.List",
            ["share-resource-create"] = "Shares.Resources.Create",
            ["share-resources-get-by-id"] = "Shares.Resources.Get",
            ["share-resource-update"] = "Shares.Resources.Update",
            ["share-resource-delete"] = "Shares.Resources.Delete",
            ["share-excluded-recipients-list"] = "Shares.ExcludedRecipients.List",
            ["share-excluded-recipient-create"] = "Shares.ExcludedRecipients.Create",
            ["share-excluded-recipients-update"] = "Shares.ExcludedRecipients.Update",
            ["share-excluded-recipients-get-by-id"] = "Shares.ExcludedRecipients.Get",
            ["share-excluded-recipient-delete"] = "Shares.ExcludedRecipients.Delete",
            // Not under the accounts scope most paths use: the scope becomes the first group.
            ["organization-shares-list"] = "Organizations.Shares.List",
        }));
    }

    [TestCase("GET", "/accounts/{a}/shares", "Shares.List")]
    [TestCase("GET", "/accounts/{a}/shares/{s}", "Shares.Get")]
    [TestCase("POST", "/accounts/{a}/shares", "Shares.Create")]
    [TestCase("PUT", "/accounts/{a}/shares/{s}", "Shares.Update")]
    [TestCase("PATCH", "/accounts/{a}/shares/{s}", "Shares.Edit")]
    [TestCase("DELETE", "/accounts/{a}/shares/{s}", "Shares.Delete")]
    [TestCase("DELETE", "/accounts/{a}/shares", "Shares.DeleteAll")]
    [TestCase("HEAD", "/accounts/{a}/shares/{s}", "Shares.Head")]
    public void VerbComesFromMethodAndWhetherThePathEndsInAnItem(string method, string path, string expected)
        => Assert.That(NamesOf((path, method), ("/accounts/{a}/other", "GET"))[0], Is.EqualTo(expected));

    [Test]
    public void CollectionPutBesideAnItemPutIsUpdateAll()
    {
        var names = NamesOf(("/accounts/{a}/rules", "PUT"), ("/accounts/{a}/rules/{r}", "PUT"));

        Assert.That(names, Is.EqualTo(new[] { "Rules.UpdateAll", "Rules.Update" }));
    }

    [Test]
    public void ScopeOnlyPathIsTheResourceItself()
        => Assert.That(NamesOf(("/accounts/{a}", "GET"), ("/accounts/{a}/shares", "GET")), Is.EqualTo(new[] { "Accounts.Get", "Shares.List" }));

    [Test]
    public void KebabAndSnakeSegmentsBecomePascalCaseGroups()
        => Assert.That(
            NamesOf(("/zones/{z}/dns_records/{r}/excluded-hosts", "GET")),
            Is.EqualTo(new[] { "DnsRecords.ExcludedHosts.List" }));

    /// <summary>Two operations that path and verb cannot tell apart keep a name built from the whole path.</summary>
    [Test]
    public void RemainingCollisionsFallBackToMethodAndPath()
    {
        var names = NamesOf(("/accounts/{a}/shares/{s}", "GET"), ("/accounts/{a}/shares/{s}/{version}", "GET"));

        Assert.That(names, Is.EqualTo(new[] { "Shares.GetAccountsASharesS", "Shares.GetAccountsASharesSVersion" }));
    }

    private static string[] NamesOf(params (string Path, string Method)[] operations)
        => OperationNaming.Assign(operations).Select(n => string.Join(".", n.Group.Append(n.Method))).ToArray();
}

using System.Linq;
using System.Text.Json;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.Contract.Tests.Corpus;
using SharesGen.Contract.Tests.Oracle;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests;

/// <summary>
/// Each known disagreement, demonstrated on its edge cases: at least one of the validator and the oracle must still
/// miss the specifications' verdict written in the edge case (when a fix lands, the test fails: delete the entry from
/// <see cref="KnownDisagreements"/> and the tag from <see cref="EdgeCases"/>). The output says who is wrong.
/// </summary>
public sealed class KnownDisagreementTests
{
    private static readonly ApiContract Contract = SharesClientContract.Contract;

    private static TestCaseData[] Cases()
        => EdgeCases.All().Where(c => c.Known is not null)
            .Select(c => new TestCaseData(c.Known, c.Json, c.Schema.Ref).SetName($"{{m}}({c.Known}, {c.Json})"))
            .ToArray();

    [TestCaseSource(nameof(Cases))]
    public void The_known_disagreement_still_shows_here(string known, string json, string component)
    {
        var payload = EdgeCases.All().Single(c => c.Known == known && c.Json == json);
        using var document = JsonDocument.Parse(json);

        var ours = new PayloadValidator(Contract).Validate(document.RootElement, payload.Schema);
        var theirs = new JsonSchemaOracle(Contract).Evaluate(payload.Schema, document.RootElement, EnumHandling.DropStringEnums);

        TestContext.Out.WriteLine($"{component}: meant {(payload.MeantValid ? "valid" : "invalid")}; the validator says {(ours.IsValid ? "valid" : "invalid")}, the oracle {(theirs.IsValid ? "valid" : "invalid")}.");
        TestContext.Out.WriteLine(KnownDisagreements.All[known].Reason);
        Assert.Multiple(() =>
        {
            Assert.That(ours.IsValid == payload.MeantValid && theirs.IsValid == payload.MeantValid, Is.False,
                $"{known} no longer shows: both are right now; remove it from KnownDisagreements and EdgeCases");
            Assert.That(KnownDisagreements.All[known].Matches(ours, theirs), Is.True,
                $"{known} shows other verdicts than the ones it is pinned to: a different disagreement, explain it");
        });
    }

    [Test]
    public void A_tagged_edge_case_is_explained_only_by_its_pinned_verdicts()
    {
        var payload = EdgeCases.All().First(c => c.Known is not null);
        using var document = JsonDocument.Parse(payload.Json);
        var ours = new PayloadValidator(Contract).Validate(document.RootElement, payload.Schema);
        var theirs = new JsonSchemaOracle(Contract).Evaluate(payload.Schema, document.RootElement, EnumHandling.DropStringEnums);

        Assert.Multiple(() =>
        {
            Assert.That(KnownDisagreements.Explain(payload, ours, theirs)?.Name, Is.EqualTo(payload.Known));
            Assert.That(KnownDisagreements.Explain(payload, ours: null, theirs), Is.Null, "a validator that threw explains nothing");
            Assert.That(KnownDisagreements.Explain(payload, ours, theirs with { IsValid = !theirs.IsValid }), Is.Null, "another oracle verdict is another disagreement");
            Assert.That(KnownDisagreements.Explain(payload with { Known = null }, ours, theirs), Is.Null, "an untagged payload is never explained");
        });
    }

    [Test]
    public void Every_known_disagreement_is_demonstrated_by_an_edge_case()
    {
        var demonstrated = EdgeCases.All().Select(c => c.Known).Where(k => k is not null).ToHashSet();

        Assert.That(KnownDisagreements.All.Keys, Is.SubsetOf(demonstrated));
    }
}

using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Model;
using static SharesGen.Generator.Tests.ReaderFeatures.FeatureSpec;

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>The result is read from the lowest success status the spec answers; error statuses never make the result.</summary>
public class SuccessStatusTests
{
    private static readonly string Body = Envelope(ThingRef);

    private static readonly string Error = Envelope("{ type: object, nullable: true }");

    [TestCase("200", "201", 200)]
    [TestCase("201", "202", 201)]
    [TestCase("204", "200", 200)]
    [TestCase("299", "250", 250)]
    public void LowestSuccessStatusIsTheResult(string first, string second, int expected)
    {
        var result = ResultOf(Get(new (string, string?)[] { (first, Body), (second, Body), ("4XX", Error) }, Thing));

        Assert.That((result.StatusCode, result.Kind), Is.EqualTo((expected, ResultKind.Single)));
    }

    /// <summary>The range <c>2XX</c> is a success; it has no one code, so the call expects 200.</summary>
    [Test]
    public void SuccessRangeIsASuccess()
    {
        var result = ResultOf(Get(new (string, string?)[] { ("2XX", Body), ("4XX", Error) }, Thing));

        Assert.That((result.StatusCode, result.Kind), Is.EqualTo((200, ResultKind.Single)));
    }

    [Test]
    public void NoContentIsNoResult()
    {
        var result = ResultOf(Get(new (string, string?)[] { ("204", null), ("4XX", Error) }, Thing));

        Assert.That((result.StatusCode, result.Kind, result.Type), Is.EqualTo((204, ResultKind.None, (TypeRef?)null)));
    }

    /// <summary>An operation that documents only failures returns nothing; its error bodies are not its result.</summary>
    [TestCase("4XX")]
    [TestCase("default")]
    [TestCase("404")]
    [TestCase("302")]
    public void NonSuccessStatusIsNeverTheResult(string status)
    {
        var result = ResultOf(Get(new (string, string?)[] { (status, Body) }, Thing));

        Assert.That(result.Kind, Is.EqualTo(ResultKind.None));
    }

    /// <summary>A key that only starts like a success (<c>20</c>, <c>2000</c>) is no status: reported, and the operation is left out rather than given a guessed result.</summary>
    [TestCase("20")]
    [TestCase("2000")]
    public void MalformedStatusIsReportedAndNeverTheResult(string status)
    {
        var read = Read(Get(new (string, string?)[] { (status, Body) }, Thing));

        Assert.That(Reported(read).Has(Diagnostics.DiagnosticDescriptors.InvalidSpec), Is.True, Reported(read).ToString());
        Assert.That(read.Model!.Operations, Is.Empty);
    }

    /// <summary>The contract reader takes the same response as the success schema the client reads.</summary>
    [Test]
    public void ContractSuccessSchemaIsTheClientsSuccessResponse()
    {
        var spec = Get(new (string, string?)[] { ("201", Body), ("4XX", Error) }, Thing);
        var read = Reading.SpecReader.Read(new Options.SpecInput("/specs/features.yaml", spec, "Tests.Features", null, null, EmitContract: true), System.Threading.CancellationToken.None);

        var contract = read.Model!.Contract!.Operations.Single();
        Assert.That(contract.SuccessStatus, Is.EqualTo(read.Model.Operations.Single().Result.StatusCode));
        Assert.That(contract.SuccessStatus, Is.EqualTo(201));
        Assert.That(contract.SuccessSchema!.Properties.Single(p => p.Name == "result").Schema.Ref, Is.EqualTo("thing"));
        Assert.That(contract.FailureSchema!.Properties.Single(p => p.Name == "result").Schema.Ref, Is.Null);
    }
}

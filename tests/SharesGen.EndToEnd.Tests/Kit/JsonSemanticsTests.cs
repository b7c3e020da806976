using System.Text.Json.Nodes;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>The round-trip comparison must be able to fail, or the payload tests prove nothing.</summary>
public sealed class JsonSemanticsTests
{
    [Test]
    public void Member_order_and_date_time_spelling_do_not_matter()
    {
        var equivalent = JsonSemantics.AreEquivalent(
            JsonNode.Parse("""{"b":[1,2],"created":"2023-10-02T10:11:12.000000Z","a":"x"}"""),
            JsonNode.Parse("""{"a":"x","created":"2023-10-02T10:11:12Z","b":[1,2]}"""));

        Assert.That(equivalent, Is.True);
    }

    [TestCase("""{"a":"x"}""", """{"a":"y"}""")]
    [TestCase("""{"a":"x"}""", """{"a":"x","b":null}""")]
    [TestCase("""{"a":[1,2]}""", """{"a":[2,1]}""")]
    [TestCase("""{"t":"2023-10-02T10:11:12Z"}""", """{"t":"2023-10-02T10:11:13Z"}""")]
    [TestCase("""{"id":"023e105f4ecef8ad9ca31a8372d0c353"}""", """{"id":"023e105f4ecef8ad9ca31a8372d0c354"}""")]
    public void Any_other_difference_fails(string actual, string expected)
    {
        Assert.That(JsonSemantics.AreEquivalent(JsonNode.Parse(actual), JsonNode.Parse(expected)), Is.False);
    }
}

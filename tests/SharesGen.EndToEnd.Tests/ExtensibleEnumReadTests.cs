using System.Text;
using System.Text.Json;
using Contoso.Cloudflare;
using NUnit.Framework;

namespace SharesGen.EndToEnd.Tests;

/// <summary>
/// A generated enum converter reads a value the spec names as its cached static member, comparing the reader's bytes
/// (no string is made for it), and any other value as sent. Escapes, prefixes and case must not fool the comparison.
/// </summary>
public sealed class ExtensibleEnumReadTests
{
    [Test]
    public void A_known_value_reads_as_the_cached_member_without_a_new_string()
    {
        var read = JsonSerializer.Deserialize<ShareStatus>("\"active\"", SharesClientJson.Options);

        Assert.That(read, Is.EqualTo(ShareStatus.Active));
        Assert.That(ReferenceEquals(read.Value, ShareStatus.Active.Value), Is.True, "a known value is the static member's own string");
    }

    [Test]
    public void An_escaped_known_value_is_the_same_known_value()
    {
        var read = JsonSerializer.Deserialize<ResourceType>("\"gateway\\u002dpolicy\"", SharesClientJson.Options);

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(ResourceType.GatewayPolicy));
            Assert.That(read.IsKnown, Is.True);
            Assert.That(JsonSerializer.Serialize(read, SharesClientJson.Options), Is.EqualTo("\"gateway-policy\""));
        });
    }

    [TestCase("activ")]
    [TestCase("actives")]
    [TestCase("Active")]
    [TestCase("ACTIVE")]
    [TestCase(" active")]
    [TestCase("")]
    [TestCase("paused")]
    public void A_value_the_spec_does_not_name_is_kept_exactly_as_sent(string wire)
    {
        var json = "\"" + wire + "\"";

        var read = JsonSerializer.Deserialize<ShareStatus>(json, SharesClientJson.Options);

        Assert.Multiple(() =>
        {
            Assert.That(read.Value, Is.EqualTo(wire));
            Assert.That(read.IsKnown, Is.False);
            Assert.That(JsonSerializer.Serialize(read, SharesClientJson.Options), Is.EqualTo(json));
        });
    }

    [Test]
    public void A_known_value_as_a_property_name_reads_as_the_cached_member()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("""{"deleted":1}"""));
        reader.Read();
        reader.Read();

        var read = ShareStatusJsonConverter.Instance.ReadAsPropertyName(ref reader, typeof(ShareStatus), SharesClientJson.Options);

        Assert.That(ReferenceEquals(read.Value, ShareStatus.Deleted.Value), Is.True);
    }

    [Test]
    public void A_value_that_is_not_a_string_is_refused()
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ShareStatus>("1", SharesClientJson.Options));
}

using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Parameters;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;
using Range = SharesGen.EndToEnd.Parameters.Range;

namespace SharesGen.EndToEnd.Tests.Parameters;

/// <summary>
/// The styles of OpenAPI 3.0.3's style table beyond simple and form lists (Parameters/parameters.yaml): label and
/// matrix paths, and objects in a query as form (exploded and not), space- and pipe-delimited and deepObject, on the
/// wire as a raw socket on 127.0.0.1 received the request line.
/// </summary>
public sealed class ParameterStyleTests : CapturedRequestTest
{
    private static readonly DateTimeOffset Noon = new(2024, 5, 2, 12, 3, 27, TimeSpan.Zero);

    [Test]
    public async Task Label_and_matrix_paths_are_written_per_the_style_table()
    {
        await Client.Styled.GetAsync("blue", 5, true, Color.DarkBlue);

        Assert.That(Server.SingleTarget(), Is.EqualTo("/styled/.blue/;matrix=5/;flag=true/.dark-blue"));
    }

    [Test]
    public async Task A_hostile_label_or_matrix_value_stays_in_its_segment_and_cannot_start_another_parameter()
    {
        await Client.Styled.GetAsync("a.b;c=d/../e?f#g ü", -1, false, Color.Red);

        Assert.That(Server.SingleTarget(), Is.EqualTo("/styled/.a.b%3Bc%3Dd%2F..%2Fe%3Ff%23g%20%C3%BC/;matrix=-1/;flag=false/.red"));
    }

    [TestCase(".")]
    [TestCase("..")]
    [TestCase("")]
    [TestCase("unpaired surrogate")]
    public void A_label_that_would_address_another_path_or_change_its_value_is_refused(string label)
    {
        // An attribute cannot carry a lone surrogate intact: it is made here.
        label = label == "unpaired surrogate" ? "a" + '\uD800' : label;
        Assert.That(async () => await Client.Styled.GetAsync(label, 1, true, Color.Red), Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("label"));
        Assert.That(Server.Requests, Is.Empty);
    }

    [Test]
    public async Task A_form_object_exploded_sends_each_member_as_its_own_key_in_the_spec_order()
    {
        await Client.Objects.ListAsync(new ObjectsListOptions
        {
            Filter = new Filter { ConfigurationTarget = "ip", Match = FilterMatch.All, Page = 2, Enabled = false, Since = Noon },
        });

        Assert.That(Server.SingleTarget(), Is.EqualTo("/objects?configuration.target=ip&match=all&page=2&enabled=false&since=2024-05-02T12%3A03%3A27.0000000%2B00%3A00"));
    }

    [Test]
    public async Task An_object_not_exploded_is_one_key_of_names_and_values_in_turn_per_style()
    {
        await Client.Objects.ListAsync(new ObjectsListOptions
        {
            Range = new Range { Start = 1, End = 9 },
            Spaced = new Range { Start = 2 },
            Piped = new Range { Start = 3, End = 4 },
        });

        Assert.That(Server.SingleTarget(), Is.EqualTo("/objects?range=start,1,end,9&spaced=start%202&piped=start%7C3%7Cend%7C4"));
    }

    [Test]
    public async Task A_deep_object_is_a_bracketed_key_per_member()
    {
        await Client.Objects.ListAsync(new ObjectsListOptions { Deep = new Filter { ConfigurationTarget = "ip", Page = 1 } });

        Assert.That(Server.SingleTarget(), Is.EqualTo("/objects?deep%5Bconfiguration.target%5D=ip&deep%5Bpage%5D=1"));
    }

    [Test]
    public async Task Hostile_member_values_are_encoded_into_their_own_value_in_every_style()
    {
        const string Hostile = "a,b&c=d[e]|f g\r\nü";
        var additional = new Dictionary<string, JsonElement> { ["x&y"] = JsonElement.Parse("\",\"") };
        await Client.Objects.ListAsync(new ObjectsListOptions
        {
            Filter = new Filter { ConfigurationTarget = Hostile, AdditionalProperties = additional },
            Deep = new Filter { ConfigurationTarget = Hostile },
            Range = new Range { Start = 1, AdditionalProperties = additional },
        });

        const string Encoded = "a%2Cb%26c%3Dd%5Be%5D%7Cf%20g%0D%0A%C3%BC";
        Assert.That(Server.SingleTarget(), Is.EqualTo(
            $"/objects?configuration.target={Encoded}&x%26y=%2C&range=start,1,x%26y,%2C&deep%5Bconfiguration.target%5D={Encoded}"));
    }

    [Test]
    public async Task Members_the_spec_does_not_describe_are_sent_after_the_others_and_null_objects_not_at_all()
    {
        await Client.Objects.ListAsync(new ObjectsListOptions
        {
            Filter = new Filter { Page = 1, AdditionalProperties = new Dictionary<string, JsonElement> { ["notes"] = JsonElement.Parse("\"n\""), ["depth"] = JsonElement.Parse("2") } },
        });
        await Client.Objects.ListAsync(new ObjectsListOptions { Filter = new Filter() });

        var targets = Array.ConvertAll(Server.Requests, r => System.Text.Encoding.ASCII.GetString(r).Split(' ')[1]);
        Assert.That(targets, Is.EqualTo(new[] { "/objects?page=1&notes=n&depth=2", "/objects" }));
    }

    [Test]
    public void A_member_name_with_an_unpaired_surrogate_is_refused()
    {
        var additional = new Dictionary<string, JsonElement> { ["\uDC00"] = JsonElement.Parse("\"v\"") };

        Assert.That(async () => await Client.Objects.ListAsync(new ObjectsListOptions { Filter = new Filter { AdditionalProperties = additional } }), Throws.ArgumentException);
        Assert.That(Server.Requests, Is.Empty);
    }
}

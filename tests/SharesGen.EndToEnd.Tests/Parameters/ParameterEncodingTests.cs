using System;
using System.Globalization;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Parameters;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;

namespace SharesGen.EndToEnd.Tests.Parameters;

/// <summary>
/// Query and path parameters of every kind and style of Parameters/parameters.yaml, on the wire: a raw socket on
/// 127.0.0.1 keeps the request line as its bytes arrived, so each assertion is the exact target the server sees.
/// </summary>
public sealed class ParameterEncodingTests : CapturedRequestTest
{
    private static readonly DateTimeOffset Noon = new(2024, 5, 2, 12, 3, 27, TimeSpan.FromHours(2));

    [Test]
    public async Task Every_scalar_kind_is_written_in_invariant_form_with_enums_by_wire_value()
    {
        await Client.Scalars.ListAsync(new ScalarsListOptions { Count = long.MaxValue, Small = -5, Ratio = 0.1, Enabled = true, Since = Noon, Color = Color.DarkBlue, Shade = ScalarShade.Dark, Text = "plain", Loose = "any" });

        Assert.That(Server.SingleTarget(), Is.EqualTo("/scalars?count=9223372036854775807&small=-5&ratio=0.1&enabled=true&since=2024-05-02T12%3A03%3A27.0000000%2B02%3A00&color=dark-blue&shade=dark&text=plain&loose=any"));
    }

    [TestCase("de-DE")]
    [TestCase("ar-SA")]
    [TestCase("fa-IR")]
    public async Task The_callers_culture_changes_nothing(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await Client.Scalars.ListAsync(new ScalarsListOptions { Count = -1234567, Ratio = -1.5, Enabled = false, Since = Noon });
            await Client.Arrays.ListAsync(new ArraysListOptions { Ratios = [1.5, 2.25], Times = [Noon] });
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        var targets = Array.ConvertAll(Server.Requests, r => System.Text.Encoding.ASCII.GetString(r).Split(' ')[1]);
        Assert.That(targets, Is.EqualTo(new[]
        {
            "/scalars?count=-1234567&ratio=-1.5&enabled=false&since=2024-05-02T12%3A03%3A27.0000000%2B02%3A00",
            "/arrays?ratios=1.5&ratios=2.25&times=2024-05-02T12%3A03%3A27.0000000%2B02%3A00",
        }));
    }

    [Test]
    public async Task Hostile_text_is_percent_encoded_into_its_own_value()
    {
        await Client.Scalars.ListAsync(new ScalarsListOptions { Text = "a&b=c?d#e/../f g+h%20\r\nX-Injected: 1 ü 😀", Loose = "" });

        Assert.That(Server.SingleTarget(), Is.EqualTo("/scalars?text=a%26b%3Dc%3Fd%23e%2F..%2Ff%20g%2Bh%2520%0D%0AX-Injected%3A%201%20%C3%BC%20%F0%9F%98%80&loose="));
    }

    [Test]
    public async Task Unset_parameters_are_left_out_and_no_query_is_sent_without_one()
    {
        await Client.Scalars.ListAsync();
        await Client.Arrays.ListAsync(new ArraysListOptions());

        var targets = Array.ConvertAll(Server.Requests, r => System.Text.Encoding.ASCII.GetString(r).Split(' ')[1]);
        Assert.That(targets, Is.EqualTo(new[] { "/scalars", "/arrays" }));
    }

    [Test]
    public async Task Lists_of_every_kind_repeat_the_key_by_default()
    {
        await Client.Arrays.ListAsync(new ArraysListOptions
        {
            Ids = [1, -2, long.MinValue],
            Smalls = [int.MaxValue],
            Ratios = [0.5, 1e21],
            Flags = [true, false],
            Times = [Noon, Noon.ToUniversalTime()],
            Colors = [Color.Red, new Color("not-yet-known")],
            Names = ["a,b", "", "é", "&="],
        });

        Assert.That(Server.SingleTarget(), Is.EqualTo(
            "/arrays?ids=1&ids=-2&ids=-9223372036854775808&smalls=2147483647&ratios=0.5&ratios=1E%2B21&flags=true&flags=false"
            + "&times=2024-05-02T12%3A03%3A27.0000000%2B02%3A00&times=2024-05-02T10%3A03%3A27.0000000%2B00%3A00"
            + "&colors=red&colors=not-yet-known&names=a%2Cb&names=&names=%C3%A9&names=%26%3D"));
    }

    [Test]
    public async Task Empty_lists_are_left_out_in_every_style()
    {
        await Client.Arrays.ListAsync(new ArraysListOptions { Ids = [], Names = [] });
        await Client.Styles.ListAsync(new StylesListOptions { Form = [], Space = [], Pipe = [], PipeExploded = [], FormIds = [], FormColors = [] });

        var targets = Array.ConvertAll(Server.Requests, r => System.Text.Encoding.ASCII.GetString(r).Split(' ')[1]);
        Assert.That(targets, Is.EqualTo(new[] { "/arrays", "/styles" }));
    }

    [Test]
    public async Task Lists_that_are_not_exploded_join_encoded_values_with_the_styles_delimiter()
    {
        await Client.Styles.ListAsync(new StylesListOptions
        {
            Form = ["a,b", "c"],
            Space = ["x", "y z"],
            Pipe = ["p|q", "r"],
            PipeExploded = [1, 2],
            FormIds = [3, -4],
            FormColors = [Color.Green, Color.DarkBlue],
        });

        // A comma inside a value is encoded and form's is not, so ["a,b", "c"] cannot be read as three values. A query
        // cannot carry a literal space or pipe: those two styles have no such way out, as OpenAPI defines them.
        Assert.That(Server.SingleTarget(), Is.EqualTo("/styles?form=a%2Cb,c&space=x%20y%20z&pipe=p%7Cq%7Cr&pipe_exploded=1&pipe_exploded=2&form_ids=3,-4&form_colors=green,dark-blue"));
    }

    [Test]
    public async Task A_list_with_a_null_inside_is_refused_before_anything_is_sent()
    {
        var options = new StylesListOptions { Form = ["a", null!] };
        Assert.That(() => Client.Styles.ListAsync(options), Throws.ArgumentNullException);
        var exploded = new ArraysListOptions { Names = ["a", null!] };
        Assert.That(() => Client.Arrays.ListAsync(exploded), Throws.ArgumentNullException);
        await Task.Yield();
        Assert.That(Server.Requests, Is.Empty);
    }

    [Test]
    public async Task A_required_enum_and_integer_are_always_sent()
    {
        await Client.Required.ListAsync(new RequiredListOptions { Order = RequiredOrder.Desc, Limit = 0 });

        Assert.That(Server.SingleTarget(), Is.EqualTo("/required?order=desc&limit=0"));
    }

    [Test]
    public async Task Every_scalar_kind_fills_its_own_path_segment()
    {
        await Client.Versions.At.GetAsync("a/b?c#d%2F", -1, Noon, false, Color.DarkBlue, 2.5);

        Assert.That(Server.SingleTarget(), Is.EqualTo("/items/a%2Fb%3Fc%23d%252F/versions/-1/at/2024-05-02T12%3A03%3A27.0000000%2B02%3A00/false/dark-blue/2.5"));
    }

    [TestCase("..")]
    [TestCase(".")]
    [TestCase("")]
    public void A_typed_path_value_that_would_address_another_path_is_refused_before_anything_is_sent(string value)
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Client.Versions.At.GetAsync(value, 1, Noon, true, Color.Red, 1), Throws.ArgumentException);
            // An extensible enum carries any text the caller gives it: the same guard applies to its wire value.
            Assert.That(() => Client.Versions.At.GetAsync("item", 1, Noon, true, new Color(value), 1), Throws.ArgumentException);
            Assert.That(Server.Requests, Is.Empty);
        });
    }

    [Test]
    public void An_unpaired_surrogate_is_refused_in_a_list_as_in_a_value()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Client.Styles.ListAsync(new StylesListOptions { Pipe = ["ok", "\ud800"] }), Throws.ArgumentException.With.Message.Contains("surrogate"));
            Assert.That(() => Client.Arrays.ListAsync(new ArraysListOptions { Names = ["\udc00"] }), Throws.ArgumentException.With.Message.Contains("surrogate"));
            Assert.That(Server.Requests, Is.Empty);
        });
    }
}

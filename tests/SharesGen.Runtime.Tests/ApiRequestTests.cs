using System;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests;

public class ApiRequestTests
{
    [TestCase("../admin", "..%2Fadmin")]
    [TestCase("a/b", "a%2Fb")]
    [TestCase("id?x=1", "id%3Fx%3D1")]
    [TestCase("id#frag", "id%23frag")]
    [TestCase("a b", "a%20b")]
    [TestCase("023e105f4ecef8ad9ca31a8372d0c353", "023e105f4ecef8ad9ca31a8372d0c353")]
    public void Path_parameters_are_escaped_so_they_cannot_change_the_target(string value, string expected)
    {
        var request = new ApiRequest("GET", "op", ApiSecurity.Undeclared, "/accounts/{account_id}/shares").PathValue(value);

        Assert.That(request.PathAndQuery, Is.EqualTo("/accounts/" + expected + "/shares"));
    }

    [TestCase("")]
    [TestCase(".")]
    [TestCase("..")]
    public void A_path_parameter_no_escaping_can_keep_in_its_segment_is_rejected(string value)
    {
        // "%2E%2E" is ".." to every URI parser: System.Uri, proxies and servers all resolve it away.
        var request = new ApiRequest("GET", "op", ApiSecurity.Undeclared, "/shares/{share_id}");
        Assert.That(() => request.PathValue(value), Throws.ArgumentException.With.Message.Contains("share_id").And.Message.Contains("another path"));
    }

    [Test]
    public void Query_values_are_encoded_by_type_and_nulls_are_left_out()
    {
        var request = new ApiRequest("GET", "op", ApiSecurity.Undeclared, "/shares");
        request.AddQuery("page", (long?)2);
        request.AddQuery("per_page", (long?)null);
        request.AddQuery("include_resources", true);
        request.AddQuery("name", "a&b=c");
        request.AddQuery("tag", ["env=prod", "team"], explode: true);
        request.AddQuery("ids", ["a", "b"], explode: false);

        Assert.That(request.PathAndQuery, Is.EqualTo("/shares?page=2&include_resources=true&name=a%26b%3Dc&tag=env%3Dprod&tag=team&ids=a,b"));
    }

    [TestCaseSource(typeof(ApiCredentialsTests), nameof(ApiCredentialsTests.Unsendable))]
    public void A_header_argument_a_header_cannot_carry_is_rejected_without_echoing_the_value(string value)
    {
        var request = new ApiRequest("GET", "op", ApiSecurity.Undeclared, "/");
        var exception = Assert.Throws<ArgumentException>(() => request.AddHeader("X-Custom", value));
        Assert.That(exception!.ToString(), Does.Not.Contain("s3cr3t"));
        Assert.That(request.Headers, Is.Empty);
    }

    [TestCase("X-Trace Id")]
    [TestCase("X-Evil\r\nInjected")]
    [TestCase("X-Trace:Id")]
    [TestCase("X-Größe")]
    [TestCase("")]
    public void A_header_name_that_is_not_a_token_is_rejected_once_there_is_a_value_to_send(string name)
    {
        var request = new ApiRequest("GET", "op", ApiSecurity.Undeclared, "/");
        request.AddHeader(name, (string?)null);
        Assert.That(() => request.AddHeader(name, "v"), Throws.ArgumentException);
        Assert.That(request.Headers, Is.Empty);
    }

    [TestCase("GET", true)]
    [TestCase("PUT", true)]
    [TestCase("DELETE", true)]
    [TestCase("POST", false)]
    [TestCase("PATCH", false)]
    public void Idempotency_follows_the_method(string method, bool idempotent)
        => Assert.That(new ApiRequest(method, "op", ApiSecurity.Undeclared, "/").IsIdempotent, Is.EqualTo(idempotent));

    /// <summary>A body's media type becomes the Content-Type header: anything that is not a bare type/subtype is refused when the call is made.</summary>
    [TestCase("undefined")]
    [TestCase("text")]
    [TestCase("text/")]
    [TestCase("/plain")]
    [TestCase("text/plain; charset=utf-8")]
    [TestCase("text/plain\r\nX-Injected: 1")]
    [TestCase("text/pl ain")]
    [TestCase("")]
    public void A_body_media_type_that_is_not_a_type_and_subtype_is_refused(string mediaType)
    {
        var request = new ApiRequest("PUT", "op", ApiSecurity.Undeclared, "/scripts");

        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => request.SetTextBody("x", mediaType));
            Assert.Throws<ArgumentException>(() => request.SetBinaryBody(new byte[] { 1 }, mediaType));
            Assert.That(request.BodyContentType, Is.EqualTo("application/json; charset=utf-8"), "nothing was set");
        });
    }

    [TestCase("application/javascript", "application/javascript; charset=utf-8")]
    [TestCase("text/plain", "text/plain; charset=utf-8")]
    public void A_text_body_is_sent_as_its_media_type_in_utf8(string mediaType, string contentType)
    {
        var request = new ApiRequest("PUT", "op", ApiSecurity.Undeclared, "/scripts");

        request.SetTextBody("x", mediaType);

        Assert.That(request.BodyContentType, Is.EqualTo(contentType));
    }

    /// <summary>Every way a number reaches the wire refuses what JSON has no number for, before anything is sent.</summary>
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void A_number_that_is_not_finite_is_refused_in_a_path_a_query_a_list_an_object_and_a_header(double value)
    {
        ApiRequest Request() => new("GET", "op", ApiSecurity.Undeclared, "/items/{id}");
        Assert.Multiple(() =>
        {
            Assert.That(() => Request().PathValue(value), Throws.TypeOf<ArgumentOutOfRangeException>(), "path");
            Assert.That(() => Request().AddQuery("q", (double?)value), Throws.TypeOf<ArgumentOutOfRangeException>(), "query");
            Assert.That(() => Request().AddQuery("q", new[] { 1.5, value }, explode: true), Throws.TypeOf<ArgumentOutOfRangeException>(), "query list");
            Assert.That(() => new QueryObject().Add("m", (double?)value), Throws.TypeOf<ArgumentOutOfRangeException>(), "query object");
            Assert.That(() => Request().AddHeader("X-Number", (double?)value), Throws.TypeOf<ArgumentOutOfRangeException>(), "header");
        });
    }

    [Test]
    public void A_finite_number_is_written_in_invariant_round_trip_form()
    {
        var request = new ApiRequest("GET", "op", ApiSecurity.Undeclared, "/items/{id}").PathValue(-0.1);
        request.AddQuery("q", (double?)1e308);

        Assert.That(request.PathAndQuery, Is.EqualTo("/items/-0.1?q=1E%2B308"));
    }
}

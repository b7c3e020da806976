using System;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests;

public class ApiRequestTests
{
    [TestCase("../admin", "..%2Fadmin")]
    [TestCase("a/b", "a%2Fb")]
    [TestCase("id?x=1", "id%3Fx%3D1")]
    [TestCase("id#frag", "id%23frag")]
    [TestCase("..", "%2E%2E")]
    [TestCase(".", "%2E")]
    [TestCase("a b", "a%20b")]
    [TestCase("023e105f4ecef8ad9ca31a8372d0c353", "023e105f4ecef8ad9ca31a8372d0c353")]
    public void Path_parameters_are_escaped_so_they_cannot_change_the_target(string value, string expected)
    {
        var request = new ApiRequest("GET", "op");
        request.AppendPath("/accounts/");
        request.AppendPathParameter("account_id", value);
        request.AppendPath("/shares");

        Assert.That(request.PathAndQuery, Is.EqualTo("/accounts/" + expected + "/shares"));
    }

    [Test]
    public void An_empty_path_parameter_is_rejected()
    {
        var request = new ApiRequest("GET", "op");
        Assert.That(() => request.AppendPathParameter("share_id", ""), Throws.ArgumentException.With.Message.Contains("share_id"));
    }

    [Test]
    public void Query_values_are_encoded_by_type_and_nulls_are_left_out()
    {
        var request = new ApiRequest("GET", "op");
        request.AppendPath("/shares");
        request.AddQuery("page", (long?)2);
        request.AddQuery("per_page", (long?)null);
        request.AddQuery("include_resources", true);
        request.AddQuery("name", "a&b=c");
        request.AddQuery("tag", ["env=prod", "team"], explode: true);
        request.AddQuery("ids", ["a", "b"], explode: false);

        Assert.That(request.PathAndQuery, Is.EqualTo("/shares?page=2&include_resources=true&name=a%26b%3Dc&tag=env%3Dprod&tag=team&ids=a%2Cb"));
    }

    [Test]
    public void Headers_with_control_characters_are_rejected_without_echoing_the_value()
    {
        var request = new ApiRequest("GET", "op");
        var exception = Assert.Throws<ArgumentException>(() => request.AddHeader("X-Custom", "secret\r\nInjected: 1"));
        Assert.That(exception!.Message, Does.Not.Contain("secret"));
    }

    [TestCase("GET", true)]
    [TestCase("PUT", true)]
    [TestCase("DELETE", true)]
    [TestCase("POST", false)]
    [TestCase("PATCH", false)]
    public void Idempotency_follows_the_method(string method, bool idempotent)
        => Assert.That(new ApiRequest(method, "op").IsIdempotent, Is.EqualTo(idempotent));
}

using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.Tests.Policies;

public class RedirectPolicyTests
{
    private static ScriptedEnd RedirectTo(int status, string location)
        => new ScriptedEnd().Respond((HttpStatusCode)status, null, r => r.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute)).Respond(HttpStatusCode.OK);

    [TestCase("http://api.example.test/client/v4/x", "from HTTPS to an insecure scheme")]
    [TestCase("https://evil.example/x", "another origin")]
    [TestCase("https://api.example.test:8443/x", "another origin")]
    public void A_redirect_off_the_base_origin_is_refused_naming_it_and_nothing_is_sent_there(string location, string reason)
    {
        var end = RedirectTo(308, location);

        var exception = Assert.ThrowsAsync<ApiException>(async () => await PolicyHarness.RunAsync(new RedirectPolicy(5), PolicyHarness.Message(), end));

        Assert.That(end.Sends, Has.Count.EqualTo(1));
        Assert.That(exception!.Message, Does.Contain("308").And.Contain(reason).And.Contain(new Uri(location).Host));
    }

    [Test]
    public async Task A_303_turns_the_request_into_a_GET_without_body()
    {
        var end = RedirectTo(303, "/client/v4/result");

        await PolicyHarness.RunAsync(new RedirectPolicy(5), PolicyHarness.Message("POST", body: "payload"), end);

        Assert.That(end.Sends[1].Method, Is.EqualTo("GET"));
        Assert.That(end.Sends[1].Body, Is.Null);
        Assert.That(end.Sends[1].Uri, Is.EqualTo(new Uri("https://api.example.test/client/v4/result")));
    }

    [TestCase(301)]
    [TestCase(302)]
    [TestCase(307)]
    [TestCase(308)]
    public async Task Other_redirects_resend_the_request_as_it_was(int status)
    {
        var end = RedirectTo(status, "https://api.example.test/client/v4/moved#fragment");

        await PolicyHarness.RunAsync(new RedirectPolicy(5), PolicyHarness.Message("POST", body: "payload"), end);

        Assert.That(end.Sends[1].Method, Is.EqualTo("POST"));
        Assert.That(end.Sends[1].Body, Is.EqualTo("\"payload\""));
        Assert.That(end.Sends[1].Uri.Fragment, Is.Empty, "a fragment is never sent");
    }

    [Test]
    public void With_MaxRedirects_zero_none_is_followed()
    {
        var end = RedirectTo(302, "/client/v4/moved");
        var exception = Assert.ThrowsAsync<ApiException>(async () => await PolicyHarness.RunAsync(new RedirectPolicy(0), PolicyHarness.Message(), end));
        Assert.That(exception!.Message, Does.Contain("MaxRedirects is 0"));
        Assert.That(end.Sends, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_response_that_is_not_a_redirect_passes()
    {
        var end = new ScriptedEnd().Respond(HttpStatusCode.NotModified);
        var message = PolicyHarness.Message();
        await PolicyHarness.RunAsync(new RedirectPolicy(5), message, end);
        Assert.That(message.Response!.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }
}

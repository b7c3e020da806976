using System;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.Tests.Policies;

public class SameOriginPolicyTests
{
    [Test]
    public void A_send_addressed_to_another_origin_is_refused_before_the_transport()
    {
        var message = PolicyHarness.Message();
        message.RequestUri = new Uri("https://evil.example/client/v4/x");
        var end = new ScriptedEnd().Respond(HttpStatusCode.OK);

        var exception = Assert.ThrowsAsync<ApiException>(async () => await PolicyHarness.RunAsync(SameOriginPolicy.Shared, message, end));

        Assert.That(end.Sends, Is.Empty);
        Assert.That(exception!.Message, Does.Contain("https://evil.example:443").And.Contain("nothing was sent"));
    }

    [Test]
    public void A_response_the_HttpClient_fetched_from_another_origin_is_refused()
    {
        var end = new ScriptedEnd().Then(_ => PolicyHarness.Response(HttpStatusCode.OK, "{}", from: new Uri("http://evil.example/x")));

        var exception = Assert.ThrowsAsync<ApiException>(async () => await PolicyHarness.RunAsync(SameOriginPolicy.Shared, PolicyHarness.Message(), end));

        Assert.That(exception!.Message, Does.Contain("http://evil.example:80").And.Contain("AllowAutoRedirect = false"));
    }

    [Test]
    public async Task A_response_from_the_base_origin_passes_whatever_its_path()
    {
        var message = PolicyHarness.Message();
        await PolicyHarness.RunAsync(SameOriginPolicy.Shared, message, new ScriptedEnd().Then(_ => PolicyHarness.Response(HttpStatusCode.OK, from: new Uri("https://API.example.test:443/other"))));
        Assert.That(message.Response, Is.Not.Null);
    }
}

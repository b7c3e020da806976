using System;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.Tests.Policies;

public class CredentialsPolicyTests
{
    [Test]
    public async Task Credentials_go_on_a_send_to_the_base_origin()
    {
        var end = new ScriptedEnd().Respond(HttpStatusCode.OK);
        await PolicyHarness.RunAsync(new CredentialsPolicy(ApiCredentials.GlobalApiKey("e@x.test", "k")), PolicyHarness.Message(), end);

        Assert.That(end.Sends[0].Headers["X-Auth-Email"], Is.EqualTo("e@x.test"));
        Assert.That(end.Sends[0].Headers["X-Auth-Key"], Is.EqualTo("k"));
    }

    [Test]
    public async Task Credentials_never_go_on_a_send_to_another_origin_even_if_set_before()
    {
        var message = PolicyHarness.Message();
        var policy = new CredentialsPolicy(ApiCredentials.ApiToken("t0k3n"));
        await PolicyHarness.RunAsync(policy, message, new ScriptedEnd().Respond(HttpStatusCode.OK));

        message.RequestUri = new Uri("https://evil.example/x");
        var end = new ScriptedEnd().Respond(HttpStatusCode.OK);
        await PolicyHarness.RunAsync(policy, message, end);

        Assert.That(end.Sends[0].Headers.ContainsKey("Authorization"), Is.False);
    }
}

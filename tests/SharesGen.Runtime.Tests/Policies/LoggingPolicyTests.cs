using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline.Policies;
using SharesGen.Runtime.Tests.Faults;

namespace SharesGen.Runtime.Tests.Policies;

public class LoggingPolicyTests
{
    [Test]
    public async Task One_line_per_send_with_the_path_template_not_the_values()
    {
        var logger = new CapturingLogger();
        var request = new ApiRequest("GET", "share-get", ApiSecurity.Undeclared, "/accounts/{account_id}").PathValue("acct-5ecr3t");
        var message = new SharesGen.Runtime.Pipeline.ApiMessage(request, new Uri(PolicyHarness.BaseAddress + request.PathAndQuery), PolicyHarness.BaseAddress, ResponseShape.Nothing, null, default);

        await PolicyHarness.RunAsync(new LoggingPolicy(logger), message, new ScriptedEnd().Respond(HttpStatusCode.Accepted));

        Assert.That(logger.Lines.Single(), Does.StartWith("share-get GET /accounts/{account_id} answered 202 in "));
    }

    [Test]
    public void A_failure_is_logged_by_kind_and_rethrown()
    {
        var logger = new CapturingLogger();

        Assert.ThrowsAsync<HttpRequestException>(async () => await PolicyHarness.RunAsync(new LoggingPolicy(logger), PolicyHarness.Message(), new ScriptedEnd().Throw(new HttpRequestException("host 5ecr3t"))));

        Assert.That(logger.Lines.Single(), Does.Contain("failed with HttpRequestException").And.Not.Contain("5ecr3t"));
    }
}

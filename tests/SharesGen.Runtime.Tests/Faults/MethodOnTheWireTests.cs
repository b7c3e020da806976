using System;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests.Faults;

/// <summary>
/// The request line carries the operation's own method on the first send and on every retry: the pipeline shares one
/// <see cref="System.Net.Http.HttpMethod"/> instance per standard method (no allocation per call or attempt), and a
/// method it does not know must still go out as written.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class MethodOnTheWireTests
{
    private const string Limited = """{"success":false,"errors":[{"code":971,"message":"Please wait"}],"result":null}""";
    private const string Ok = """{"success":true,"errors":[],"result":"ok"}""";

    [TestCase("GET")]
    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    [TestCase("OPTIONS")]
    [TestCase("QUERY", TestName = "A method the runtime has no shared instance of")]
    public async Task The_first_send_and_the_retry_carry_the_operations_method(string method)
    {
        await using var server = new MisbehavingServer();
        // 429 says the server did nothing: every method is retried, so each case sees a second attempt.
        server.Respond(429, Limited, "Retry-After: 0\r\n").Respond(200, Ok);
        var options = new ApiClientOptions { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.None, Retry = { BaseDelay = TimeSpan.FromMilliseconds(1) } };
        var pipeline = new ApiPipeline(options, null);

        var response = await pipeline.Send(new ApiRequest(method, "share-call", ApiSecurity.Undeclared, "/accounts/a1/shares"), JsonMetadataServices.StringConverter, null, CancellationToken.None).WithResponseAsync();

        Assert.That(response.Value, Is.EqualTo("ok"));
        Assert.That(server.Received.Select(r => r.Method), Is.EqualTo(new[] { method, method }));
    }
}

using System;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests.Faults;

/// <summary>
/// Issue 9 item 7: memory follows the bytes that arrive, not what <c>Content-Length</c> announces. Sixteen
/// calls to a server that announces 32 MiB, sends 100 bytes and stalls used to allocate over 512 MB.
/// </summary>
[NonParallelizable] // Measures the process's allocations: nothing else may run meanwhile.
public class MemoryAmplificationTests
{
    private const int Calls = 16;
    private const long Announced = 32 * 1024 * 1024;

    [Test]
    public async Task A_stalling_server_that_announces_32_MiB_costs_what_it_sent_not_what_it_announced()
    {
        await using var server = new MisbehavingServer();
        using var release = new CancellationTokenSource();
        server.Otherwise(async (stream, _, token) =>
        {
            await MisbehavingServer.WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Announced}\r\n\r\n" + "{\"success\":true,\"result\":\"" + new string('x', 73), token);
            await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(token, release.Token).Token);
        });
        var pipeline = new ApiPipeline(new ApiClientOptions
        {
            BaseAddress = server.BaseAddress,
            Credentials = ApiCredentials.None,
            Timeout = TimeSpan.FromSeconds(1),
            Retry = { MaxRetries = 0 },
        }, null);
        await WarmUp(pipeline, server);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var calls = Enumerable.Range(0, Calls).Select(_ => Call(pipeline)).ToArray();
        var outcomes = await Task.WhenAll(calls);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        release.Cancel();

        Assert.That(outcomes, Is.All.InstanceOf<ApiTimeoutException>());
        Assert.That(allocated, Is.LessThan(16L * 1024 * 1024), $"{Calls} stalled calls allocated {allocated:N0} bytes");
        TestContext.Out.WriteLine($"{Calls} calls announcing {Announced:N0} bytes each allocated {allocated:N0} bytes in all");
    }

    /// <summary>The first call JITs the pipeline and opens the handler; only the steady state is measured.</summary>
    private static async Task WarmUp(ApiPipeline pipeline, MisbehavingServer server)
    {
        await Call(pipeline);
        Assert.That(server.Connections, Is.EqualTo(1));
    }

    private static async Task<Exception?> Call(ApiPipeline pipeline)
    {
        try
        {
            var request = new ApiRequest("GET", "shares-get", ApiSecurity.Undeclared, "/accounts/a1/shares/s1");
            await pipeline.Send(request, JsonMetadataServices.StringConverter, null, CancellationToken.None).WithResponseAsync();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}

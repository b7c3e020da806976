using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;

namespace SharesGen.EndToEnd.Tests;

/// <summary>
/// Many concurrent callers through one generated client: nothing fails, nothing is lost or crossed. The loop is
/// bounded in count and time; the numbers are printed, not asserted (a timed unit test proves nothing here).
/// </summary>
[Category("Load")]
public class LoadTests : LoopbackTest
{
    private const int Callers = 64;
    private const int Requests = 20_000;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    [Test]
    public async Task Sixty_four_callers_and_twenty_thousand_requests_through_one_client_lose_nothing()
    {
        var shares = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            shares.Add((await Client.Shares.CreateAsync(AccountId, ShareRequest($"load share {i}"))).Id);
        }

        Server.ClearExchanges();
        using var deadline = new CancellationTokenSource(Bound);
        var latencies = new double[Requests];
        var next = -1;
        var mismatches = 0;
        var clock = Stopwatch.StartNew();

        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < Requests)
            {
                var id = shares[index % shares.Count];
                var started = Stopwatch.GetTimestamp();
                var share = await Client.Shares.GetAsync(AccountId, id, cancellationToken: deadline.Token);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (share.Id != id)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToArray();
        await Task.WhenAll(callers);
        clock.Stop();

        Array.Sort(latencies);
        TestContext.Progress.WriteLine(
            $"load: {Requests} requests, {Callers} callers, {clock.Elapsed.TotalSeconds:0.0} s, {Requests / clock.Elapsed.TotalSeconds:0} req/s; " +
            $"latency p50 {Percentile(latencies, 0.50):0.00} ms, p95 {Percentile(latencies, 0.95):0.00} ms, p99 {Percentile(latencies, 0.99):0.00} ms, max {latencies[^1]:0.00} ms");

        Assert.That(mismatches, Is.Zero, "a caller got another caller's response");
        Assert.That(Server.Exchanges, Has.Count.EqualTo(Requests), "the server did not see every request exactly once");
        Assert.That(Server.Exchanges.All(e => e.StatusCode == 200), Is.True);
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(fraction * sorted.Length) - 1)];
}

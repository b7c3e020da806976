using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>
/// The kit out of process (<c>sharesgen-loopback</c>, runtime/SharesGen.Testing.Server): it serves a spec file on the
/// chosen port of 127.0.0.1, speaks the API statefully, and exits 0 on SIGTERM, its port released.
/// </summary>
[NonParallelizable]
public sealed class LoopbackCommandTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Serves_a_spec_on_the_chosen_port_and_exits_cleanly_on_SIGTERM()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("SIGTERM is a POSIX signal");
        }

        var port = FreePort();
        using var process = Start("--spec", Path.Combine(TestContext.CurrentContext.TestDirectory, "spec", "shares.yaml"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--profile", "resource-sharing");
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var created = await Retry(() => Post(http, port));

            Assert.That(created, Does.Contain("\"target_type\":\"organization\""), "the caller's organization, from the profile");
            Assert.That(Signal(process.Id, "TERM"), Is.Zero);
            Assert.That(process.WaitForExit(Bound), Is.True, "stopped within the bound");
            Assert.That(process.ExitCode, Is.Zero);
            Assert.That(await process.StandardOutput.ReadToEndAsync(), Does.Contain("Stopping."));
            Assert.DoesNotThrow(() => new TcpListener(System.Net.IPAddress.Loopback, port).Start(), "the port is free again");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Test]
    public void A_spec_the_generator_rejects_is_refused_with_its_diagnostics()
    {
        var broken = Path.Combine(Path.GetTempPath(), "sharesgen-broken-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(broken, "openapi: 3.0.3\ninfo:\n  title: Broken\n  version: '1'\npaths: { /a: \n");
        try
        {
            using var process = Start("--spec", broken, "--port", "0");
            Assert.That(process.WaitForExit(Bound), Is.True);
            Assert.That(process.ExitCode, Is.EqualTo(2));
            Assert.That(process.StandardError.ReadToEnd(), Does.Contain("SHARESGEN001"));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static async Task<string> Post(HttpClient http, int port)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/shares")
        {
            Content = new StringContent("""{"name":"x","recipients":[{}],"resources":[]}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Auth-Email", "user@example.com");
        request.Headers.Add("X-Auth-Key", "key");
        using var response = await http.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(201));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Until the server listens: at most 60 tries, 250 ms apart.</summary>
    private static async Task<string> Retry(Func<Task<string>> call)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (HttpRequestException) when (attempt < 60)
            {
                await Task.Delay(250);
            }
        }
    }

    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CommandPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static int Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {pid}")!;
        kill.WaitForExit();
        return kill.ExitCode;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The command's build output, beside this project's (same configuration), built first by the ProjectReference.</summary>
    private static string CommandPath()
    {
        var output = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); // …/tests/X/bin/{Configuration}/net10.0
        var configuration = output.Parent!.Name;
        var root = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(root, "runtime", "SharesGen.Testing.Server", "bin", configuration, "net8.0", "sharesgen-loopback.dll");
    }
}

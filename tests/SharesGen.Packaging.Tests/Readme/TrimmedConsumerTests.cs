using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Packaging.Tests.Readme;

/// <summary>
/// A consumer laid out the README's way uses what the README recommends (typed <c>JsonTypeInfo</c> accessors, DI with
/// options bound from configuration) and is published trimmed, then NativeAOT-compiled, with warnings as errors: no
/// IL2026/IL3050 anywhere, and the published program calls a server on 127.0.0.1 and reads the answer.
/// </summary>
[TestFixture]
[NonParallelizable]
public class TrimmedConsumerTests
{
    private const string ShareId = "3fd85f74b32742f1bff64a85009dda07";

    private const string ShareEnvelope = """
        {"success":true,"errors":[],"messages":[],"result":{"account_id":"023e105f4ecef8ad9ca31a8372d0c353","account_name":"Account","created":"2023-09-21T18:56:32.624632Z","id":"3fd85f74b32742f1bff64a85009dda07","modified":"2023-09-21T18:56:32.624632Z","name":"My Share","organization_id":"023e105f4ecef8ad9ca31a8372d0c353","status":"active","target_type":"account"}}
        """;

    /// <summary>The README's patterns, nothing else; it prints what it read so the test can tell it ran whole.</summary>
    private const string Program = """
        using System.Text.Json;
        using Contoso.Cloudflare;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        var request = new CreateShareRequest
        {
            Name = "trimmed",
            Recipients = [new CreateShareRecipientRequest { RecipientAccountId = "023e105f4ecef8ad9ca31a8372d0c353" }],
            Resources = [],
        };
        var json = JsonSerializer.Serialize(request, SharesClientJson.CreateShareRequest);
        var back = JsonSerializer.Deserialize(json, SharesClientJson.CreateShareRequest)!;
        Console.WriteLine("request " + JsonSerializer.Serialize(back, SharesClientJson.CreateShareRequest));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cloudflare:BaseAddress"] = args[0],
            ["Cloudflare:Email"] = "trimmed@example.com",
            ["Cloudflare:ApiKey"] = "trimmed-key",
            ["Cloudflare:Retry:MaxRetries"] = "0",
            ["Cloudflare:Timeout"] = "00:00:30",
        }).Build();
        var services = new ServiceCollection();
        services.AddSharesClient(configuration.GetSection("Cloudflare"));
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<SharesClient>();
        var share = await client.Shares.GetAsync("023e105f4ecef8ad9ca31a8372d0c353", "3fd85f74b32742f1bff64a85009dda07");
        Console.WriteLine("share " + JsonSerializer.Serialize(share, SharesClientJson.Share));
        """;

    private const string Packages = """
        <PackageReference Include="Microsoft.Extensions.Configuration" Version="8.0.0" />
        <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="8.0.1" />
        """;

    private const string Published = """
        <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
        <JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>
        """;

    [Test]
    public async Task Published_trimmed_with_warnings_as_errors_it_builds_clean_and_calls_the_server()
    {
        var published = PublishCleanly("Trimmed", "<PublishTrimmed>true</PublishTrimmed>");

        await AssertRunsAgainstALoopbackServer(Path.Combine(published, "Trimmed"));
    }

    [Test]
    public async Task Published_with_NativeAOT_it_builds_clean_and_calls_the_server()
    {
        var published = PublishCleanly("Native", "<PublishAot>true</PublishAot>");

        Assert.That(File.Exists(Path.Combine(published, "Native.dll")), Is.False, "a native executable, not IL");
        await AssertRunsAgainstALoopbackServer(Path.Combine(published, "Native"));
    }

    /// <summary>
    /// The guard that the two tests above can fail: the pattern the README recommended before typed accessors
    /// (<c>JsonSerializer.Serialize(x, SharesClientJson.Options)</c>) is reported by the trim and AOT analyzers.
    /// </summary>
    [Test]
    public void The_Options_overloads_are_what_the_trim_and_AOT_analyzers_report()
    {
        var consumer = ReadmeFeed.CreateConsumer("Analyzed", Program + "\nConsole.WriteLine(JsonSerializer.Serialize(request, SharesClientJson.Options));\n",
            "<EnableTrimAnalyzer>true</EnableTrimAnalyzer><EnableAotAnalyzer>true</EnableAotAnalyzer>", Packages);

        var build = Command.Dotnet(consumer, "build", "-c", "Release");

        Assert.That(build.ExitCode, Is.Not.Zero, build.Output);
        Assert.That(build.Output, Does.Contain("error IL2026").And.Contain("error IL3050"), build.Output);
    }

    /// <summary>
    /// Publishes the consumer <paramref name="name"/> with <paramref name="publishMode"/> and asserts the publish is clean:
    /// it succeeds with no IL warning nor any other. Returns the folder published to.
    /// </summary>
    private static string PublishCleanly(string name, string publishMode)
    {
        var consumer = ReadmeFeed.CreateConsumer(name, Program, Published + publishMode, Packages);

        var publish = Command.Dotnet(consumer, "publish", "-c", "Release", "-o", "out");

        Assert.That(publish.ExitCode, Is.Zero, publish.Output);
        Assert.That(publish.Output, Does.Not.Match("IL[0-9]{4}|warning"), publish.Output);
        return Path.Combine(consumer, "out");
    }

    /// <summary>Runs the published program against a one-answer HTTP server on 127.0.0.1 and checks what it printed.</summary>
    private static async Task AssertRunsAgainstALoopbackServer(string executable)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var served = ServeOnceAsync(listener, stop.Token);

        var run = await Task.Run(() => Command.Run(executable, [$"http://127.0.0.1:{port}/client/v4"], Path.GetDirectoryName(executable)!));
        var request = await served;

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("request {\"name\":\"trimmed\",\"recipients\":[{\"recipient_account_id\":\"023e105f4ecef8ad9ca31a8372d0c353\"}],\"resources\":[]}"), run.Output);
        Assert.That(run.Output, Does.Contain("\"id\":\"" + ShareId + "\"").And.Contain("\"status\":\"active\""), run.Output);
        Assert.That(request, Does.StartWith($"GET /client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/shares/{ShareId} HTTP/1.1"));
        Assert.That(request, Does.Contain("X-Auth-Email: trimmed@example.com").And.Contain("X-Auth-Key: trimmed-key"), "the credentials the official fragment declares");
    }

    private static async Task<string> ServeOnceAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        using var socket = await listener.AcceptSocketAsync(cancellationToken);
        await using var stream = new NetworkStream(socket);
        var head = new StringBuilder();
        var buffer = new byte[4096];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal) && head.Length < 64 * 1024)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var body = Encoding.UTF8.GetBytes(ShareEnvelope);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"), cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
        return head.ToString();
    }
}

using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharesGen.Benchmarks.Serialization;

namespace SharesGen.Benchmarks.Client;

/// <summary>
/// The local Kestrel server of the round-trip benchmarks: 127.0.0.1 on a free port, one route
/// (<c>GET /client/v4/accounts/{account_id}/shares/{share_id}</c>) answering the fixed single-share envelope of
/// <see cref="Payloads"/>, anything else 404. It runs in a child process (<c>--serve</c>), so the allocations
/// BenchmarkDotNet counts are the client's alone.
/// </summary>
internal static class CannedServer
{
    public const string ServeArgument = "--serve";

    private const string ReadyPrefix = "listening on ";

    /// <summary>The <c>--serve</c> mode: serve until standard input closes.</summary>
    public static async Task<int> ServeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        var body = Payloads.SingleShareEnvelope;
        app.Run(context =>
        {
            var segments = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? Array.Empty<string>();
            if (!HttpMethods.IsGet(context.Request.Method) || segments is not ["client", "v4", "accounts", _, "shares", _])
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body, 0, body.Length);
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Console.Out.WriteLine(ReadyPrefix + address);
        Console.Out.Flush();
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        return 0;
    }

    /// <summary>Starts this program in <c>--serve</c> mode and waits for its address.</summary>
    public static ServerProcess Start()
    {
        var processPath = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var info = new System.Diagnostics.ProcessStartInfo(processPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            // Started as `dotnet SharesGen.Benchmarks.dll`: start the child the same way.
            info.ArgumentList.Add(typeof(CannedServer).Assembly.Location);
        }

        info.ArgumentList.Add(ServeArgument);
        // Under a tracer (dotnet-trace collect -- ...) the child would inherit the suspended diagnostic port and wait forever.
        info.Environment.Remove("DOTNET_DiagnosticPorts");
        var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("The server process did not start.");
        var readLine = process.StandardOutput.ReadLineAsync();
        if (!readLine.Wait(TimeSpan.FromSeconds(60)) || readLine.Result is not { } line || !line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException("The server process did not report its address.");
        }

        return new ServerProcess(process, new Uri(line[ReadyPrefix.Length..]));
    }

    /// <summary>The running server; disposing it closes its standard input, which stops it.</summary>
    internal sealed class ServerProcess(System.Diagnostics.Process process, Uri address) : IDisposable
    {
        public Uri Address { get; } = address;

        public void Dispose()
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(10_000))
            {
                process.Kill();
            }

            process.Dispose();
        }
    }
}

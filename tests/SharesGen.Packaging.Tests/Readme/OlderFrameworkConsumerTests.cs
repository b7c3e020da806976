using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace SharesGen.Packaging.Tests.Readme;

/// <summary>
/// Issue 13's Done-when: a consumer made by following only the README (its folder feed and nuget.config, the
/// PackageReference, the AdditionalFiles line) builds with warnings as errors and calls the kit's server, for
/// netstandard2.0, net48 and net8.0. The netstandard2.0 library cannot run by itself, so a net8.0 program, itself made
/// by the README plus the kit's PackageReference, starts the kit's loopback server and calls the library's client
/// through it; net48 cannot run on Linux, so it is built (against Microsoft.NETFramework.ReferenceAssemblies, which the
/// SDK adds by itself). Neither library sets LangVersion: the package's build props raise it to C# 11.
/// </summary>
[TestFixture]
[NonParallelizable]
public class OlderFrameworkConsumerTests
{
    /// <summary>A library's use of the generated client: C# 11 at most, and only APIs netstandard2.0 has.</summary>
    private const string Library = """
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Runtime.InteropServices;
        using System.Threading;
        using System.Threading.Tasks;
        using Contoso.Cloudflare;
        using SharesGen.Runtime;

        namespace Contoso.Library
        {
            /// <summary>What a library that ships a client exposes.</summary>
            public static class ShareDirectory
            {
                /// <summary>Creates a share, then lists every share of the account, as "id name" lines.</summary>
                public static async Task<IReadOnlyList<string>> CreateAndListAsync(HttpClient http, ApiClientOptions options, string accountId, CancellationToken cancellationToken)
                {
                    var client = new SharesClient(http, options);
                    var request = new CreateShareRequest
                    {
                        Name = "compiled for " + TargetFramework,
                        Recipients = new List<CreateShareRecipientRequest>(),
                        Resources = new List<CreateShareResourceRequest>(),
                    };
                    var created = await client.Shares.CreateAsync(accountId, request, cancellationToken: cancellationToken).ConfigureAwait(false);
                    var lines = new List<string> { "created " + created.Id };
                    await foreach (var share in client.Shares.ListAsync(accountId).WithCancellation(cancellationToken).ConfigureAwait(false))
                    {
                        lines.Add("listed " + share.Id + " " + share.Name);
                    }

                    return lines;
                }

                private static string TargetFramework =>
        #if NETSTANDARD2_0
                    "netstandard2.0";
        #elif NETFRAMEWORK
                    "net48";
        #else
                    "net8.0";
        #endif
            }
        }
        """;

    /// <summary>
    /// The program: its own README-made client (in another namespace, so the two meet without a clash) gives the kit
    /// the contract to serve; the library's client, compiled for netstandard2.0, does the calls.
    /// </summary>
    private const string Program = """
        using Contoso.Library;
        using SharesGen.Testing;
        using SharesGen.Testing.Profiles;

        const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";
        await using var server = await LoopbackApiServer.StartAsync(Contoso.App.SharesClientContract.Contract, new ResourceSharingProfile());
        using var http = new HttpClient();
        foreach (var line in await ShareDirectory.CreateAndListAsync(http, server.CreateClientOptions(), AccountId, CancellationToken.None))
        {
            Console.WriteLine(line);
        }

        // The program's own client, net8.0, against the same server.
        var own = new Contoso.App.SharesClient(http, server.CreateClientOptions());
        await foreach (var share in own.Shares.ListAsync(AccountId))
        {
            Console.WriteLine("own " + share.Name);
        }

        Console.WriteLine("exchanges " + string.Join(",", server.Exchanges.Select(e => e.OperationId + " " + e.StatusCode)));
        """;

    [Test]
    public void A_netstandard2_0_library_builds_clean_and_its_client_calls_the_kit_server_from_a_net8_0_program()
    {
        var library = ReadmeFeed.CreateConsumer("StandardLibrary", Library, targetFramework: "netstandard2.0", outputType: "Library");
        var build = Command.Dotnet(library, "build", "-c", "Release");
        AssertBuiltClean(build);

        var program = ReadmeFeed.CreateConsumer(
            "StandardLibraryProgram",
            Program,
            extraProperties: "<RollForward>Major</RollForward>",
            extraItems: $"""
                <ProjectReference Include="../StandardLibrary/StandardLibrary.csproj" />
                <PackageReference Include="SharesGen.Testing" Version="{ReadmeFeed.Current.Version}" />
                """,
            targetFramework: "net8.0",
            clientNamespace: "Contoso.App");
        var run = Command.Dotnet(program, "run", "-c", "Release");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        var created = Regex.Match(run.Output, "^created (?<id>\\S+)$", RegexOptions.Multiline).Groups["id"].Value;
        Assert.Multiple(() =>
        {
            Assert.That(created, Is.Not.Empty, run.Output);
            Assert.That(run.Output, Does.Contain($"listed {created} compiled for netstandard2.0"), run.Output);
            Assert.That(run.Output, Does.Contain("own compiled for netstandard2.0"), run.Output);
            Assert.That(run.Output, Does.Contain("exchanges share-create 201,shares-list 200,shares-list 200"), run.Output);
            Assert.That(run.Output, Does.Not.Match("warning|error"), run.Output);
        });
    }

    [Test]
    public void A_net48_library_builds_clean()
    {
        var library = ReadmeFeed.CreateConsumer("FrameworkLibrary", Library, targetFramework: "net48", outputType: "Library");

        AssertBuiltClean(Command.Dotnet(library, "build", "-c", "Release"));
    }

    [Test]
    public void A_net8_0_program_builds_clean_and_calls_the_kit_server()
    {
        const string program = """
            using Contoso.Cloudflare;
            using SharesGen.Testing;
            using SharesGen.Testing.Profiles;

            await using var server = await LoopbackApiServer.StartAsync(SharesClientContract.Contract, new ResourceSharingProfile());
            using var http = new HttpClient();
            var client = new SharesClient(http, server.CreateClientOptions());
            var created = await client.Shares.CreateAsync("023e105f4ecef8ad9ca31a8372d0c353", new CreateShareRequest { Name = "net8.0", Recipients = [], Resources = [] });
            var read = await client.Shares.GetAsync("023e105f4ecef8ad9ca31a8372d0c353", created.Id);
            Console.WriteLine("read " + read.Name + " on " + System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
            """;
        var consumer = ReadmeFeed.CreateConsumer(
            "Net8Program",
            program,
            extraProperties: "<RollForward>Major</RollForward>",
            extraItems: $"""<PackageReference Include="SharesGen.Testing" Version="{ReadmeFeed.Current.Version}" />""",
            targetFramework: "net8.0");

        var build = Command.Dotnet(consumer, "build", "-c", "Release");
        AssertBuiltClean(build);
        var run = Command.Dotnet(consumer, "run", "-c", "Release", "--no-build");
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("read net8.0 on .NET"), run.Output);
    }

    private static void AssertBuiltClean((int ExitCode, string Output) build)
    {
        Assert.That(build.ExitCode, Is.Zero, build.Output);
        Assert.That(build.Output, Does.Contain("0 Warning(s)"), build.Output);
    }
}

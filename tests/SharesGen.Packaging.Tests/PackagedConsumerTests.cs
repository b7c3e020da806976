using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace SharesGen.Packaging.Tests;

/// <summary>
/// The package as a stranger meets it: <c>dotnet pack</c> into a folder feed, then a consumer outside the
/// repository with nothing but a PackageReference and an AdditionalFiles item.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PackagedConsumerTests
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    private string _workDirectory = null!;
    private string _feed = null!;
    private string _version = null!;

    [OneTimeSetUp]
    public void PackIntoLocalFeed()
    {
        _workDirectory = Path.Combine(Path.GetTempPath(), "sharesgen-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        _feed = Path.Combine(_workDirectory, "feed");
        Directory.CreateDirectory(_feed);

        // A version no earlier run has put in the NuGet cache, so the consumer restores this very build.
        _version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var runtime = Path.Combine(RepositoryRoot(), "runtime", "SharesGen.Runtime", "SharesGen.Runtime.csproj");
        var pack = Dotnet($"pack \"{runtime}\" -c Release -o \"{_feed}\" -p:Version={_version}", RepositoryRoot());
        Assert.That(pack.ExitCode, Is.Zero, pack.Output);
    }

    [OneTimeTearDown]
    public void RemoveWorkDirectory()
    {
        if (Directory.Exists(_workDirectory))
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
    }

    [Test]
    public void Package_carries_the_generator_its_dependencies_and_the_build_props()
    {
        var package = Path.Combine(_feed, $"SharesGen.{_version}.nupkg");
        using var archive = System.IO.Compression.ZipFile.OpenRead(package);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/SharesGen.Generator.dll"));
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/Microsoft.OpenApi.Readers.dll"));
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/Microsoft.OpenApi.dll"));
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/SharpYaml.dll"));
        Assert.That(entries, Does.Contain("lib/net8.0/SharesGen.Runtime.dll"));
        Assert.That(entries, Does.Contain("build/SharesGen.props"));
        Assert.That(entries, Does.Contain("buildTransitive/SharesGen.props"));
    }

    [Test]
    public void Consumer_with_only_a_PackageReference_builds_with_zero_warnings_and_runs()
    {
        var consumer = CreateConsumer("valid", File.ReadAllText(Path.Combine(RepositoryRoot(), "spec", "shares.yaml")));

        var build = Dotnet("build -c Release", consumer);
        Assert.That(build.ExitCode, Is.Zero, build.Output);
        Assert.That(build.Output, Does.Contain("0 Warning(s)"), build.Output);

        var run = Dotnet("run -c Release --no-build", consumer);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("\"recipient_account_id\":\"023e105f4ecef8ad9ca31a8372d0c353\""));
    }

    [Test]
    public void Consumer_with_an_invalid_spec_fails_with_a_SharesGen_diagnostic_at_the_spec_line()
    {
        // Line 5 opens a flow mapping that never closes: not YAML.
        const string broken = "openapi: 3.0.3\ninfo:\n  title: Broken\n  version: '1'\npaths: { /a: \n";
        var consumer = CreateConsumer("invalid", broken);

        var build = Dotnet("build -c Release", consumer);

        Assert.That(build.ExitCode, Is.Not.Zero, build.Output);
        Assert.That(build.Output, Does.Match(@"shares\.yaml\(\d+,\d+\): error SHARESGEN001"), build.Output);
        Assert.That(build.Output, Does.Not.Contain("CS8785"), build.Output);
    }

    /// <summary>
    /// The package's build/SharesGen.props hands the baseline named by SharesGenBaseline to the generator, which reports
    /// the update at the spec's line; once the baseline is the spec again, nothing is reported.
    /// </summary>
    [Test]
    public void Consumer_with_a_baseline_reports_the_spec_update_at_the_spec_line()
    {
        var spec = File.ReadAllText(Path.Combine(RepositoryRoot(), "spec", "shares.yaml"));
        var consumer = CreateConsumer("baseline", spec);
        var project = Path.Combine(consumer, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("SharesGen=\"true\"", "SharesGen=\"true\" SharesGenBaseline=\"shares.baseline.yaml\"", StringComparison.Ordinal));
        const string Server = "https://api.cloudflare.com/client/v4";
        Assert.That(spec, Does.Contain(Server), "the update below moves the spec's server");
        File.WriteAllText(Path.Combine(consumer, "shares.baseline.yaml"), spec.Replace(Server, "https://api.cloudflare.com/client/v3", StringComparison.Ordinal));

        var update = Dotnet("build -c Release", consumer);
        var serverLine = spec[..spec.IndexOf(Server, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.That(update.ExitCode, Is.Zero, update.Output);
        Assert.That(update.Output, Does.Match($@"shares\.yaml\({serverLine},\d+\): warning SHARESGEN107"), update.Output);

        File.Copy(Path.Combine(consumer, "shares.yaml"), Path.Combine(consumer, "shares.baseline.yaml"), overwrite: true);
        var kept = Dotnet("build -c Release", consumer);
        Assert.That(kept.ExitCode, Is.Zero, kept.Output);
        Assert.That(kept.Output, Does.Contain("0 Warning(s)"), kept.Output);
    }

    private string CreateConsumer(string name, string spec)
    {
        var directory = Path.Combine(_workDirectory, name);
        Directory.CreateDirectory(directory);
        var template = Path.Combine(TestContext.CurrentContext.TestDirectory, "Consumer");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), File.ReadAllText(Path.Combine(template, "Consumer.csproj.template")).Replace("$(SharesGenVersion)", _version));
        File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(directory, "Program.cs"));
        File.WriteAllText(Path.Combine(directory, "shares.yaml"), spec);

        // Adds the folder feed beside the machine's own sources (no <clear/>: dependencies come from there).
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="sharesgen-local" value="{_feed}" />
              </packageSources>
            </configuration>
            """);
        return directory;
    }

    private static (int ExitCode, string Output) Dotnet(string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {arguments} did not finish within {CommandTimeout}.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SharesGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SharesGen.sln not found above the test directory.");
    }
}

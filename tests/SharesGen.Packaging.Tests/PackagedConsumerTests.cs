using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using NUnit.Framework;
using SharesGen.Packaging.Tests.Support;

namespace SharesGen.Packaging.Tests;

/// <summary>
/// The package as a stranger meets it: packed by the README's commands into a folder feed (<see cref="PackedFeed"/>),
/// then a consumer outside the repository with the README's nuget.config, a PackageReference and an AdditionalFiles item.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PackagedConsumerTests
{
    [Test]
    public void Package_carries_the_generator_its_dependencies_and_the_build_props()
    {
        using var archive = ZipFile.OpenRead(PackedFeed.Package("SharesGen"));
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/SharesGen.Generator.dll"));
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/Microsoft.OpenApi.Readers.dll"));
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/Microsoft.OpenApi.dll"));
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/SharpYaml.dll"));
        Assert.That(entries, Does.Contain("lib/net8.0/SharesGen.Runtime.dll"));
        Assert.That(entries, Does.Contain("build/SharesGen.props"));
        Assert.That(entries, Does.Contain("buildTransitive/SharesGen.props"));
        Assert.That(entries, Does.Contain("lib/netstandard2.0/SharesGen.Runtime.dll"));
        Assert.That(entries, Does.Contain("build/SharesGen.LangVersion.props"));
        Assert.That(entries, Does.Contain("buildTransitive/SharesGen.LangVersion.props"));
    }

    [Test]
    public void Consumer_with_only_a_PackageReference_builds_with_zero_warnings_and_runs()
    {
        var consumer = Consumer("valid", File.ReadAllText(RepositoryPaths.SharesSpec));

        var build = Dotnet.Run("build -c Release", consumer);
        Assert.That(build.ExitCode, Is.Zero, build.Output);
        Assert.That(build.Output, Does.Contain("0 Warning(s)"), build.Output);

        var run = Dotnet.Run("run -c Release --no-build", consumer);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("\"recipient_account_id\":\"023e105f4ecef8ad9ca31a8372d0c353\""));
    }

    [Test]
    public void Consumer_with_an_invalid_spec_fails_with_a_SharesGen_diagnostic_at_the_spec_line()
    {
        // Line 5 opens a flow mapping that never closes: not YAML.
        const string broken = "openapi: 3.0.3\ninfo:\n  title: Broken\n  version: '1'\npaths: { /a: \n";
        var consumer = Consumer("invalid", broken);

        var build = Dotnet.Run("build -c Release", consumer);

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
        var spec = File.ReadAllText(RepositoryPaths.SharesSpec);
        var consumer = Consumer("baseline", spec);
        var project = Path.Combine(consumer, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("SharesGen=\"true\"", "SharesGen=\"true\" SharesGenBaseline=\"shares.baseline.yaml\"", StringComparison.Ordinal));
        const string Server = "https://api.cloudflare.com/client/v4";
        Assert.That(spec, Does.Contain(Server), "the update below moves the spec's server");
        File.WriteAllText(Path.Combine(consumer, "shares.baseline.yaml"), spec.Replace(Server, "https://api.cloudflare.com/client/v3", StringComparison.Ordinal));

        var update = Dotnet.Run("build -c Release", consumer);
        var serverLine = spec[..spec.IndexOf(Server, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.That(update.ExitCode, Is.Zero, update.Output);
        Assert.That(update.Output, Does.Match($@"shares\.yaml\({serverLine},\d+\): warning SHARESGEN107"), update.Output);

        File.Copy(Path.Combine(consumer, "shares.yaml"), Path.Combine(consumer, "shares.baseline.yaml"), overwrite: true);
        var kept = Dotnet.Run("build -c Release", consumer);
        Assert.That(kept.ExitCode, Is.Zero, kept.Output);
        Assert.That(kept.Output, Does.Contain("0 Warning(s)"), kept.Output);
    }

    /// <summary>The Consumer/ template (net10.0, <c>SharesClient</c> in <c>Contoso.Cloudflare</c>) over <paramref name="spec"/>.</summary>
    internal static string Consumer(string name, string spec)
        => ConsumerProject.Create(name, "Consumer", new Dictionary<string, string> { ["shares.yaml"] = spec });
}

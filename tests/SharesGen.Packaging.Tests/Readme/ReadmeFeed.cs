using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace SharesGen.Packaging.Tests.Readme;

/// <summary>
/// Both packages, packed once per test run by the README's own commands into a temporary folder feed, and a way to
/// lay out a consumer the README's way (its nuget.config and its project items) next to it.
/// </summary>
internal static class ReadmeFeed
{
    private static readonly Lazy<Packed> Lazy = new(PackWithTheReadmeCommands);

    public static string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "sharesgen-readme-" + Guid.NewGuid().ToString("N")[..8]);

    public static Packed Current => Lazy.Value;

    /// <summary>The version packed, or null when no test needed the feed (so there is nothing to clean up).</summary>
    public static string? PackedVersion => Lazy.IsValueCreated ? Lazy.Value.Version : null;

    /// <summary>
    /// A consumer project in its own folder: the README's nuget.config pointing at this run's feed, and a project with
    /// the README's items at this run's version, plus <paramref name="extraProperties"/> and <paramref name="extraItems"/>.
    /// </summary>
    /// <param name="program">The project's one source file, <c>Program.cs</c>.</param>
    /// <param name="targetFramework">Its <c>TargetFramework</c>; nothing else in the project depends on it.</param>
    /// <param name="outputType"><c>Exe</c>, or <c>Library</c> for a library that ships a client.</param>
    /// <param name="clientNamespace">The README's <c>SharesGenNamespace</c>, or another where two consumers meet in one program.</param>
    public static string CreateConsumer(
        string name,
        string program,
        string extraProperties = "",
        string extraItems = "",
        string targetFramework = "net10.0",
        string outputType = "Exe",
        string clientNamespace = DocumentedNamespace)
    {
        var packed = Current;
        var directory = Path.Combine(WorkDirectory, name);
        Directory.CreateDirectory(Path.Combine(directory, "spec"));
        File.Copy(RepositoryPaths.SharesSpec, Path.Combine(directory, "spec", "shares.yaml"));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(packed));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        var items = ReadmeSteps.DocumentedVersion.Replace(ReadmeSteps.ProjectItems, packed.Version)
            .Replace($"SharesGenNamespace=\"{DocumentedNamespace}\"", $"SharesGenNamespace=\"{clientNamespace}\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {extraProperties}
              </PropertyGroup>
            {items}
              <ItemGroup>
                {extraItems}
              </ItemGroup>
            </Project>
            """);
        return directory;
    }

    /// <summary>The README's nuget.config, naming this run's feed.</summary>
    public static string NuGetConfig(Packed packed) => ReadmeSteps.NuGetConfig.Replace(ReadmeSteps.DocumentedFeed, packed.Feed, StringComparison.Ordinal);

    /// <summary>The namespace the README's project block gives the generated code.</summary>
    public const string DocumentedNamespace = "Contoso.Cloudflare";

    private static Packed PackWithTheReadmeCommands()
    {
        var feed = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(feed);
        var (exitCode, output) = Command.Run("bash", ["-euo", "pipefail", "-c", ReadmeSteps.Pack], RepositoryPaths.Root, new Dictionary<string, string> { ["SHARESGEN_FEED"] = feed });
        Assert.That(exitCode, Is.Zero, output);
        var printed = Regex.Match(output, @"SharesGen (?<version>\S+) packed into (?<feed>.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        Assert.That(printed.Success, Is.True, "the README's pack commands end by printing the version: " + output);
        Assert.That(printed.Groups["feed"].Value.TrimEnd(), Is.EqualTo(feed));
        return new Packed(feed, printed.Groups["version"].Value, output);
    }

    internal sealed record Packed(string Feed, string Version, string Output)
    {
        public string Package(string id, string extension = "nupkg") => Path.Combine(Feed, $"{id}.{Version}.{extension}");
    }
}

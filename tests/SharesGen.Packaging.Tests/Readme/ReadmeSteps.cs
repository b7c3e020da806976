using System;
using System.IO;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace SharesGen.Packaging.Tests.Readme;

/// <summary>
/// The README's "From the package" steps, read from the README itself: each is the fenced block that follows a
/// <c>&lt;!-- packaging-tests: NAME --&gt;</c> marker, so a test runs what a reader copies and an edit of the README
/// is an edit of the test.
/// </summary>
internal static class ReadmeSteps
{
    /// <summary>The feed folder the README's nuget.config names; a test puts its own temporary folder there.</summary>
    public const string DocumentedFeed = "%HOME%/sharesgen-feed";

    /// <summary>The version the README's project block shows; a test puts the version its pack printed there.</summary>
    public static readonly Regex DocumentedVersion = new(@"0\.1\.0-local\.\d{14}", RegexOptions.CultureInvariant);

    /// <summary>The shell commands that pack both packages into <c>$SHARESGEN_FEED</c>.</summary>
    public static string Pack => Block("pack");

    /// <summary>The nuget.config that adds the folder feed.</summary>
    public static string NuGetConfig => Block("nuget.config");

    /// <summary>The PackageReference and AdditionalFiles items.</summary>
    public static string ProjectItems => Block("project");

    private static string Block(string name)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var marker = "<!-- packaging-tests: " + name + " -->";
        var at = readme.IndexOf(marker, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"README.md has no '{marker}' before a fenced block.");
        Assert.That(readme.IndexOf(marker, at + marker.Length, StringComparison.Ordinal), Is.LessThan(0), $"README.md has '{marker}' twice.");
        var match = new Regex(@"\G\s*```[a-z]*\n(?<body>.*?)\n```", RegexOptions.Singleline | RegexOptions.CultureInvariant).Match(readme, at + marker.Length);
        Assert.That(match.Success, Is.True, $"'{marker}' in README.md is not followed by a fenced block.");
        return match.Groups["body"].Value;
    }
}

using System;
using System.IO;
using NUnit.Framework;
using SharesGen.Packaging.Tests.Readme;

// In the tests' root namespace: NUnit runs a SetUpFixture once around every fixture in its namespace and below.
namespace SharesGen.Packaging.Tests;

/// <summary>
/// <c>SharesGen</c> and <c>SharesGen.Testing</c>, packed once for every test here by the README's own commands
/// (<see cref="ReadmeFeed"/>) into a folder feed outside the repository, at the version those commands choose
/// (<c>0.1.0-local.</c> and the UTC time), which no earlier pack used: the consumers restore this very build, never a
/// copy an earlier pack left in the global NuGet cache. Afterwards the feed, the consumers and the cache's copies of
/// this version are removed, so runs do not pile up.
/// </summary>
[SetUpFixture]
public sealed class PackedFeed
{
    /// <summary>A scratch folder outside the repository, so no Directory.Build.props or Directory.Packages.props applies.</summary>
    public static string WorkDirectory => ReadmeFeed.WorkDirectory;

    public static string Feed => ReadmeFeed.Current.Feed;

    /// <summary>The version both packages were packed at.</summary>
    public static string Version => ReadmeFeed.Current.Version;

    public static string Package(string id) => ReadmeFeed.Current.Package(id);

    [OneTimeTearDown]
    public void Remove()
    {
        if (Directory.Exists(WorkDirectory))
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }

        if (ReadmeFeed.PackedVersion is { } version)
        {
            foreach (var id in new[] { "sharesgen", "sharesgen.testing" })
            {
                var cached = Path.Combine(GlobalPackagesFolder(), id, version);
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
            }
        }
    }

    /// <summary>Where restores put packages: <c>NUGET_PACKAGES</c>, else NuGet's default under the user's home.</summary>
    private static string GlobalPackagesFolder()
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}

using System;
using System.Globalization;
using System.IO;
using NUnit.Framework;
using SharesGen.Packaging.Tests.Support;

// In the tests' root namespace: NUnit runs a SetUpFixture once around every fixture in its namespace and below.
namespace SharesGen.Packaging.Tests;

/// <summary>
/// Packs <c>SharesGen</c> and <c>SharesGen.Testing</c> once for every test here, into a folder feed outside the
/// repository, at a version no earlier run used: the consumers restore this very build, never a copy an earlier pack
/// left in the global NuGet cache. The cache's copies of this version are removed afterwards, so runs do not pile up.
/// </summary>
[SetUpFixture]
public sealed class PackedFeed
{
    private static string? s_workDirectory;
    private static string? s_version;

    /// <summary>A scratch folder outside the repository, so no Directory.Build.props or Directory.Packages.props applies.</summary>
    public static string WorkDirectory => s_workDirectory ?? throw new InvalidOperationException("The feed is not packed yet.");

    public static string Feed => Path.Combine(WorkDirectory, "feed");

    /// <summary>The version both packages were packed at.</summary>
    public static string Version => s_version ?? throw new InvalidOperationException("The feed is not packed yet.");

    public static string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    [OneTimeSetUp]
    public void Pack()
    {
        s_workDirectory = Path.Combine(Path.GetTempPath(), "sharesgen-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Feed);

        // Time for the reader, a random tail for uniqueness; a letter first, as SemVer forbids leading zeros in numbers.
        s_version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + ".r" + Guid.NewGuid().ToString("N")[..8];
        var root = Dotnet.RepositoryRoot();
        foreach (var project in new[] { "runtime/SharesGen.Runtime/SharesGen.Runtime.csproj", "runtime/SharesGen.Testing/SharesGen.Testing.csproj" })
        {
            var pack = Dotnet.Run($"pack \"{Path.Combine(root, project)}\" -c Release -o \"{Feed}\" -p:Version={s_version}", root);
            Assert.That(pack.ExitCode, Is.Zero, pack.Output);
        }
    }

    [OneTimeTearDown]
    public void Remove()
    {
        if (s_workDirectory is not null && Directory.Exists(s_workDirectory))
        {
            Directory.Delete(s_workDirectory, recursive: true);
        }

        if (s_version is not null)
        {
            foreach (var id in new[] { "sharesgen", "sharesgen.testing" })
            {
                var cached = Path.Combine(GlobalPackagesFolder(), id, s_version);
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

using System;
using System.IO;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// Files of the source tree, found from the test assembly by walking up to <c>SharesGen.sln</c>. Snapshots must
/// live in the source tree (not <c>bin/</c>) so that a received file lands beside the verified one it differs from.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds <c>SharesGen.sln</c>.</summary>
    public static string Root => s_root.Value;

    public static string TestProject => Path.Combine(Root, "tests", "SharesGen.Generator.Tests");

    public static string Snapshots => Path.Combine(TestProject, "Snapshots");

    /// <summary>The spec the product is built from: Cloudflare's official Resource Sharing fragment, byte for byte.</summary>
    public static string SharesSpec => Path.Combine(Root, "spec", "shares.yaml");

    /// <summary>An older revision of the same API, kept to prove older specs still generate cleanly.</summary>
    public static string SeedRevisionSpec => Path.Combine(TestProject, "Specs", "shares-seed-revision.yaml");

    /// <summary>Cloudflare's whole API as published on 2023-08-02, unchanged: 4.2 MB, 1,258 operations.</summary>
    public static string CloudflareWholeApi => Path.Combine(Root, "spec", "cloudflare", "cloudflare-openapi-2023-08-02.yaml");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SharesGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"SharesGen.sln was not found above {AppContext.BaseDirectory}; the tests must run from the repository.");
    }
}

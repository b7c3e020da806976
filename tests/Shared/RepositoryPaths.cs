using System;
using System.IO;

namespace SharesGen.Tests.Shared;

/// <summary>
/// Files of the source tree, found by walking up to <c>SharesGen.sln</c> from the binary (or, for <c>dotnet run</c>, the
/// working folder). Snapshots must live in the source tree (not <c>bin/</c>) so that a received file lands beside the
/// verified one it differs from. Each project adds the paths only it needs in a part of its own.
/// </summary>
internal static partial class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds <c>SharesGen.sln</c>.</summary>
    public static string Root => s_root.Value;

    /// <summary>The spec the product is built from: Cloudflare's official Resource Sharing fragment, byte for byte.</summary>
    public static string SharesSpec => Path.Combine(Root, "spec", "shares.yaml");

    /// <summary>Cloudflare's whole API as published on 2023-08-02, unchanged: 4.2 MB, 1,258 operations.</summary>
    public static string CloudflareWholeApi => Path.Combine(Root, "spec", "cloudflare", "cloudflare-openapi-2023-08-02.yaml");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "SharesGen.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"SharesGen.sln was not found above {AppContext.BaseDirectory}; run this from the repository.");
    }
}

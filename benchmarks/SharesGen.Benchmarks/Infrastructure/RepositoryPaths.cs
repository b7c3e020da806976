using System;
using System.IO;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>Files of the source tree, found by walking up to <c>SharesGen.sln</c> from the binary or the working folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds <c>SharesGen.sln</c>.</summary>
    public static string Root => s_root.Value;

    /// <summary>The spec the product is built from.</summary>
    public static string SharesSpec => Path.Combine(Root, "spec", "shares.yaml");

    /// <summary>Where BenchmarkDotNet writes its reports (git-ignored).</summary>
    public static string Artifacts => Path.Combine(Root, "benchmarks", "SharesGen.Benchmarks", "BenchmarkDotNet.Artifacts");

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

        throw new InvalidOperationException($"SharesGen.sln was not found above {AppContext.BaseDirectory}; run the benchmarks from the repository.");
    }
}

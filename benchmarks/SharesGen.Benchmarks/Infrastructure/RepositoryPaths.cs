using System.IO;

namespace SharesGen.Tests.Shared;

/// <summary>The benchmarks' own paths (the shared part, tests/Shared/RepositoryPaths.cs, finds the root).</summary>
internal static partial class RepositoryPaths
{
    /// <summary>Where BenchmarkDotNet writes its reports (git-ignored).</summary>
    public static string Artifacts => Path.Combine(Root, "benchmarks", "SharesGen.Benchmarks", "BenchmarkDotNet.Artifacts");
}

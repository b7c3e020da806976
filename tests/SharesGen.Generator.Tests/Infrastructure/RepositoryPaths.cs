using System.IO;

namespace SharesGen.Tests.Shared;

/// <summary>The generator tests' own files (the shared part, tests/Shared/RepositoryPaths.cs, finds the root).</summary>
internal static partial class RepositoryPaths
{
    public static string TestProject => Path.Combine(Root, "tests", "SharesGen.Generator.Tests");

    public static string Snapshots => Path.Combine(TestProject, "Snapshots");

    /// <summary>An older revision of the same API, kept to prove older specs still generate cleanly.</summary>
    public static string SeedRevisionSpec => Path.Combine(TestProject, "Specs", "shares-seed-revision.yaml");
}

using System.IO;
using SharesGen.Tests.Shared;
using SharesGen.Tests.Shared.Snapshots;

namespace SharesGen.EndToEnd.Tests.Support;

/// <summary>
/// JSON snapshots in <c>Snapshots/{TestClass}.{TestMethod}.verified.json</c>, kept by the repository's one snapshot
/// helper (tests/Shared/Snapshots: Verify's conventions, a <c>.received.</c> file and a unified diff on a difference,
/// <c>SHARESGEN_ACCEPT_SNAPSHOTS=1</c> to accept, never in CI). <see cref="SnapshotInventoryTests"/> fails on a
/// verified file no test produces.
/// </summary>
internal static class Snapshot
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "SharesGen.EndToEnd.Tests", "Snapshots");

    /// <summary>Verifies <paramref name="json"/> as the running test's snapshot, or as <paramref name="name"/>'s (one per test case).</summary>
    public static void VerifyJson(string json, string? name = null)
        => SnapshotAssert.Verify(Directory, name ?? SnapshotAssert.CurrentTestName(), new[] { SnapshotAssert.Json(json) });
}

using NUnit.Framework;
using SharesGen.Tests.Shared.Snapshots;

namespace SharesGen.Generator.Tests;

/// <summary>Every verified file in Snapshots/ belongs to a test that still exists (<see cref="SnapshotInventory"/>).</summary>
public class SnapshotInventoryTests
{
    [Test]
    public void EveryVerifiedFileBelongsToAnExistingTest()
        => Assert.That(SnapshotInventory.Orphans(RepositoryPaths.Snapshots, typeof(SnapshotInventoryTests).Assembly), Is.Empty,
            "snapshots of tests that no longer exist: delete them");
}

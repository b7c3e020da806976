using System.Linq;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Tests.Shared.Snapshots;

namespace SharesGen.EndToEnd.Tests;

/// <summary>
/// Every verified file in Snapshots/ belongs to a test that still exists, or to one spec example's DTO view: a renamed
/// example must not leave its old snapshot passing silently (<see cref="SnapshotInventory"/>).
/// </summary>
public sealed class SnapshotInventoryTests
{
    [Test]
    public void Every_verified_file_belongs_to_an_existing_test_or_example()
        => Assert.That(
            SnapshotInventory.Orphans(Snapshot.Directory, typeof(SnapshotInventoryTests).Assembly, SpecExampleTests.ExamplesWithDto.Select(SpecExampleTests.DtoViewSnapshotName)),
            Is.Empty,
            "snapshots of tests or spec examples that no longer exist: delete them");
}

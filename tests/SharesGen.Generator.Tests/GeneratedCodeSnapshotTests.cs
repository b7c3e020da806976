using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Every file SharesGen generates for the real specs, as reviewed snapshots: any change to emitted code shows up
/// as a diff in review. Each spec must also generate with no diagnostics and compile without a warning.
/// </summary>
public class GeneratedCodeSnapshotTests
{
    [Test]
    public void SharesSpecGeneratesReviewedSources()
    {
        var run = GeneratorHarness.Run(SpecFile.Shares());

        GeneratorAssertions.ReportedNothing(run);
        Snapshot.VerifyGenerated(run);
    }

    [Test]
    public void SharesSpecOutputCompilesWithoutWarnings()
    {
        var run = GeneratorHarness.Run(SpecFile.Shares());

        GeneratorAssertions.CompilesCleanly(run);
    }

    /// <summary>An older revision of the API (fewer values, number-typed counts) must keep generating cleanly.</summary>
    [Test]
    public void SeedRevisionSpecGeneratesReviewedSources()
    {
        var run = GeneratorHarness.Run(SpecFile.SeedRevision());

        GeneratorAssertions.ReportedNothing(run);
        Snapshot.VerifyGenerated(run);
    }

    [Test]
    public void SeedRevisionSpecOutputCompilesWithoutWarnings()
    {
        var run = GeneratorHarness.Run(SpecFile.SeedRevision());

        GeneratorAssertions.CompilesCleanly(run);
    }
}

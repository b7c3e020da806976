using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// The worked examples: the exact list of diagnostics (id, severity, line, message) of two real updates to Cloudflare's
/// official 2026 Resource Sharing fragment, pinned in <c>Snapshots/</c>. The README quotes the first.
/// </summary>
public class SpecUpdateSnapshotTests
{
    /// <summary>From the seed-era revision the project keeps (one operation, five resource types).</summary>
    [Test]
    public void SeedRevisionToOfficialFragment()
        => Snapshot.VerifyDiagnostics(SpecUpdate.Between(SpecFile.SeedRevision(), UpdateSpecs.Load(UpdateSpecs.OfficialFragment)).Diagnostics);

    /// <summary>From SharesGen's own re-creation of the API: the update every user of that spec takes.</summary>
    [Test]
    public void OwnRevisionToOfficialFragment()
        => Snapshot.VerifyDiagnostics(SpecUpdate.Between(UpdateSpecs.Load(UpdateSpecs.OwnRevision), UpdateSpecs.Load(UpdateSpecs.OfficialFragment)).Diagnostics);
}

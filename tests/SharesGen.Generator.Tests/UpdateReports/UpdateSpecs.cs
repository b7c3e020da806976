using System.IO;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>The real revisions an update goes between, kept in the repository so a clean clone has them.</summary>
internal static class UpdateSpecs
{
    /// <summary>
    /// Cloudflare's official Resource Sharing fragment of 2026-08-14, byte for byte (BSD 3-Clause,
    /// <c>Specs/LICENSE-cloudflare-api-schemas</c>), the revision users update to.
    /// </summary>
    public static string OfficialFragment => Path.Combine(RepositoryPaths.TestProject, "Specs", "cloudflare-resource-sharing.yaml");

    /// <summary>
    /// SharesGen's own re-creation of the API, <c>spec/shares.yaml</c> as it was before the official fragment replaced
    /// it: what users of SharesGen's spec update from.
    /// </summary>
    public static string OwnRevision => Path.Combine(RepositoryPaths.TestProject, "Specs", "shares-own-revision.yaml");

    /// <summary>A spec on disk as the end-to-end consumer configures it.</summary>
    public static SpecFile Load(string path) => SpecFile.FromDisk(path) with { Namespace = "Contoso.Cloudflare", ClientName = "SharesClient" };
}

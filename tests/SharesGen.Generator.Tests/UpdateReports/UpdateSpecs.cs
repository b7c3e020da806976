using System.IO;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>The real revisions an update goes between, kept in the repository so a clean clone has them.</summary>
internal static class UpdateSpecs
{
    /// <summary>
    /// Cloudflare's official Resource Sharing fragment of 2026-08-14, the revision users update to: the product's own
    /// <c>spec/shares.yaml</c>, byte for byte.
    /// </summary>
    public static string OfficialFragment => RepositoryPaths.SharesSpec;

    /// <summary>
    /// SharesGen's own re-creation of the API, <c>spec/shares.yaml</c> as it was before the official fragment replaced
    /// it: what users of SharesGen's spec update from, and the fixture for what the official fragment lacks (operation
    /// examples, an <c>api_token</c> scheme, the envelope's <c>messages</c>).
    /// </summary>
    public static string OwnRevision => Path.Combine(RepositoryPaths.TestProject, "Specs", "shares-own-revision.yaml");

    /// <summary>A spec on disk as the end-to-end consumer configures it.</summary>
    public static SpecFile Load(string path) => SpecFile.FromDisk(path) with { Namespace = "Contoso.Cloudflare", ClientName = "SharesClient" };
}

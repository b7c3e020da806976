using System.IO;

namespace SharesGen.Tests.Shared;

/// <summary>
/// One AdditionalFile as MSBuild would hand it to the generator: a path, its text, and the item metadata
/// (<c>SharesGen</c>, <c>SharesGenNamespace</c>, <c>SharesGenClientName</c>).
/// </summary>
/// <param name="OptedIn">The <c>SharesGen</c> metadata; null leaves it out altogether.</param>
internal sealed partial record SpecFile(string Path, string Text, string? OptedIn = "true", string? Namespace = null, string? ClientName = null)
{
    /// <summary>Other <c>build_metadata.AdditionalFiles.*</c> items, by metadata name (e.g. <c>SharesGenOperationNames</c>).</summary>
    public System.Collections.Immutable.ImmutableDictionary<string, string> OtherMetadata { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    /// <summary>A fixed, absolute-looking path for in-memory specs, so diagnostics look like a real build's.</summary>
    public static string InMemoryPath(string fileName) => System.IO.Path.Combine(RepositoryPaths.Root, "specs-in-memory", fileName);

    /// <summary><c>spec/shares.yaml</c> with the options the end-to-end consumer uses.</summary>
    public static SpecFile Shares() => FromDisk(RepositoryPaths.SharesSpec).AsSharesClient();

    /// <summary>This spec with the options of <c>spec/shares.yaml</c>'s end-to-end consumer.</summary>
    public SpecFile AsSharesClient() => this with { Namespace = "Contoso.Cloudflare", ClientName = "SharesClient" };

    /// <summary>A spec written inline by a test, opted in, with a test namespace.</summary>
    public static SpecFile Inline(string text, string fileName = "test.yaml")
        => new(InMemoryPath(fileName), text, Namespace: "Tests.Generated", ClientName: "TestClient");

    public static SpecFile FromDisk(string path) => new(path, File.ReadAllText(path));
}

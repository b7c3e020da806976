namespace SharesGen.Tests.Shared;

/// <summary>The generator tests' own spec files (the shared part is tests/Shared/Generator/SpecFile.cs).</summary>
internal sealed partial record SpecFile
{
    /// <summary>The older API revision, with the same options as <see cref="Shares"/>.</summary>
    public static SpecFile SeedRevision() => FromDisk(RepositoryPaths.SeedRevisionSpec).AsSharesClient();
}

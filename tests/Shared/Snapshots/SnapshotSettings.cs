using System;

namespace SharesGen.Tests.Shared.Snapshots;

/// <summary>
/// How snapshots are accepted. Accepting is always an explicit act: <c>SHARESGEN_ACCEPT_SNAPSHOTS=1</c> on a
/// developer machine, or copying a <c>.received.</c> file over its <c>.verified.</c> one. In CI (<c>CI=true</c>)
/// nothing is ever accepted: a missing or different snapshot fails the build.
/// </summary>
internal sealed record SnapshotSettings(bool Accept, bool IsCi)
{
    public const string AcceptVariable = "SHARESGEN_ACCEPT_SNAPSHOTS";

    public static SnapshotSettings FromEnvironment()
    {
        var isCi = IsSet(Environment.GetEnvironmentVariable("CI"));
        return new SnapshotSettings(Accept: !isCi && IsSet(Environment.GetEnvironmentVariable(AcceptVariable)), IsCi: isCi);
    }

    private static bool IsSet(string? value)
        => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}

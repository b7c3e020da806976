namespace SharesGen.Generator;

/// <summary>Build facts stamped into generated code. Snapshot tests scrub the version.</summary>
internal static class ThisAssembly
{
    public const string Version = "0.1.0";
}

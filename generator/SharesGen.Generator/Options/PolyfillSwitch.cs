using Microsoft.CodeAnalysis.Diagnostics;

namespace SharesGen.Generator.Options;

/// <summary>
/// <c>&lt;SharesGenPolyfills&gt;false&lt;/SharesGenPolyfills&gt;</c> (a project property, visible to the compiler
/// through the package's props) turns the emitted polyfills off, for a project that gets them from elsewhere:
/// PolySharp, another generator's copy. Two generators cannot see each other's output, so neither can tell.
/// </summary>
internal static class PolyfillSwitch
{
    public const string Property = "SharesGenPolyfills";

    public static bool IsOn(AnalyzerConfigOptions globalOptions)
        => !(globalOptions.TryGetValue("build_property." + Property, out var value) && string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));
}

namespace SharesGen.Generator.Helpers;

/// <summary>
/// JSON Pointer (RFC 6901) segments, as diagnostics, locations and the contract name the place in the spec they are
/// about: <c>~</c> is written <c>~0</c> and <c>/</c> is written <c>~1</c>, so a path key (<c>/accounts/{id}</c>) stays one segment.
/// </summary>
internal static class PointerSegment
{
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>The segment as the spec spells it: <c>~1</c> back to <c>/</c> first, then <c>~0</c> to <c>~</c>.</summary>
    public static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");
}

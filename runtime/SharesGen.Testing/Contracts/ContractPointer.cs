using System;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// JSON Pointer (RFC 6901) segments, as the kit's violations and differences name the place they are about:
/// <c>~</c> is written <c>~0</c> and <c>/</c> is written <c>~1</c>, in that order, so a member named <c>a/b</c> stays one segment.
/// </summary>
internal static class ContractPointer
{
    /// <summary>The pointer to <paramref name="name"/> under <paramref name="parent"/> (<c>""</c> is the document itself).</summary>
    public static string Child(string parent, string name) => parent + "/" + Escape(name);

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}

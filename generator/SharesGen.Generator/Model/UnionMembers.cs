namespace SharesGen.Generator.Model;

/// <summary>
/// The members a generated union declares besides its alternatives, in one place: the reader keeps spec members and
/// type names off them, the emitter declares and refers to them.
/// </summary>
internal static class UnionMembers
{
    /// <summary>The JSON exactly as it came: <c>Json</c>.</summary>
    public const string Json = "Json";

    /// <summary>The factory that wraps any JSON: <c>FromJson</c>.</summary>
    public const string FromJson = "FromJson";

    /// <summary>Both, for the reader's reservations.</summary>
    public static readonly string[] All = { Json, FromJson };
}

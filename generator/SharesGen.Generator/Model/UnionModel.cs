using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Model;

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> without a discriminator to dispatch on: a class over the raw JSON, with a typed
/// accessor per alternative. Nothing is decided when the value is read, so nothing is lost: a value that matches no
/// alternative (a newer server's) is kept and written back as it came, and one that matches several (<c>anyOf</c>)
/// answers to each.
/// </summary>
/// <param name="Keyword"><c>oneOf</c> or <c>anyOf</c>, for the docs.</param>
internal sealed record UnionModel(string Name, string? Description, string Keyword, EquatableArray<UnionBranchModel> Branches);

/// <summary>One alternative of a union.</summary>
/// <param name="Label">The accessors' suffix, from the alternative's type or title: <c>IsBlockRule</c>, <c>TryGetString</c>.</param>
/// <param name="Shape">How to tell, from the JSON alone, whether the value is this alternative.</param>
internal sealed record UnionBranchModel(string Label, TypeRef Type, JsonShape Shape);

/// <summary>The JSON type of a value.</summary>
internal enum JsonKind
{
    /// <summary>Any JSON value (free-form, or a nested union).</summary>
    Any,
    String,

    /// <summary>A string that reads as an RFC 3339 date-time.</summary>
    DateTime,

    /// <summary>A number with an integral value.</summary>
    Integer,
    Number,
    Boolean,
    Array,
    Object,
}

/// <summary>What a JSON value must look like to be one alternative of a union.</summary>
/// <param name="RequiredMembers">For objects: the members the alternative requires.</param>
/// <param name="FixedMembers">For objects: members whose value the alternative fixes (a one-value enum, a discriminator mapping).</param>
/// <param name="Literal">For strings: the one value an inline one-value enum allows (<c>anyOf: [{type: number}, {enum: [auto]}]</c>).</param>
internal sealed record JsonShape(JsonKind Kind, EquatableArray<string> RequiredMembers, EquatableArray<FixedMember> FixedMembers, string? Literal = null)
{
    public static JsonShape Of(JsonKind kind) => new(kind, EquatableArray<string>.Empty, EquatableArray<FixedMember>.Empty);
}

/// <summary>A member whose string value is one of <paramref name="Values"/>.</summary>
internal sealed record FixedMember(string JsonName, EquatableArray<string> Values);

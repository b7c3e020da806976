using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests.Corpus;

/// <summary>What a payload of the corpus is meant to be.</summary>
internal enum CaseKind
{
    /// <summary>An example of the spec, as the generated contract holds it.</summary>
    SpecExample,

    /// <summary>Generated from the schema to satisfy it.</summary>
    Valid,

    /// <summary>Valid, with one string enum member set to a value the spec does not name (a warning for us).</summary>
    UnknownEnumValue,

    /// <summary>A valid payload broken in exactly one place, see <see cref="CorpusCase.Mutation"/>.</summary>
    Broken,

    /// <summary>Hand-picked at a place where two readings of the specifications could part, see <see cref="EdgeCases"/>.</summary>
    EdgeValid,

    /// <summary>Hand-picked, and invalid in exactly one place.</summary>
    EdgeBroken,
}

/// <summary>How a broken payload was broken.</summary>
internal enum Mutation
{
    None,
    MissingRequired,
    WrongType,
    NotAnInteger,
    TooLong,
    BadDateTime,
    NullNotNullable,
    BelowMinimum,
    AboveMaximum,
    TooManyItems,
}

/// <summary>One payload of the corpus, the schema it is checked against, and what it should be.</summary>
/// <param name="Id">Stable within a seed: <c>{target}#{n}</c>.</param>
/// <param name="Target">Which schema, in words (a component name, or an operation's body or parameter).</param>
/// <param name="Schema">The schema.</param>
/// <param name="Json">The payload.</param>
/// <param name="Kind">What it is meant to be.</param>
/// <param name="Mutation">For <see cref="CaseKind.Broken"/>: the one change made.</param>
/// <param name="ExpectedPointer">For broken and unknown-enum cases: the JSON pointer our validator must report.</param>
/// <param name="Known">For edge cases: the name of the <c>KnownDisagreement</c> this payload demonstrates, if any.</param>
internal sealed record CorpusCase(string Id, string Target, SchemaNode Schema, string Json, CaseKind Kind, Mutation Mutation, string? ExpectedPointer, string? Known = null)
{
    public bool MeantValid => Kind is not (CaseKind.Broken or CaseKind.EdgeBroken);

    public bool MeantBroken => !MeantValid;

    public override string ToString()
        => $"{Id} [{Kind}{(Mutation == Mutation.None ? string.Empty : " " + Mutation)}{(ExpectedPointer is null ? string.Empty : " at '" + ExpectedPointer + "'")}] {Json}";
}

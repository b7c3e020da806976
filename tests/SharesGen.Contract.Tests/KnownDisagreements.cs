using System;
using System.Collections.Generic;
using System.Linq;
using SharesGen.Contract.Tests.Corpus;
using SharesGen.Contract.Tests.Oracle;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests;

/// <summary>
/// A disagreement between the validator and the oracle that is understood, with the reason and who is right, pinned to
/// the exact verdicts it shows: a payload where either side says anything else (or the validator throws) is not it.
/// </summary>
internal sealed record KnownDisagreement(string Name, bool OursValid, bool OracleValid, string Reason)
{
    /// <summary>True when the two verdicts are exactly the ones this disagreement is known to show.</summary>
    public bool Matches(ValidationResult? ours, OracleVerdict theirs)
        => ours is not null && ours.IsValid == OursValid && theirs.IsValid == OracleValid;
}

/// <summary>
/// The disagreements the corpus shows, and why. Each is pinned by a test in <see cref="KnownDisagreementTests"/> that
/// fails once its cause is fixed (then delete the entry here), so none can hide anything else: an edge case carries
/// the name of the disagreement it demonstrates, and it is explained only when both verdicts are the pinned ones.
/// </summary>
internal static class KnownDisagreements
{
    public static readonly IReadOnlyDictionary<string, KnownDisagreement> All = new KnownDisagreement[]
    {
        new(EdgeCases.SpaceForT, OursValid: false, OracleValid: true,
            "Oracle leniency: JsonSchema.Net accepts a space between date and time; RFC 3339 5.6's ABNF requires \"T\" "
            + "(the space is a note for readers), and so do JSON Schema's date-time and our validator."),
        new(EdgeCases.FractionLostInRounding, OursValid: false, OracleValid: true,
            "Oracle limitation: JsonSchema.Net reads numbers as decimals, so 1.0000000000000001 and 1e-400 round to "
            + "integers and pass; JSON Schema counts the exact value, which the validator decides on the number's text."),
        new(EdgeCases.BeyondClientInteger, OursValid: false, OracleValid: true,
            "Our limit, on purpose: JSON Schema gives an integer no range, but the generated client reads an integer into "
            + "long (int for format: int32), so the validator rejects what the client could not read (1e400, 2^63), with "
            + "the reader's own words; the oracle accepts it."),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>
    /// The known disagreement that explains this payload: the one its edge case is tagged with, when the verdicts are
    /// exactly that disagreement's. Null for anything else, a new disagreement.
    /// </summary>
    public static KnownDisagreement? Explain(CorpusCase payload, ValidationResult? ours, OracleVerdict theirs)
        => payload.Known is { } name && All[name] is var known && known.Matches(ours, theirs) ? known : null;
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SharesGen.Contract.Tests.Corpus;
using SharesGen.Contract.Tests.Oracle;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests;

/// <summary>A disagreement between the validator and the oracle that is understood, with the reason and who is right.</summary>
internal sealed record KnownDisagreement(string Name, string Reason);

/// <summary>
/// The disagreements the corpus shows, and why. Each is pinned by a test in <see cref="KnownDisagreementTests"/> that
/// fails once its cause is fixed (then delete the entry here), so none can hide anything else: an edge case carries
/// the name of the disagreement it demonstrates, and a generated payload is explained only when its every difference
/// is of the one kind.
/// </summary>
internal static partial class KnownDisagreements
{
    public static readonly IReadOnlyDictionary<string, KnownDisagreement> All = new KnownDisagreement[]
    {
        new(EdgeCases.SpaceForT,
            "Oracle leniency: JsonSchema.Net accepts a space between date and time; RFC 3339 5.6's ABNF requires \"T\" "
            + "(the space is a note for readers), and so do JSON Schema's date-time and our validator."),
        new(EdgeCases.FractionLostInRounding,
            "Oracle limitation: JsonSchema.Net reads numbers as decimals, so 1.0000000000000001 and 1e-400 round to "
            + "integers and pass; JSON Schema counts the exact value, which the validator decides on the number's text."),
        new(EdgeCases.BeyondClientInteger,
            "Our limit, on purpose: JSON Schema gives an integer no range, but the generated client reads an integer into "
            + "long (int for format: int32), so the validator rejects what the client could not read (1e400, 2^63), with "
            + "the reader's own words; the oracle accepts it."),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The known disagreement that explains this payload, or null when it is a new one.</summary>
    public static KnownDisagreement? Explain(CorpusCase payload, ValidationResult? ours, OracleVerdict theirs)
    {
        if (payload.Known is { } name)
        {
            return All[name];
        }

        return null;
    }

    private static JsonNode? At(JsonNode? node, string pointer)
    {
        foreach (var token in pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/").Replace("~0", "~")))
        {
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array => array[int.Parse(token)],
                _ => null,
            };
        }

        return node;
    }

    [GeneratedRegex(@"[+-](\d{2}):(\d{2})$")]
    private static partial Regex Offset();
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// A payload or an example broke the API contract. A plain exception, so every test framework reports it as a
/// failure with its message, which lists every violation, one per line.
/// </summary>
public sealed class ContractViolationException : Exception
{
    /// <summary>Creates the exception for <paramref name="subject"/> (e.g. an example's name) and its violations.</summary>
    public ContractViolationException(string subject, IReadOnlyList<string> violations)
        : base(Describe(subject, violations))
    {
        Subject = subject;
        Violations = violations;
    }

    /// <summary>What was checked: a schema's or an example's name.</summary>
    public string Subject { get; }

    /// <summary>Every violation, as text (<c>error at '/result/id': is 33 characters long; at most 32 allowed</c>).</summary>
    public IReadOnlyList<string> Violations { get; }

    private static string Describe(string subject, IReadOnlyList<string> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var count = violations.Count == 1 ? "1 violation" : $"{violations.Count} violations";
        return $"{subject} breaks the contract ({count}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, violations.Select(v => "  - " + v));
    }
}

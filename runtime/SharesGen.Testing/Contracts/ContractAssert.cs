using System;
using System.Linq;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// Assertions over a generated contract (<c>{Client}Contract.Contract</c>) for any test framework: each one throws a
/// <see cref="ContractViolationException"/> that lists every violation, and otherwise returns what it found, so a
/// test can still look at the warnings (enum values the spec does not name).
/// </summary>
/// <example>
/// <code>
/// ContractAssert.Conforms(SharesClientContract.Contract, json, "resource-sharing_share_response_single");
/// ContractAssert.RoundTrips(SharesClientContract.Contract.Examples.Single(e => e.Name == "SharesCreateResponse"));
/// </code>
/// </example>
public static class ContractAssert
{
    /// <summary>
    /// Asserts that <paramref name="json"/> satisfies <paramref name="schema"/> (references resolve in
    /// <paramref name="contract"/>). Warnings fail too when <paramref name="warningsAreErrors"/> is set, e.g. for a
    /// request a server must understand.
    /// </summary>
    /// <returns>The validation result, warnings included.</returns>
    public static ValidationResult Conforms(ApiContract contract, string json, SchemaNode schema, bool warningsAreErrors = false)
        => Conforms(contract, json, schema, Describe(schema), warningsAreErrors);

    /// <summary>Asserts that <paramref name="json"/> satisfies the component schema named <paramref name="componentName"/>.</summary>
    /// <returns>The validation result, warnings included.</returns>
    public static ValidationResult Conforms(ApiContract contract, string json, string componentName, bool warningsAreErrors = false)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Conforms(contract, json, contract.Schema(componentName), $"The payload (schema {componentName})", warningsAreErrors);
    }

    /// <summary>Asserts that a spec example satisfies its own schema.</summary>
    /// <returns>The validation result, warnings included.</returns>
    public static ValidationResult Conforms(ApiContract contract, ApiExample example, bool warningsAreErrors = false)
    {
        ArgumentNullException.ThrowIfNull(example);
        var schema = example.Schema ?? throw new ArgumentException($"The example {example.Name} has no schema to check against.", nameof(example));
        return Conforms(contract, example.Json, schema, $"The example {example.Name} ({example.Source})", warningsAreErrors);
    }

    /// <summary>
    /// Asserts that a spec example reads into its DTO and writes back with nothing lost, added or changed.
    /// </summary>
    /// <exception cref="ArgumentException">The example has no DTO (<see cref="ApiExample.RoundTrip"/> is null).</exception>
    public static void RoundTrips(ApiExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        var roundTrip = example.RoundTrip ?? throw new ArgumentException($"The example {example.Name} has no DTO to round-trip through.", nameof(example));
        var differences = roundTrip(example.Json);
        if (differences.Count > 0)
        {
            throw new ContractViolationException($"The example {example.Name} through {example.DtoType?.Name ?? "its DTO"}", differences);
        }
    }

    private static ValidationResult Conforms(ApiContract contract, string json, SchemaNode schema, string subject, bool warningsAreErrors)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(schema);
        var result = new PayloadValidator(contract).Validate(json, schema);
        var failing = result.Violations.Where(v => warningsAreErrors || v.Severity == ViolationSeverity.Error).ToArray();
        if (failing.Length > 0)
        {
            throw new ContractViolationException(subject, failing.Select(v => v.ToString()).ToArray());
        }

        return result;
    }

    private static string Describe(SchemaNode schema)
        => schema.Ref is { } name ? $"The payload (schema {name})" : $"The payload (an inline {schema.Type ?? "untyped"} schema)";
}

namespace SharesGen.Contract.Tests.Oracle;

/// <summary>
/// How string enums reach the oracle. Our validator reports a string the spec does not name as a warning, because an
/// API adds values and a client must keep working; JSON Schema has no warnings, so the oracle is asked twice:
/// without string enums, for the verdict (its errors must match our errors), and with them, for the enum findings
/// alone (their locations must match our warnings).
/// </summary>
internal enum EnumHandling
{
    /// <summary>String enums are left out. <c>enum: [null]</c> alone stays: it is a type constraint, not a vocabulary.</summary>
    DropStringEnums,

    /// <summary>Every enum as the spec has it, <c>null</c> included when listed.</summary>
    Keep,
}

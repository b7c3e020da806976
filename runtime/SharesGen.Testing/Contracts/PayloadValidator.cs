using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SharesGen.Testing.Contracts;

/// <summary>How bad a <see cref="Violation"/> is.</summary>
public enum ViolationSeverity
{
    /// <summary>Legitimate but worth knowing: an enum value this spec does not name (the API may have added it).</summary>
    Warning,

    /// <summary>The payload breaks the spec.</summary>
    Error,
}

/// <summary>One place where a payload and the spec disagree.</summary>
/// <param name="Pointer">A JSON pointer into the payload, e.g. <c>/result/resources/0/resource_type</c>.</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record Violation(string Pointer, string Message, ViolationSeverity Severity)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} at '{Pointer}': {Message}";
}

/// <summary>Every violation found in one payload.</summary>
public sealed class ValidationResult
{
    internal ValidationResult(IReadOnlyList<Violation> violations) => Violations = violations;

    /// <summary>Errors and warnings, in document order.</summary>
    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>The errors.</summary>
    public IEnumerable<Violation> Errors => Violations.Where(v => v.Severity == ViolationSeverity.Error);

    /// <summary>The warnings.</summary>
    public IEnumerable<Violation> Warnings => Violations.Where(v => v.Severity == ViolationSeverity.Warning);

    /// <summary>No errors (warnings allowed).</summary>
    public bool IsValid => !Errors.Any();

    /// <inheritdoc/>
    public override string ToString() => Violations.Count == 0 ? "valid" : string.Join(Environment.NewLine, Violations);
}

/// <summary>
/// Checks a JSON payload against a schema of the spec (OpenAPI 3.0 semantics): type (an integer in any spelling, within
/// the size the generated client reads it into: <c>int</c> for <c>format: int32</c>, <c>long</c> otherwise), required, nullable,
/// enum (an unknown value is a warning: new values are legitimate), minLength/maxLength (in code points),
/// minimum/maximum, minItems/maxItems, date-time format, anyOf, with allOf already merged at compile time.
/// Additional properties are allowed, as the spec does not forbid them.
/// </summary>
public sealed class PayloadValidator
{
    private static readonly Regex DateTimePattern = new(
        @"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    private readonly ApiContract _contract;

    /// <summary>Creates a validator over a generated contract.</summary>
    public PayloadValidator(ApiContract contract) => _contract = contract ?? throw new ArgumentNullException(nameof(contract));

    /// <summary>Validates JSON text against a component schema by its spec name.</summary>
    public ValidationResult Validate(string json, string componentName) => Validate(json, _contract.Schema(componentName));

    /// <summary>Validates JSON text; text that is not JSON is one error at the root.</summary>
    public ValidationResult Validate(string json, SchemaNode schema)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return new ValidationResult([new Violation(string.Empty, "not JSON: " + exception.Message, ViolationSeverity.Error)]);
        }

        using (document)
        {
            return Validate(document.RootElement, schema);
        }
    }

    /// <summary>Validates a JSON value.</summary>
    public ValidationResult Validate(JsonElement payload, SchemaNode schema)
    {
        var violations = new List<Violation>();
        Check(payload, schema, string.Empty, violations, depth: 0);
        return new ValidationResult(violations);
    }

    private void Check(JsonElement value, SchemaNode schema, string pointer, List<Violation> violations, int depth)
    {
        // A wrapped reference (allOf: [$ref], nullable: true) keeps its nullable on the reference node: collect it
        // along the way instead of losing it when the reference is followed.
        var nullable = schema.Nullable;
        for (var hops = 0; schema.Ref is { } name && hops < 64; hops++)
        {
            schema = _contract.Schemas.TryGetValue(name, out var target) ? target : SchemaNode.Any;
            nullable |= schema.Nullable;
        }

        if (depth > 128)
        {
            violations.Add(Error(pointer, "nested deeper than 128 levels"));
            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (nullable || schema.EnumAllowsNull)
            {
                return;
            }

            if (schema.Type is not null)
            {
                violations.Add(Error(pointer, $"null is not allowed (expected {schema.Type})"));
                return;
            }

            if (schema.AnyOf.Count == 0 && schema.Enum.Count == 0)
            {
                return; // no type, no anyOf, no enum: anything goes, null included
            }

            // Otherwise the anyOf's alternatives (or the enum) decide, below.
        }
        else if (schema.EnumAllowsNull && schema.Enum.Count == 0)
        {
            // enum: [null] lets null through and nothing else.
            violations.Add(Error(pointer, $"only null is allowed, found {Describe(value.ValueKind)}"));
            return;
        }

        if (schema.AnyOf.Count > 0)
        {
            var matches = schema.AnyOf.Any(alternative =>
            {
                var trial = new List<Violation>();
                Check(value, alternative, pointer, trial, depth + 1);
                return trial.All(v => v.Severity == ViolationSeverity.Warning);
            });
            if (!matches)
            {
                violations.Add(Error(pointer, $"matches none of the {schema.AnyOf.Count} alternatives of anyOf"));
            }
        }

        if (schema.Type is { } type && !HasType(value, type))
        {
            violations.Add(Error(pointer, $"expected {type}, found {Describe(value.ValueKind)}"));
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(value.GetString()!, schema, pointer, violations);
                break;
            case JsonValueKind.Number:
                CheckNumber(value, schema, pointer, violations);
                break;
            case JsonValueKind.Array:
                CheckArray(value, schema, pointer, violations, depth);
                break;
            case JsonValueKind.Object:
                CheckObject(value, schema, pointer, violations, depth);
                break;
        }

        if (schema.Enum.Count > 0 && value.ValueKind != JsonValueKind.String)
        {
            violations.Add(Error(pointer, $"expected one of the enum's strings, found {Describe(value.ValueKind)}"));
        }
    }

    private static void CheckString(string text, SchemaNode schema, string pointer, List<Violation> violations)
    {
        var length = CodePoints(text);
        if (schema.MaxLength is { } max && length > max)
        {
            violations.Add(Error(pointer, $"is {length} characters long; at most {max} allowed"));
        }

        if (schema.MinLength is { } min && length < min)
        {
            violations.Add(Error(pointer, $"is {length} characters long; at least {min} required"));
        }

        if (schema.Format == "date-time" && !IsDateTime(text))
        {
            violations.Add(Error(pointer, "is not an RFC 3339 date-time"));
        }

        if (schema.Enum.Count > 0 && !schema.Enum.Contains(text, StringComparer.Ordinal))
        {
            violations.Add(new Violation(pointer, $"'{Truncate(text)}' is not a value this spec names ({string.Join(", ", schema.Enum)}); the API may have added it", ViolationSeverity.Warning));
        }
    }

    private static void CheckNumber(JsonElement value, SchemaNode schema, string pointer, List<Violation> violations)
    {
        // An integer the client cannot hold (beyond int for int32, beyond long otherwise) is one it cannot read: the
        // validator says so too, with the reader's words.
        if (schema.Type == "integer" && !value.TryGetInt32(out _)
            && SharesGen.Runtime.Serialization.JsonIntegers.Problem(value.GetRawText(), int32: schema.Format == "int32", out _) is { } problem)
        {
            violations.Add(Error(pointer, problem));
        }

        // Beyond double's range (1e400) compares as an infinity.
        var number = value.TryGetDouble(out var parsed) ? parsed : value.GetRawText().StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        if (schema.Minimum is { } min && number < min)
        {
            violations.Add(Error(pointer, $"{Format(number)} is less than the minimum {Format(min)}"));
        }

        if (schema.Maximum is { } max && number > max)
        {
            violations.Add(Error(pointer, $"{Format(number)} is more than the maximum {Format(max)}"));
        }
    }

    private void CheckArray(JsonElement value, SchemaNode schema, string pointer, List<Violation> violations, int depth)
    {
        var count = value.GetArrayLength();
        if (schema.MaxItems is { } max && count > max)
        {
            violations.Add(Error(pointer, $"has {count} items; at most {max} allowed"));
        }

        if (schema.MinItems is { } min && count < min)
        {
            violations.Add(Error(pointer, $"has {count} items; at least {min} required"));
        }

        if (schema.Items is { } items)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, pointer + "/" + index.ToString(CultureInfo.InvariantCulture), violations, depth + 1);
                index++;
            }
        }
    }

    private void CheckObject(JsonElement value, SchemaNode schema, string pointer, List<Violation> violations, int depth)
    {
        foreach (var name in schema.Required)
        {
            if (!value.TryGetProperty(name, out _))
            {
                violations.Add(Error(ContractPointer.Child(pointer, name), "is required but missing"));
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (schema.Properties.TryGetValue(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, ContractPointer.Child(pointer, property.Name), violations, depth + 1);
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && IsIntegral(value),
        _ => true,
    };

    /// <summary>
    /// JSON Schema counts 1.0 and 1e2 as integers: what matters is the value, not the spelling. Decided exactly, on the
    /// number's text, by the rule the generated converters read by (<see cref="SharesGen.Runtime.Serialization.JsonIntegers"/>).
    /// </summary>
    private static bool IsIntegral(JsonElement value) => value.TryGetInt64(out _) || SharesGen.Runtime.Serialization.JsonIntegers.IsIntegral(value.GetRawText());

    /// <summary>
    /// RFC 3339 section 5.6 and 5.7: the pattern checks the shape; the numbers are checked here, without DateTimeOffset,
    /// whose range is narrower than RFC 3339's (offsets up to ±23:59, years from 0000).
    /// </summary>
    private static bool IsDateTime(string text)
    {
        var match = DateTimePattern.Match(text);
        if (!match.Success)
        {
            return false;
        }

        int Part(int group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var (year, month, day, hour, minute, second) = (Part(1), Part(2), Part(3), Part(4), Part(5), Part(6));
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var offset = 0;
        if (match.Groups[8].Success)
        {
            var (offsetHours, offsetMinutes) = (Part(9), Part(10));
            if (offsetHours > 23 || offsetMinutes > 59)
            {
                return false;
            }

            offset = ((offsetHours * 60) + offsetMinutes) * (match.Groups[8].ValueSpan[0] == '-' ? -1 : 1);
        }

        // A leap second is the 61st second of 23:59 UTC, wherever the offset puts it in local time.
        return second < 60 || ((((hour * 60) + minute - offset) % 1440) + 1440) % 1440 == (23 * 60) + 59;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static Violation Error(string pointer, string message) => new(pointer, message, ViolationSeverity.Error);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Format(double number) => number.ToString("R", CultureInfo.InvariantCulture);

    private static string Truncate(string text) => text.Length <= 64 ? text : text[..64] + "…";
}

using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SharesGen.Runtime.Serialization;

/// <summary>
/// The one rule for what a JSON number is as an integer, shared by the generated converters and
/// the contract kit's <c>PayloadValidator</c> (SharesGen.Testing) so that a body the validator accepts is a body the client reads, and the
/// other way round. As in JSON Schema, the value counts, not the spelling: <c>3.0</c>, <c>1e2</c>, <c>-0</c> and
/// <c>300e-2</c> are integers; <c>1.5</c> and <c>1.0000000000000001</c> are not. It is decided exactly, on the number's
/// text, so neither double rounding nor double's range changes the answer. An integer is then read into the C# type
/// the generator chose: <c>int</c> for <c>format: int32</c>, <c>long</c> for every other integer (OpenAPI's
/// <c>int64</c>, and an integer without a format); a value beyond that type's range is an error, never truncated.
/// </summary>
public static class JsonIntegers
{
    /// <summary>Longer numbers are cut in messages: a server's 1 MB of digits does not become a 1 MB message.</summary>
    private const int MaxShownLength = 40;

    /// <summary>Reads the number the reader is on as a 64-bit integer.</summary>
    /// <exception cref="JsonException">The token is not a number, or the number is not an integer or not within <see cref="long"/>.</exception>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var fast))
        {
            return fast;
        }

        return ReadSlowly(ref reader, int32: false);
    }

    /// <summary>Reads the number the reader is on as a 32-bit integer (<c>format: int32</c>).</summary>
    /// <exception cref="JsonException">The token is not a number, or the number is not an integer or not within <see cref="int"/>.</exception>
    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var fast))
        {
            return fast;
        }

        return (int)ReadSlowly(ref reader, int32: true);
    }

    /// <summary>
    /// Why the JSON number <paramref name="text"/> cannot be read as an integer of the chosen size, or null when it can
    /// (then <paramref name="value"/> holds it). Public so that the contract kit's validator judges integers by this
    /// same rule.
    /// </summary>
    /// <param name="text">The number exactly as the JSON spells it.</param>
    /// <param name="int32">The integer is <c>format: int32</c>; otherwise it is read as 64 bits.</param>
    /// <param name="value">The integer, when there is no problem.</param>
    public static string? Problem(ReadOnlySpan<char> text, bool int32, out long value)
    {
        switch (Classify(text, out value))
        {
            case Kind.NotAnInteger:
                return $"{Shown(text)} is not an integer";
            case Kind.Integer when !int32 || value is >= int.MinValue and <= int.MaxValue:
                return null;
            default:
                value = 0;
                return int32
                    ? $"{Shown(text)} is outside the range of a 32-bit integer (format int32)"
                    : $"{Shown(text)} is outside the range of a 64-bit integer, the most SharesGen reads for an integer";
        }
    }

    private static long ReadSlowly(ref Utf8JsonReader reader, bool int32)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"Expected an integer, found {reader.TokenType}.");
        }

        // Only numbers that are not plain in-range integers come here (3.0, 1e2, 5000000000): rare enough to decode.
        var text = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
        if (Problem(text, int32, out var value) is { } problem)
        {
            throw new JsonException($"The JSON number {problem}.");
        }

        return value;
    }

    /// <summary>Whether the JSON number <paramref name="text"/> is an integer at all, whatever its size.</summary>
    public static bool IsIntegral(ReadOnlySpan<char> text) => Classify(text, out _) != Kind.NotAnInteger;

    private enum Kind
    {
        NotAnInteger,
        Integer,
        OutOfRange,
    }

    /// <summary>
    /// A JSON number (<c>-?int(.frac)?(e[+-]?exp)?</c>) is <c>digits × 10^shift</c>, where <c>digits</c> are its integer
    /// and fraction digits without leading or trailing zeros; it is an integer exactly when <c>shift &gt;= 0</c>.
    /// </summary>
    private static Kind Classify(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var rest = negative ? text[1..] : text;
        var e = rest.IndexOfAny('e', 'E');
        var mantissa = e < 0 ? rest : rest[..e];
        var exponent = e < 0 ? 0L : Exponent(rest[(e + 1)..]);
        var dot = mantissa.IndexOf('.');
        var integerDigits = dot < 0 ? mantissa : mantissa[..dot];
        var fractionDigits = dot < 0 ? ReadOnlySpan<char>.Empty : mantissa[(dot + 1)..];

        // The significant digits: integerDigits + fractionDigits, leading and trailing zeros left out.
        var all = (integerDigits.ToString() + fractionDigits.ToString()).AsSpan().TrimStart('0');
        var significant = all.TrimEnd('0');
        if (significant.IsEmpty)
        {
            return Kind.Integer; // zero, however written (-0, 0.000, 0e400)
        }

        // Saturating: an exponent of a billion digits is still just "huge".
        var shift = Math.Min(Math.Max(exponent - fractionDigits.Length + (all.Length - significant.Length), long.MinValue / 4), long.MaxValue / 4);
        if (shift < 0)
        {
            return Kind.NotAnInteger;
        }

        if (significant.Length + shift > 19)
        {
            return Kind.OutOfRange;
        }

        var magnitude = 0UL;
        try
        {
            foreach (var digit in significant)
            {
                magnitude = checked((magnitude * 10) + (ulong)(digit - '0'));
            }

            for (var i = 0; i < shift; i++)
            {
                magnitude = checked(magnitude * 10);
            }
        }
        catch (OverflowException)
        {
            return Kind.OutOfRange;
        }

        if (negative ? magnitude > 9_223_372_036_854_775_808UL : magnitude > long.MaxValue)
        {
            return Kind.OutOfRange;
        }

        value = negative ? unchecked(-(long)magnitude) : (long)magnitude;
        return Kind.Integer;
    }

    private static long Exponent(ReadOnlySpan<char> text)
        => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent)
            ? exponent
            : text.StartsWith("-") ? long.MinValue / 4 : long.MaxValue / 4;

    private static string Shown(ReadOnlySpan<char> text)
        => text.Length <= MaxShownLength ? text.ToString() : text[..MaxShownLength].ToString() + "…";
}

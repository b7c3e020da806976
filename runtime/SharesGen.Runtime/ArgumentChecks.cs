using System;
using System.Collections.Generic;
using System.Globalization;

namespace SharesGen.Runtime;

/// <summary>
/// The spec's constraints, checked by generated methods before a request is sent. Exceptions carry the C#
/// parameter name as <c>ParamName</c>; messages name the spec's wire name and the limit, never the value
/// (it may be sensitive).
/// </summary>
public static class ArgumentChecks
{
    /// <summary>Throws <see cref="ArgumentNullException"/> for a missing required argument.</summary>
    public static void NotNull(object? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }

    /// <summary>Throws when a string is longer than the spec allows (an empty path parameter is rejected elsewhere).</summary>
    public static void MaxLength(string? value, int maxLength, string name, string? wireName = null)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new ArgumentOutOfRangeException(name, $"'{wireName ?? name}' is {value.Length.ToString(CultureInfo.InvariantCulture)} characters long; the API allows at most {maxLength.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    /// <summary>Throws when any string of a list is longer than the spec allows.</summary>
    public static void EachMaxLength(IEnumerable<string>? values, int maxLength, string name, string? wireName = null)
    {
        if (values is null)
        {
            return;
        }

        foreach (var value in values)
        {
            if (value is null)
            {
                throw new ArgumentException($"'{wireName ?? name}' contains a null value.", name);
            }

            MaxLength(value, maxLength, name, wireName);
        }
    }

    /// <summary>Throws when a list has more items than the spec allows.</summary>
    public static void MaxItems<T>(IEnumerable<T>? values, int maxItems, string name, string? wireName = null)
    {
        if (values is null)
        {
            return;
        }

        var count = values is IReadOnlyCollection<T> collection ? collection.Count : System.Linq.Enumerable.Count(values);
        if (count > maxItems)
        {
            throw new ArgumentOutOfRangeException(name, $"'{wireName ?? name}' has {count.ToString(CultureInfo.InvariantCulture)} items; the API allows at most {maxItems.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    /// <summary>Throws when a number is outside the spec's minimum and maximum.</summary>
    public static void Range(double? value, double? minimum, double? maximum, string name, string? wireName = null)
    {
        if (value is not { } number)
        {
            return;
        }

        if ((minimum is { } min && number < min) || (maximum is { } max && number > max))
        {
            var bounds = (minimum, maximum) switch
            {
                ({ } lo, { } hi) => $"between {lo.ToString(CultureInfo.InvariantCulture)} and {hi.ToString(CultureInfo.InvariantCulture)}",
                ({ } lo, null) => $"at least {lo.ToString(CultureInfo.InvariantCulture)}",
                (null, { } hi) => $"at most {hi.ToString(CultureInfo.InvariantCulture)}",
                _ => "in range",
            };
            throw new ArgumentOutOfRangeException(name, $"'{wireName ?? name}' must be {bounds}; it is {number.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace SharesGen.Testing.Http;

/// <summary>
/// Reads query parameters strictly, as the spec declares them: a value of the wrong type, out of range, or not
/// among an enum's values is a 400 naming the parameter, so a client that encodes a query wrongly finds out.
/// </summary>
internal sealed class QueryReader(IQueryCollection query)
{
    /// <summary>An integer between <paramref name="minimum"/> and <paramref name="maximum"/>; null when absent.</summary>
    public int? Integer(string name, int minimum, int maximum)
    {
        if (Single(name) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
        {
            var range = maximum == int.MaxValue
                ? "at least " + minimum.ToString(CultureInfo.InvariantCulture)
                : $"between {minimum.ToString(CultureInfo.InvariantCulture)} and {maximum.ToString(CultureInfo.InvariantCulture)}";
            throw ApiProblem.Invalid($"The query parameter {name} must be an integer {range}.");
        }

        return value;
    }

    /// <summary><c>true</c> or <c>false</c>; null when absent.</summary>
    public bool? Boolean(string name)
        => Single(name) switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => throw ApiProblem.Invalid($"The query parameter {name} must be true or false."),
        };

    /// <summary>One of an enum's values; null when absent.</summary>
    public string? OneOf(string name, IReadOnlyList<string> allowed)
    {
        var value = Single(name);
        return value is null || allowed.Contains(value, StringComparer.Ordinal) ? value : throw NotOneOf(name, allowed);
    }

    /// <summary>An exploded array of enum values (<c>name=a&amp;name=b</c>); empty when absent.</summary>
    public IReadOnlyList<string> ManyOf(string name, IReadOnlyList<string> allowed)
    {
        var values = Many(name);
        return values.All(v => allowed.Contains(v, StringComparer.Ordinal)) ? values : throw NotOneOf(name, allowed);
    }

    /// <summary>An exploded array of strings with the spec's <c>maxItems</c> and items' <c>maxLength</c>.</summary>
    public IReadOnlyList<string> Strings(string name, int maxItems, int maxLength)
    {
        var values = Many(name);
        if (values.Count > maxItems)
        {
            throw ApiProblem.Invalid($"The query parameter {name} may be repeated at most {maxItems.ToString(CultureInfo.InvariantCulture)} times.");
        }

        if (values.Any(v => v.Length > maxLength))
        {
            throw ApiProblem.Invalid($"Each value of the query parameter {name} must be at most {maxLength.ToString(CultureInfo.InvariantCulture)} characters long.");
        }

        return values;
    }

    private string? Single(string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw ApiProblem.Invalid($"The query parameter {name} may appear only once."),
        };
    }

    private IReadOnlyList<string> Many(string name) => query[name].Select(v => v ?? string.Empty).ToArray();

    private static ApiProblem NotOneOf(string name, IReadOnlyList<string> allowed)
        => ApiProblem.Invalid($"The query parameter {name} must be one of {string.Join(", ", allowed)}.");
}

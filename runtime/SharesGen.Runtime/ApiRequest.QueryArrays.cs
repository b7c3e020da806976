using System;
using System.Collections.Generic;
using System.Text;
using SharesGen.Runtime.Serialization;

namespace SharesGen.Runtime;

/// <summary>Array query parameters of every element kind the spec can declare, written per <c>style</c>/<c>explode</c>.</summary>
public sealed partial class ApiRequest
{
    /// <summary>
    /// Adds an array query parameter: repeated keys (<c>tag=a&amp;tag=b</c>) when <paramref name="explode"/>, else one key
    /// whose values are joined by the <paramref name="style"/>'s delimiter (<c>ids=a,b</c>). Each value is
    /// percent-encoded on its own; a comma delimiter is not, so <c>["a,b", "c"]</c> is <c>ids=a%2Cb,c</c>. (A space or a
    /// pipe cannot appear unencoded in a query, so in those styles a delimiter inside a value reads as the style's, as
    /// OpenAPI defines them.) Null or empty lists are left out.
    /// </summary>
    /// <param name="name">The parameter's wire name.</param>
    /// <param name="values">The values; null is left out.</param>
    /// <param name="explode">The spec's <c>explode</c>.</param>
    /// <param name="style">The spec's <c>style</c>, for a list that is not exploded.</param>
    public void AddQuery(string name, IEnumerable<string>? values, bool explode, QueryArrayStyle style = QueryArrayStyle.Form)
    {
        if (values is null)
        {
            return;
        }

        if (explode)
        {
            foreach (var value in values)
            {
                // A null inside the list is a caller's bug, not a value to leave out: the list would mean something else.
                Guard.NotNull(value, nameof(values));
                AddQuery(name, value);
            }

            return;
        }

        var delimiter = style switch
        {
            QueryArrayStyle.SpaceDelimited => "%20",
            // RFC 3986 has no literal '|' in a query (System.Uri would escape it anyway).
            QueryArrayStyle.PipeDelimited => "%7C",
            QueryArrayStyle.Form => ",",
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Not a query array style."),
        };
        StringBuilder? joined = null;
        foreach (var value in values)
        {
            Guard.NotNull(value, nameof(values));
            RejectUnpairedSurrogates(value, name, "query parameter");
            joined = joined is null ? new StringBuilder() : joined.Append(delimiter);
            joined.Append(Uri.EscapeDataString(value));
        }

        if (joined is not null)
        {
            _query.Add(new(name, joined.ToString()));
        }
    }

    /// <summary>Adds an array of extensible-enum values by their wire values, as <see cref="AddQuery(string, IEnumerable{string}?, bool, QueryArrayStyle)"/>.</summary>
    public void AddQuery<TEnum>(string name, IEnumerable<TEnum>? values, bool explode, QueryArrayStyle style = QueryArrayStyle.Form)
        where TEnum : struct, IExtensibleEnum
        => AddQuery(name, Texts(values, v => v.Value), explode, style);

    /// <summary>Adds an array of integers in invariant form, as <see cref="AddQuery(string, IEnumerable{string}?, bool, QueryArrayStyle)"/>.</summary>
    public void AddQuery(string name, IEnumerable<long>? values, bool explode, QueryArrayStyle style = QueryArrayStyle.Form)
        => AddQuery(name, Texts(values, FormatValue), explode, style);

    /// <inheritdoc cref="AddQuery(string, IEnumerable{long}?, bool, QueryArrayStyle)"/>
    public void AddQuery(string name, IEnumerable<int>? values, bool explode, QueryArrayStyle style = QueryArrayStyle.Form)
        => AddQuery(name, Texts(values, v => FormatValue(v)), explode, style);

    /// <summary>Adds an array of numbers in invariant round-trip form, as <see cref="AddQuery(string, IEnumerable{string}?, bool, QueryArrayStyle)"/>.</summary>
    public void AddQuery(string name, IEnumerable<double>? values, bool explode, QueryArrayStyle style = QueryArrayStyle.Form)
        => AddQuery(name, Texts(values, FormatValue), explode, style);

    /// <summary>Adds an array of booleans as <c>true</c>/<c>false</c>, as <see cref="AddQuery(string, IEnumerable{string}?, bool, QueryArrayStyle)"/>.</summary>
    public void AddQuery(string name, IEnumerable<bool>? values, bool explode, QueryArrayStyle style = QueryArrayStyle.Form)
        => AddQuery(name, Texts(values, FormatValue), explode, style);

    /// <summary>Adds an array of date-times in RFC 3339, as <see cref="AddQuery(string, IEnumerable{string}?, bool, QueryArrayStyle)"/>.</summary>
    public void AddQuery(string name, IEnumerable<DateTimeOffset>? values, bool explode, QueryArrayStyle style = QueryArrayStyle.Form)
        => AddQuery(name, Texts(values, FormatValue), explode, style);

    private static IEnumerable<string>? Texts<T>(IEnumerable<T>? values, Func<T, string> format)
    {
        if (values is null)
        {
            return null;
        }

        var texts = new List<string>();
        foreach (var value in values)
        {
            texts.Add(format(value));
        }

        return texts;
    }
}

using System;
using System.Collections.Generic;
using System.Text;

namespace SharesGen.Runtime.Http;

/// <summary>
/// A path template as the spec writes it (<c>/accounts/{account_id}/shares</c>), split once into its literal text and
/// its <c>{name}</c> parameters. The literal text is sent as written, except for the two characters that would end
/// the path: <c>/a#b</c> would send <c>/a</c> (the rest a fragment) and <c>/a?b</c> a query, so they are escaped.
/// </summary>
internal sealed class RouteTemplate
{
    private readonly string[] _literals;
    private readonly string[] _parameters;

    private RouteTemplate(string text, string[] literals, string[] parameters)
    {
        Text = text;
        _literals = literals;
        _parameters = parameters;
    }

    /// <summary>The template as given.</summary>
    public string Text { get; }

    public int ParameterCount => _parameters.Length;

    public string ParameterName(int index) => _parameters[index];

    public static RouteTemplate Parse(string text)
    {
        var literals = new List<string>();
        var parameters = new List<string>();
        var literal = new StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            var close = open < 0 ? -1 : text.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                literal.Append(text, position, text.Length - position);
                break;
            }

            literal.Append(text, position, open - position);
            literals.Add(EscapeLiteral(literal.ToString()));
            literal.Clear();
            parameters.Add(text.Substring(open + 1, close - open - 1));
            position = close + 1;
        }

        literals.Add(EscapeLiteral(literal.ToString()));
        return new RouteTemplate(text, literals.ToArray(), parameters.ToArray());
    }

    /// <summary>The path with each parameter replaced by its (already escaped) value, in order.</summary>
    public string Fill(IReadOnlyList<string?> escapedValues)
    {
        if (_parameters.Length == 0)
        {
            return _literals[0];
        }

        var builder = new StringBuilder(Text.Length + 64);
        for (var i = 0; i < _parameters.Length; i++)
        {
            builder.Append(_literals[i]).Append(escapedValues[i]);
        }

        return builder.Append(_literals[_parameters.Length]).ToString();
    }

    private static string EscapeLiteral(string literal)
        => literal.IndexOf('?') < 0 && literal.IndexOf('#') < 0 ? literal : literal.Replace("?", "%3F").Replace("#", "%23");
}

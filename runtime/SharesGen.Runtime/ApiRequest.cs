using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SharesGen.Runtime.Http;
using SharesGen.Runtime.Serialization;

namespace SharesGen.Runtime;

/// <summary>
/// A request as a generated method assembles it: method, the spec's path template with its values filled in order
/// (each percent-escaped into its own segment), query, headers and a JSON body. It holds no credentials; the
/// pipeline adds them to each attempt.
/// </summary>
/// <example>
/// <code>
/// var request = new ApiRequest("GET", "shares-get-by-id", security, "/accounts/{account_id}/shares/{share_id}")
///     .PathValue(accountId).PathValue(shareId);
/// request.AddQuery("include_resources", options?.IncludeResources);
/// </code>
/// </example>
public sealed partial class ApiRequest
{
    private readonly RouteTemplate _template;
    private readonly string?[] _values;
    // Values are percent-encoded as they are added (an array's delimiters are not); a null value holds the place of a
    // parameter left out, so that paging sets it where the spec declares it.
    private readonly List<KeyValuePair<string, string?>> _query;
    private readonly List<KeyValuePair<string, string>> _headers;
    private int _filled;

    /// <summary>Starts a request.</summary>
    /// <param name="method">The HTTP method, e.g. <c>POST</c>.</param>
    /// <param name="operationId">The spec's operationId, for errors and logs.</param>
    /// <param name="security">The ways the operation accepts to authenticate; the credentials are checked against them.</param>
    /// <param name="pathTemplate">
    /// The path as the spec writes it, e.g. <c>/accounts/{account_id}/shares</c>: each <c>{name}</c> is filled by
    /// <see cref="PathValue(string, string?)"/>, in order; <c>?</c> and <c>#</c> in the literal text are escaped.
    /// </param>
    public ApiRequest(string method, string operationId, ApiSecurity security, string pathTemplate)
    {
        Guard.NotNull(method, nameof(method));
        Guard.NotNull(operationId, nameof(operationId));
        Guard.NotNull(security, nameof(security));
        Guard.NotNull(pathTemplate, nameof(pathTemplate));
        Method = method;
        OperationId = operationId;
        Security = security;
        _template = RouteTemplate.Parse(pathTemplate);
        _values = new string?[_template.ParameterCount];
        _query = new();
        _headers = new();
    }

    private ApiRequest(ApiRequest other, List<KeyValuePair<string, string?>> query)
    {
        Method = other.Method;
        OperationId = other.OperationId;
        Security = other.Security;
        Body = other.Body;
        BodyContentType = other.BodyContentType;
        _template = other._template;
        _values = other._values;
        _filled = other._filled;
        _headers = other._headers;
        _query = query;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The spec's operationId.</summary>
    public string OperationId { get; }

    /// <summary>The ways the operation accepts to authenticate, as its spec declares them.</summary>
    public ApiSecurity Security { get; }

    /// <summary>The serialized JSON body, when there is one.</summary>
    public ReadOnlyMemory<byte>? Body { get; private set; }

    /// <summary>The headers the operation itself sets (not the credentials).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

    /// <summary>GET, HEAD, PUT, DELETE and OPTIONS may be sent twice with the same effect.</summary>
    public bool IsIdempotent => Pipeline.Policies.RetryRules.IsIdempotent(Method);

    /// <summary>The path as the spec writes it, parameters unfilled: safe for logs.</summary>
    public string PathTemplate => _template.Text;

    /// <summary>
    /// Fills the template's next <c>{name}</c> with <paramref name="value"/>, percent-escaped so that <c>/</c>, <c>\</c>,
    /// <c>?</c>, <c>#</c> and <c>%</c> stay inside its segment. <c>.</c>, <c>..</c> and the empty string are rejected:
    /// no escaping survives URI normalization for them (<c>%2E%2E</c> is <c>..</c> to every URI parser), so they would
    /// address another path; so are unpaired surrogates, which percent-encoding would turn into another value.
    /// </summary>
    /// <param name="value">The value; null throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="parameterName">The caller's parameter, for the exception; the compiler fills it in.</param>
    /// <returns>This request.</returns>
    public ApiRequest PathValue(string value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        => FillPath(value, PathStyle.Simple, parameterName);

    /// <summary>
    /// Fills the template's next <c>{name}</c> in the spec's <c>style</c>: <see cref="PathStyle.Label"/> writes
    /// <c>.value</c>, <see cref="PathStyle.Matrix"/> <c>;name=value</c> (the template's name); the value is
    /// percent-escaped and checked as <see cref="PathValue(string, string?)"/> checks it, so neither a <c>.</c> nor a
    /// <c>;</c> inside it can start another label or parameter.
    /// </summary>
    /// <param name="value">The value as text (<see cref="FormatValue(long)"/> for the others); null throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="style">The spec's <c>style</c>.</param>
    /// <param name="parameterName">The caller's parameter, for the exception.</param>
    /// <returns>This request.</returns>
    public ApiRequest PathValue(string value, PathStyle style, string? parameterName)
        => FillPath(value, style, parameterName);

    private ApiRequest FillPath(string value, PathStyle style, string? parameterName)
    {
        var name = NextPathParameter(parameterName);
        var argument = parameterName ?? name;
        if (value is null)
        {
            throw new ArgumentNullException(argument);
        }

        if (value.Length == 0)
        {
            throw new ArgumentException($"The path parameter '{name}' cannot be empty: the request would address another path.", argument);
        }

        if (value is "." or "..")
        {
            throw new ArgumentException($"The path parameter '{name}' cannot be a dot segment ('.' or '..'): the request would address another path.", argument);
        }

        RejectUnpairedSurrogates(value, name, "path parameter", argument);
        var escaped = Uri.EscapeDataString(value);
        _values[_filled++] = style switch
        {
            PathStyle.Simple => escaped,
            PathStyle.Label => "." + escaped,
            PathStyle.Matrix => ";" + Uri.EscapeDataString(name) + "=" + escaped,
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Not a path style."),
        };
        return this;
    }

    /// <inheritdoc cref="PathValue(string, string?)"/>
    public ApiRequest PathValue(long value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        => PathValue(FormatValue(value), parameterName);

    /// <inheritdoc cref="PathValue(string, string?)"/>
    public ApiRequest PathValue(double value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        => PathValue(FormatValue(value), parameterName);

    /// <inheritdoc cref="PathValue(string, string?)"/>
    public ApiRequest PathValue(bool value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        => PathValue(FormatValue(value), parameterName);

    /// <inheritdoc cref="PathValue(string, string?)"/>
    public ApiRequest PathValue(DateTimeOffset value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        => PathValue(FormatValue(value), parameterName);

    /// <inheritdoc cref="PathValue(string, string?)"/>
    public ApiRequest PathValue<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where TEnum : struct, IExtensibleEnum
        => PathValue(value.Value, parameterName);

    /// <summary>Adds a query parameter; a null value is left out.</summary>
    public void AddQuery(string name, string? value)
    {
        if (value is not null)
        {
            RejectUnpairedSurrogates(value, name, "query parameter");
        }

        _query.Add(new(name, value is null ? null : Uri.EscapeDataString(value)));
    }

    /// <summary>Adds an integer query parameter; null is left out.</summary>
    public void AddQuery(string name, long? value) => AddQuery(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number query parameter; null is left out.</summary>
    public void AddQuery(string name, double? value) => AddQuery(name, value is null ? null : FormatValue(value.Value));

    /// <summary>Adds a boolean query parameter as <c>true</c>/<c>false</c>; null is left out.</summary>
    public void AddQuery(string name, bool? value) => AddQuery(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds a date-time query parameter in ISO 8601; null is left out.</summary>
    public void AddQuery(string name, DateTimeOffset? value) => AddQuery(name, value is null ? null : FormatValue(value.Value));

    /// <summary>Adds an extensible-enum query parameter by its wire value; null is left out.</summary>
    public void AddQuery<TEnum>(string name, TEnum? value)
        where TEnum : struct, IExtensibleEnum
        => AddQuery(name, value?.Value);

    /// <summary>
    /// Adds a header the operation declares; null is left out. A value with a control character (CR, LF, …) or
    /// anything outside visible ASCII is rejected here, without echoing it; so is a name that is not an HTTP token.
    /// </summary>
    public void AddHeader(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        HeaderValues.ValidateName(name, name);
        HeaderValues.Validate(value, name, $"The header '{name}'");
        _headers.Add(new(name, value));
    }

    /// <summary>Adds an integer header; null is left out.</summary>
    public void AddHeader(string name, long? value) => AddHeader(name, value is null ? null : FormatValue(value.Value));

    /// <summary>Adds a number header; null is left out.</summary>
    public void AddHeader(string name, double? value) => AddHeader(name, value is null ? null : FormatValue(value.Value));

    /// <summary>Adds a boolean header as <c>true</c>/<c>false</c>; null is left out.</summary>
    public void AddHeader(string name, bool? value) => AddHeader(name, value is null ? null : FormatValue(value.Value));

    /// <summary>Adds a date-time header in ISO 8601; null is left out.</summary>
    public void AddHeader(string name, DateTimeOffset? value) => AddHeader(name, value is null ? null : FormatValue(value.Value));

    /// <summary>Adds an extensible-enum header by its wire value; null is left out.</summary>
    public void AddHeader<TEnum>(string name, TEnum? value)
        where TEnum : struct, IExtensibleEnum
        => AddHeader(name, value?.Value);

    /// <summary>Serializes the body once, with its generated converter; retries resend these bytes.</summary>
    /// <param name="body">The body; null throws <see cref="ArgumentNullException"/> (leave an optional body unset instead).</param>
    /// <param name="converter">Its generated converter.</param>
    /// <param name="parameterName">The caller's parameter, for the exception; the compiler fills it in.</param>
    public void SetJsonBody<T>(T body, JsonConverter<T> converter, [CallerArgumentExpression(nameof(body))] string? parameterName = null)
    {
        if (body is null)
        {
            throw new ArgumentNullException(parameterName ?? nameof(body));
        }

        Guard.NotNull(converter, nameof(converter));
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, body, SharesGenJson.Options);
        }

        Body = buffer.WrittenMemory;
        BodyContentType = JsonContentType;
    }

    /// <summary>The path and query, escaped, relative to the base address: <c>/accounts/a1/shares?page=2</c>.</summary>
    /// <exception cref="InvalidOperationException">A <c>{name}</c> of the template was not filled.</exception>
    public string PathAndQuery
    {
        get
        {
            var path = EscapedPath;
            StringBuilder? builder = null;
            foreach (var pair in _query)
            {
                if (pair.Value is not null)
                {
                    builder = builder is null ? new StringBuilder(path.Length + 32).Append(path).Append('?') : builder.Append('&');
                    builder.Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(pair.Value);
                }
            }

            return builder?.ToString() ?? path;
        }
    }

    /// <summary>Formats a non-string path or header value the way the API expects (invariant culture).</summary>
    public static string FormatValue(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats a number in invariant round-trip form. NaN and the infinities are refused: a spec's <c>number</c> is a
    /// JSON number, which has neither, and "NaN" or "Infinity" on the wire would be text the server never described.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static string FormatValue(double value)
        => double.IsNaN(value) || double.IsInfinity(value)
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "A number parameter must be finite: JSON numbers have no NaN or infinity.")
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc cref="FormatValue(long)"/>
    public static string FormatValue(bool value) => value ? "true" : "false";

    /// <inheritdoc cref="FormatValue(long)"/>
    public static string FormatValue(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Percent-encoding would silently turn an unpaired surrogate into U+FFFD: another value than the one given.</summary>
    private static void RejectUnpairedSurrogates(string value, string name, string kind, string? parameterName = null)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                throw new ArgumentException($"The {kind} '{name}' contains an unpaired surrogate, which cannot be percent-encoded as given.", parameterName ?? name);
            }
        }
    }

    /// <summary>The path alone, escaped, as <see cref="PathAndQuery"/> starts.</summary>
    internal string EscapedPath
    {
        get
        {
            if (_filled < _values.Length)
            {
                throw new InvalidOperationException($"The path parameter '{_template.ParameterName(_filled)}' of {OperationId} was not given a value.");
            }

            return _template.Fill(_values);
        }
    }

    /// <summary>The query value of <paramref name="name"/> (the first, when repeated), percent-encoded; null when absent.</summary>
    internal string? QueryValue(string name)
    {
        foreach (var pair in _query)
        {
            if (pair.Key == name && pair.Value is not null)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// A copy with the query parameter <paramref name="name"/> set to <paramref name="value"/> alone, where the operation
    /// declared it (its place is kept even when left out), so the next page differs from the first by that value only.
    /// </summary>
    internal ApiRequest WithQueryValue(string name, string value)
    {
        var query = new List<KeyValuePair<string, string?>>(_query.Count + 1);
        var replaced = false;
        foreach (var pair in _query)
        {
            if (pair.Key != name)
            {
                query.Add(pair);
            }
            else if (!replaced)
            {
                query.Add(new(name, Uri.EscapeDataString(value)));
                replaced = true;
            }
        }

        if (!replaced)
        {
            query.Add(new(name, Uri.EscapeDataString(value)));
        }

        return new ApiRequest(this, query);
    }

    private string NextPathParameter(string? parameterName)
    {
        if (_filled >= _values.Length)
        {
            throw new InvalidOperationException($"{OperationId}'s path '{_template.Text}' has no parameter left for {parameterName ?? "this value"}.");
        }

        return _template.ParameterName(_filled);
    }
}

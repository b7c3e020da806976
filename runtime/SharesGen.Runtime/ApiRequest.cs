using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SharesGen.Runtime.Http;
using SharesGen.Runtime.Serialization;

namespace SharesGen.Runtime;

/// <summary>
/// A request as a generated method assembles it: method, path with escaped parameters, query, headers and a
/// JSON body. It holds no credentials; the pipeline adds them to each attempt.
/// </summary>
public sealed class ApiRequest
{
    private readonly StringBuilder _path = new();
    private readonly StringBuilder _template = new();
    private readonly List<KeyValuePair<string, string>> _query = new();
    private readonly List<KeyValuePair<string, string>> _headers = new();

    /// <summary>Starts a request.</summary>
    /// <param name="method">The HTTP method, e.g. <c>POST</c>.</param>
    /// <param name="operationId">The spec's operationId, for errors and logs.</param>
    /// <param name="security">The ways the operation accepts to authenticate; the credentials are checked against them.</param>
    public ApiRequest(string method, string operationId, ApiSecurity? security = null)
    {
        Method = method;
        OperationId = operationId;
        Security = security ?? ApiSecurity.Undeclared;
    }

    /// <summary>The ways the operation accepts to authenticate, as its spec declares them.</summary>
    public ApiSecurity Security { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The spec's operationId.</summary>
    public string OperationId { get; }

    /// <summary>The serialized JSON body, when there is one.</summary>
    public ReadOnlyMemory<byte>? Body { get; private set; }

    /// <summary>The headers the operation itself sets (not the credentials).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

    /// <summary>GET, HEAD, PUT, DELETE and OPTIONS may be sent twice with the same effect.</summary>
    public bool IsIdempotent => Method is "GET" or "HEAD" or "PUT" or "DELETE" or "OPTIONS";

    /// <summary>The path as the spec writes it, parameters unfilled: safe for logs.</summary>
    public string PathTemplate => _template.ToString();

    /// <summary>Appends a literal part of the path template, as the spec writes it.</summary>
    public void AppendPath(string literal)
    {
        _path.Append(literal);
        _template.Append(literal);
    }

    /// <summary>
    /// Appends a path parameter, percent-escaped so that <c>/</c>, <c>\</c>, <c>?</c>, <c>#</c> and <c>%</c> stay
    /// inside its segment. <c>.</c>, <c>..</c> and the empty string are rejected: no escaping survives URI
    /// normalization for them (<c>%2E%2E</c> is <c>..</c> to every URI parser), so they would address another path.
    /// </summary>
    public void AppendPathParameter(string name, string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (value.Length == 0)
        {
            throw new ArgumentException($"The path parameter '{name}' cannot be empty: the request would address another path.", name);
        }

        if (value is "." or "..")
        {
            throw new ArgumentException($"The path parameter '{name}' cannot be a dot segment ('.' or '..'): the request would address another path.", name);
        }

        RejectUnpairedSurrogates(value, name, "path parameter");

        _path.Append(Uri.EscapeDataString(value));
        _template.Append('{').Append(name).Append('}');
    }

    /// <summary>Adds a query parameter; a null value is left out.</summary>
    public void AddQuery(string name, string? value)
    {
        if (value is not null)
        {
            RejectUnpairedSurrogates(value, name, "query parameter");
            _query.Add(new(name, value));
        }
    }

    /// <summary>Adds an integer query parameter; null is left out.</summary>
    public void AddQuery(string name, long? value) => AddQuery(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number query parameter; null is left out.</summary>
    public void AddQuery(string name, double? value) => AddQuery(name, value?.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Adds a boolean query parameter as <c>true</c>/<c>false</c>; null is left out.</summary>
    public void AddQuery(string name, bool? value) => AddQuery(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds a date-time query parameter in ISO 8601; null is left out.</summary>
    public void AddQuery(string name, DateTimeOffset? value) => AddQuery(name, value is null ? null : FormatValue(value.Value));

    /// <summary>Adds an extensible-enum query parameter by its wire value; null is left out.</summary>
    public void AddQuery<TEnum>(string name, TEnum? value)
        where TEnum : struct, IExtensibleEnum
        => AddQuery(name, value?.Value);

    /// <summary>
    /// Adds an array query parameter in <c>style: form</c>: repeated keys (<c>tag=a&amp;tag=b</c>) when
    /// <paramref name="explode"/>, else one comma-separated value. Null or empty lists are left out.
    /// </summary>
    public void AddQuery(string name, IEnumerable<string>? values, bool explode)
    {
        if (values is null)
        {
            return;
        }

        if (explode)
        {
            foreach (var value in values)
            {
                AddQuery(name, value);
            }
        }
        else
        {
            var joined = string.Join(",", values);
            if (joined.Length > 0)
            {
                AddQuery(name, joined);
            }
        }
    }

    /// <summary>Adds an array of extensible-enum values, as <see cref="AddQuery(string, IEnumerable{string}?, bool)"/>.</summary>
    public void AddQuery<TEnum>(string name, IEnumerable<TEnum>? values, bool explode)
        where TEnum : struct, IExtensibleEnum
        => AddQuery(name, values is null ? null : System.Linq.Enumerable.Select(values, v => v.Value), explode);

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

    /// <summary>Serializes the body once, with its generated converter; retries resend these bytes.</summary>
    public void SetJsonBody<T>(T body, JsonConverter<T> converter)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, body, SharesGenJson.Options);
        }

        Body = buffer.WrittenMemory;
    }

    /// <summary>The path and query, escaped, relative to the base address: <c>/accounts/a1/shares?page=2</c>.</summary>
    public string PathAndQuery
    {
        get
        {
            if (_query.Count == 0)
            {
                return _path.ToString();
            }

            var builder = new StringBuilder(_path.Length + 32).Append(_path);
            for (var i = 0; i < _query.Count; i++)
            {
                builder.Append(i == 0 ? '?' : '&')
                    .Append(Uri.EscapeDataString(_query[i].Key))
                    .Append('=')
                    .Append(Uri.EscapeDataString(_query[i].Value));
            }

            return builder.ToString();
        }
    }

    /// <summary>Formats a non-string path or header value the way the API expects (invariant culture).</summary>
    public static string FormatValue(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc cref="FormatValue(long)"/>
    public static string FormatValue(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc cref="FormatValue(long)"/>
    public static string FormatValue(bool value) => value ? "true" : "false";

    /// <inheritdoc cref="FormatValue(long)"/>
    public static string FormatValue(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Percent-encoding would silently turn an unpaired surrogate into U+FFFD: another value than the one given.</summary>
    private static void RejectUnpairedSurrogates(string value, string name, string kind)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                throw new ArgumentException($"The {kind} '{name}' contains an unpaired surrogate, which cannot be percent-encoded as given.", name);
            }
        }
    }

    /// <summary>The path alone, escaped, as <see cref="PathAndQuery"/> starts.</summary>
    internal string EscapedPath => _path.ToString();
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace SharesGen.Runtime;

/// <summary>
/// The ways one operation accepts to authenticate, as its spec declares them (<c>security</c>): any one of the
/// <see cref="Alternatives"/>, each a set of schemes that must all be presented. Generated code declares one per
/// operation; the client checks the configured <see cref="ApiCredentials"/> against it before anything is sent.
/// </summary>
/// <example>
/// <code>ApiSecurity.ApiKeyHeaders("X-Auth-Email", "X-Auth-Key").Or(ApiSecurity.BearerToken)</code>
/// </example>
public sealed class ApiSecurity
{
    private readonly ApiSecurityScheme[][] _alternatives;

    private ApiSecurity(ApiSecurityScheme[][] alternatives) => _alternatives = alternatives;

    /// <summary>The spec declares nothing: whatever credentials are configured are sent, and none are required.</summary>
    public static ApiSecurity Undeclared { get; } = new(Array.Empty<ApiSecurityScheme[]>());

    /// <summary>The operation may be called without credentials (<c>security: [{}]</c>).</summary>
    public static ApiSecurity Anonymous { get; } = Requires();

    /// <summary>An API token, as <c>Authorization: Bearer …</c> (an HTTP bearer, OAuth2 or OpenID Connect scheme).</summary>
    public static ApiSecurity BearerToken { get; } = Requires(ApiSecurityScheme.Bearer);

    /// <summary>One alternative: every scheme in <paramref name="schemes"/>, together.</summary>
    public static ApiSecurity Requires(params ApiSecurityScheme[] schemes)
    {
        Guard.NotNull(schemes, nameof(schemes));
        if (Array.IndexOf(schemes, null) >= 0)
        {
            throw new ArgumentException("A scheme is null.", nameof(schemes));
        }

        return new(new[] { (ApiSecurityScheme[])schemes.Clone() });
    }

    /// <summary>One alternative of API keys in these headers, all sent together (Cloudflare: <c>X-Auth-Email</c> + <c>X-Auth-Key</c>).</summary>
    public static ApiSecurity ApiKeyHeaders(params string[] headerNames)
    {
        Guard.NotNull(headerNames, nameof(headerNames));
        return Requires(headerNames.Select(ApiSecurityScheme.ApiKeyHeader).ToArray());
    }

    /// <summary>These alternatives, then <paramref name="other"/>'s: any one of them will do.</summary>
    public ApiSecurity Or(ApiSecurity other)
    {
        Guard.NotNull(other, nameof(other));
        return new(_alternatives.Concat(other._alternatives).ToArray());
    }

    /// <summary>The alternatives, in the spec's order; empty when the spec declares none (<see cref="Undeclared"/>).</summary>
    public IReadOnlyList<IReadOnlyList<ApiSecurityScheme>> Alternatives => _alternatives;

    /// <summary>False for <see cref="Undeclared"/>: there is nothing to check credentials against.</summary>
    public bool IsDeclared => _alternatives.Length > 0;

    /// <summary>Whether <paramref name="credentials"/> present every scheme of at least one alternative.</summary>
    internal bool AcceptsCredentials(ApiCredentials credentials)
    {
        foreach (var alternative in _alternatives)
        {
            if (alternative.All(credentials.CanPresent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>X-Auth-Email + X-Auth-Key, or an API token (Authorization: Bearer)</c>; <c>nothing declared</c> for none.</summary>
    public override string ToString()
        => _alternatives.Length == 0
            ? "nothing declared"
            : string.Join(", or ", _alternatives.Select(a => a.Length == 0 ? "no credentials" : string.Join(" + ", a.Select(s => s.ToString()))));
}

/// <summary>One security scheme of a spec, as far as a client's credentials can present it.</summary>
public sealed class ApiSecurityScheme
{
    private ApiSecurityScheme(Kind kind, string name)
    {
        SchemeKind = kind;
        Name = name;
    }

    private enum Kind
    {
        ApiKeyHeader,
        Bearer,
        Other,
    }

    /// <summary>An API token in <c>Authorization: Bearer …</c>.</summary>
    public static ApiSecurityScheme Bearer { get; } = new(Kind.Bearer, "Authorization");

    /// <summary>The header name, or what the scheme is (<see cref="Other"/>).</summary>
    public string Name { get; }

    private Kind SchemeKind { get; }

    /// <summary>An API key sent in the header <paramref name="headerName"/> (<c>type: apiKey, in: header</c>).</summary>
    public static ApiSecurityScheme ApiKeyHeader(string headerName)
    {
        if (string.IsNullOrWhiteSpace(headerName))
        {
            throw new ArgumentException("The header name is empty.", nameof(headerName));
        }

        return new(Kind.ApiKeyHeader, headerName);
    }

    /// <summary>
    /// A scheme no <see cref="ApiCredentials"/> can present (HTTP basic, an API key in the query or a cookie), named by
    /// <paramref name="description"/> for the error that says so.
    /// </summary>
    public static ApiSecurityScheme Other(string description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new ArgumentException("The description is empty.", nameof(description));
        }

        return new(Kind.Other, description);
    }

    internal bool IsBearer => SchemeKind == Kind.Bearer;

    internal bool IsApiKeyHeader(string headerName)
        => SchemeKind == Kind.ApiKeyHeader && string.Equals(Name, headerName, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>X-Auth-Email</c>, <c>an API token (Authorization: Bearer)</c>, or the description of another scheme.</summary>
    public override string ToString() => SchemeKind switch
    {
        Kind.Bearer => "an API token (Authorization: Bearer)",
        _ => Name,
    };
}

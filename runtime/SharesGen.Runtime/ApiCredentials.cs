using System;
using SharesGen.Runtime.Http;
using SharesGen.Runtime.Pipeline;

namespace SharesGen.Runtime;

/// <summary>
/// How a client authenticates: an API token (<c>Authorization: Bearer</c>) or an email with a global API key
/// (<c>X-Auth-Email</c> + <c>X-Auth-Key</c>). The secret never appears in <c>ToString()</c>, exceptions or logs,
/// and is only ever sent to the base address's origin.
/// </summary>
public abstract class ApiCredentials
{
    /// <summary>The variable <see cref="FromEnvironment"/> reads an API token from.</summary>
    public const string TokenVariable = "CLOUDFLARE_API_TOKEN";

    /// <summary>The variable <see cref="FromEnvironment"/> reads the account email from.</summary>
    public const string EmailVariable = "CLOUDFLARE_EMAIL";

    /// <summary>The variable <see cref="FromEnvironment"/> reads the global API key from.</summary>
    public const string KeyVariable = "CLOUDFLARE_API_KEY";

    private protected ApiCredentials()
    {
    }

    /// <summary>
    /// Sends no credentials, and keeps <see cref="ApiClientOptions.Credentials"/> from falling back to the
    /// environment: for public endpoints, tests, or a base address that must never see a real token.
    /// </summary>
    public static ApiCredentials None { get; } = new NoCredentials();

    /// <summary>Authenticates with an API token, sent as <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    /// <exception cref="ArgumentException">The token is empty, or holds a character a header cannot carry (the message never shows it).</exception>
    public static ApiCredentials ApiToken(string token) => new TokenCredentials(Secret(token, nameof(token), "The API token"));

    /// <summary>Authenticates with an account email and its global API key.</summary>
    /// <exception cref="ArgumentException">A value is empty, or holds a character a header cannot carry (the message never shows it).</exception>
    public static ApiCredentials GlobalApiKey(string email, string apiKey)
        => new KeyCredentials(Secret(email, nameof(email), "The email"), Secret(apiKey, nameof(apiKey), "The global API key"));

    /// <summary>
    /// Reads <c>CLOUDFLARE_API_TOKEN</c>, or else <c>CLOUDFLARE_EMAIL</c> with <c>CLOUDFLARE_API_KEY</c>;
    /// null when neither is set.
    /// </summary>
    /// <exception cref="ArgumentException">A variable holds a character a header cannot carry; the message names the variable, never its value.</exception>
    public static ApiCredentials? FromEnvironment()
    {
        var token = Environment.GetEnvironmentVariable(TokenVariable);
        if (!string.IsNullOrWhiteSpace(token))
        {
            return new TokenCredentials(Secret(token!.Trim(), TokenVariable, "The variable " + TokenVariable));
        }

        var email = Environment.GetEnvironmentVariable(EmailVariable);
        var key = Environment.GetEnvironmentVariable(KeyVariable);
        return string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(key)
            ? null
            : new KeyCredentials(Secret(email!.Trim(), EmailVariable, "The variable " + EmailVariable), Secret(key!.Trim(), KeyVariable, "The variable " + KeyVariable));
    }

    /// <summary>Sets the authentication headers of one send.</summary>
    internal abstract void Apply(ApiRequestHeaders headers);

    /// <summary>Removes every header <see cref="Apply"/> sets.</summary>
    internal abstract void Remove(ApiRequestHeaders headers);

    /// <summary>Whether these credentials present <paramref name="scheme"/> (see <see cref="ApiSecurity"/>).</summary>
    internal abstract bool CanPresent(ApiSecurityScheme scheme);

    /// <summary>What these are, for errors: <c>an API token</c>. Never the secret.</summary>
    internal abstract string Description { get; }

    /// <summary>Rejects values that are empty or would break or split a header, without echoing them.</summary>
    private static string Secret(string value, string parameterName, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(what + " is empty.", parameterName);
        }

        HeaderValues.Validate(value, parameterName, what);
        return value;
    }

    private sealed class NoCredentials : ApiCredentials
    {
        internal override void Apply(ApiRequestHeaders headers)
        {
        }

        internal override void Remove(ApiRequestHeaders headers)
        {
        }

        internal override bool CanPresent(ApiSecurityScheme scheme) => false;

        internal override string Description => "no credentials";

        public override string ToString() => "No credentials";
    }

    private sealed class TokenCredentials(string token) : ApiCredentials
    {
        internal override void Apply(ApiRequestHeaders headers) => headers.Set("Authorization", "Bearer " + token);

        internal override void Remove(ApiRequestHeaders headers) => headers.Remove("Authorization");

        internal override bool CanPresent(ApiSecurityScheme scheme) => scheme.IsBearer;

        internal override string Description => "an API token";

        public override string ToString() => "API token (redacted)";
    }

    private sealed class KeyCredentials(string email, string key) : ApiCredentials
    {
        internal override void Apply(ApiRequestHeaders headers)
        {
            headers.Set("X-Auth-Email", email);
            headers.Set("X-Auth-Key", key);
        }

        internal override void Remove(ApiRequestHeaders headers)
        {
            headers.Remove("X-Auth-Email");
            headers.Remove("X-Auth-Key");
        }

        internal override bool CanPresent(ApiSecurityScheme scheme) => scheme.IsApiKeyHeader("X-Auth-Email") || scheme.IsApiKeyHeader("X-Auth-Key");

        internal override string Description => "an email and global API key (X-Auth-Email + X-Auth-Key)";

        public override string ToString() => "Email and global API key (redacted)";
    }
}

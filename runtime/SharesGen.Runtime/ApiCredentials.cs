using System;
using System.Net.Http;

namespace SharesGen.Runtime;

/// <summary>
/// How a client authenticates: an API token (<c>Authorization: Bearer</c>) or an email with a global API key
/// (<c>X-Auth-Email</c> + <c>X-Auth-Key</c>). The secret never appears in <c>ToString()</c>, exceptions or logs.
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
    public static ApiCredentials ApiToken(string token) => new TokenCredentials(HeaderValue(token, nameof(token)));

    /// <summary>Authenticates with an account email and its global API key.</summary>
    public static ApiCredentials GlobalApiKey(string email, string apiKey)
        => new KeyCredentials(HeaderValue(email, nameof(email)), HeaderValue(apiKey, nameof(apiKey)));

    /// <summary>
    /// Reads <c>CLOUDFLARE_API_TOKEN</c>, or else <c>CLOUDFLARE_EMAIL</c> with <c>CLOUDFLARE_API_KEY</c>;
    /// null when neither is set.
    /// </summary>
    public static ApiCredentials? FromEnvironment()
    {
        var token = Environment.GetEnvironmentVariable(TokenVariable);
        if (!string.IsNullOrWhiteSpace(token))
        {
            return ApiToken(token.Trim());
        }

        var email = Environment.GetEnvironmentVariable(EmailVariable);
        var key = Environment.GetEnvironmentVariable(KeyVariable);
        return string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(key) ? null : GlobalApiKey(email.Trim(), key.Trim());
    }

    /// <summary>Adds the authentication headers to one request.</summary>
    internal abstract void Apply(HttpRequestMessage request);

    /// <summary>Rejects values that would break or split a header, without echoing them.</summary>
    private static string HeaderValue(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException("The value contains a control character (such as CR or LF), which a header cannot carry.", parameterName);
            }
        }

        return value;
    }

    private sealed class NoCredentials : ApiCredentials
    {
        internal override void Apply(HttpRequestMessage request)
        {
        }

        public override string ToString() => "No credentials";
    }

    private sealed class TokenCredentials(string token) : ApiCredentials
    {
        internal override void Apply(HttpRequestMessage request)
            => request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);

        public override string ToString() => "API token (redacted)";
    }

    private sealed class KeyCredentials(string email, string key) : ApiCredentials
    {
        internal override void Apply(HttpRequestMessage request)
        {
            request.Headers.TryAddWithoutValidation("X-Auth-Email", email);
            request.Headers.TryAddWithoutValidation("X-Auth-Key", key);
        }

        public override string ToString() => "Email and global API key (redacted)";
    }
}

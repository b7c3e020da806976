using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SharesGen.Testing.Recording;

/// <summary>
/// The credentials a request carried, kept only as a SHA-256 fingerprint: a test can check that the right secret
/// was sent without the record (or a failure message that prints it) ever holding the secret itself.
/// </summary>
internal readonly record struct PresentedCredentials(AuthenticationKind Kind, byte[]? Fingerprint)
{
    public const string Redacted = "[redacted]";

    /// <summary>Headers whose values are never recorded.</summary>
    public static bool IsSecretHeader(string name)
        => name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
            || name.Equals("X-Auth-Key", StringComparison.OrdinalIgnoreCase)
            || name.Equals("X-Auth-Email", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Cookie", StringComparison.OrdinalIgnoreCase);

    /// <summary>The recorded form of a secret header: <c>Bearer [redacted]</c> keeps the scheme, nothing else.</summary>
    public static string Redact(string name, string value)
    {
        if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase))
        {
            var space = value.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 ? value[..space] + " " + Redacted : Redacted;
        }

        return Redacted;
    }

    /// <summary>What the request presented: an API token wins over an email and key, as Cloudflare reads them.</summary>
    public static PresentedCredentials Inspect(IHeaderDictionary headers)
    {
        var authorization = headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization[7..].Trim().Length > 0)
        {
            return new(AuthenticationKind.ApiToken, ApiTokenFingerprint(authorization[7..].Trim()));
        }

        var email = headers["X-Auth-Email"].ToString();
        var key = headers["X-Auth-Key"].ToString();
        if (email.Trim().Length > 0 && key.Trim().Length > 0)
        {
            return new(AuthenticationKind.GlobalApiKey, GlobalApiKeyFingerprint(email, key));
        }

        return new(AuthenticationKind.None, null);
    }

    public static byte[] ApiTokenFingerprint(string token) => Hash("token\n" + token);

    public static byte[] GlobalApiKeyFingerprint(string email, string key) => Hash("key\n" + email + "\n" + key);

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}

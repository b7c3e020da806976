using System;

namespace SharesGen.Runtime;

/// <summary>
/// The client's credentials match none of the ways the operation's spec accepts to authenticate (an API token where
/// the spec declares only <c>X-Auth-Email</c> + <c>X-Auth-Key</c>, or no credentials at all), so nothing was sent.
/// Configure credentials the operation accepts, or set <see cref="ApiClientOptions.SendUndeclaredCredentials"/> to
/// send them anyway. Never carries a secret: it names kinds of credentials, not values.
/// </summary>
public sealed class ApiCredentialsMismatchException : InvalidOperationException
{
    internal ApiCredentialsMismatchException(string operationId, ApiSecurity accepted, string configured)
        : base(Describe(operationId, accepted, configured))
    {
        OperationId = operationId;
        Accepted = accepted;
    }

    /// <summary>The spec's operationId of the call that was not sent.</summary>
    public string OperationId { get; }

    /// <summary>The alternatives the operation accepts, as its spec declares them.</summary>
    public ApiSecurity Accepted { get; }

    private static string Describe(string operationId, ApiSecurity accepted, string configured)
        => SafeText.Printable(operationId, 200) + " accepts " + SafeText.Printable(accepted.ToString(), 500)
           + "; the client is configured with " + configured + ", which its spec does not declare. Nothing was sent. "
           + "Set ApiClientOptions.Credentials to credentials the operation accepts, or set "
           + "ApiClientOptions.SendUndeclaredCredentials to send these anyway.";
}

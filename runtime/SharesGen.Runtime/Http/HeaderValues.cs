using System;

namespace SharesGen.Runtime.Http;

/// <summary>
/// The one rule for what may go into a request header: a value of visible ASCII and spaces (RFC 9110's
/// <c>field-value</c> without obs-text), a name that is an RFC 9110 token. Checked where a value is created
/// (credentials, options, arguments), so a bad value fails there, and never echoed: it may be a secret.
/// </summary>
internal static class HeaderValues
{
    /// <summary>Throws unless <paramref name="value"/> can be sent as a header value unchanged.</summary>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The argument or option that carried it, for the exception.</param>
    /// <param name="what">What the value is, in the message: "The API token", "ApiClientOptions.UserAgent".</param>
    public static void Validate(string value, string parameterName, string what)
    {
        if (!IsSendable(value))
        {
            throw new ArgumentException(
                what + " contains a character a header cannot carry (a control character such as CR or LF, or a character outside visible ASCII); the value is not shown.",
                parameterName);
        }
    }

    /// <summary>True when every character is a space or visible ASCII (0x20-0x7E).</summary>
    public static bool IsSendable(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws unless <paramref name="name"/> is a header name (an RFC 9110 token).</summary>
    public static void ValidateName(string name, string parameterName)
    {
        if (string.IsNullOrEmpty(name) || !IsToken(name))
        {
            throw new ArgumentException("The header name is not an HTTP token (letters, digits and !#$%&'*+-.^_`|~ only).", parameterName);
        }
    }

    private static bool IsToken(string name)
    {
        foreach (var c in name)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}

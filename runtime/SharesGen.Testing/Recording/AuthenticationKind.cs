namespace SharesGen.Testing;

/// <summary>Which credentials a request carried.</summary>
public enum AuthenticationKind
{
    /// <summary>Neither an API token nor an email with a global API key.</summary>
    None,

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    ApiToken,

    /// <summary><c>X-Auth-Email</c> with <c>X-Auth-Key</c>.</summary>
    GlobalApiKey,
}

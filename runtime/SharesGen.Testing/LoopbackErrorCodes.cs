namespace SharesGen.Testing;

/// <summary>
/// The <c>errors[].code</c> values the loopback server answers with. Where Cloudflare's own code for a failure is
/// known (authentication, routing, malformed JSON) the server uses it; the others are the kit's own, all at or
/// above the spec's minimum of 1000.
/// </summary>
public static class LoopbackErrorCodes
{
    /// <summary>The default code of a failure injected with <see cref="LoopbackApiServer.FailNext"/>.</summary>
    public const int InjectedFailure = 1000;

    /// <summary>A body or query member is missing, has the wrong type, or breaks a constraint of the spec (HTTP 400).</summary>
    public const int ValidationFailed = 1001;

    /// <summary>A share, recipient, resource or excluded recipient does not exist for this account (HTTP 404).</summary>
    public const int NotFound = 1002;

    /// <summary>The loopback server itself failed (HTTP 500): a bug in the kit, never an expected answer.</summary>
    public const int InternalError = 1003;

    /// <summary>The body is not well-formed JSON, or is missing (HTTP 400), as Cloudflare answers.</summary>
    public const int MalformedJson = 6007;

    /// <summary>
    /// No route for the URI (HTTP 404), or a path identifier that cannot be one (longer than 32 characters,
    /// HTTP 400), as Cloudflare answers.
    /// </summary>
    public const int NoRoute = 7003;

    /// <summary>
    /// The route exists but not with this method (HTTP 405, with an <c>Allow</c> header); only answered when the server
    /// holds requests to a contract (<see cref="LoopbackApiServerOptions.Contract"/>). The kit's own code.
    /// </summary>
    public const int MethodNotAllowed = 7001;

    /// <summary>
    /// Neither <c>Authorization: Bearer</c> nor <c>X-Auth-Email</c> with <c>X-Auth-Key</c> was sent (HTTP 401).
    /// </summary>
    public const int AuthenticationError = 10000;
}

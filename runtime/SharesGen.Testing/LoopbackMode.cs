namespace SharesGen.Testing;

/// <summary>What a <see cref="LoopbackApiServer"/> answers once a request has passed its checks.</summary>
public enum LoopbackMode
{
    /// <summary>
    /// Behave like the API: shares, recipients, resources and excluded recipients are kept, so what a test creates
    /// it can then list, read, change and delete. The default.
    /// </summary>
    Stateful,

    /// <summary>
    /// Answer every operation with its success status and the spec's response example, whatever was sent (after
    /// the request passed the contract). Needs <see cref="LoopbackApiServerOptions.Contract"/>.
    /// </summary>
    Examples,
}

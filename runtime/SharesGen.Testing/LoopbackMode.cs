namespace SharesGen.Testing;

/// <summary>What a <see cref="LoopbackApiServer"/> answers once a request has passed its checks.</summary>
public enum LoopbackMode
{
    /// <summary>
    /// Behave like the API, as the spec's paths describe it: what a test creates it can then list, read, change and
    /// delete (see the kit's README for how collections, ids, nesting and pages follow from the spec). The default.
    /// </summary>
    Stateful,

    /// <summary>
    /// Answer every operation with its success status and the spec's response example, whatever was sent (after the
    /// request passed the contract); where the spec has no example, with one made up from its schemas, the same for
    /// the same <see cref="LoopbackApiServerOptions.Seed"/>.
    /// </summary>
    Examples,
}

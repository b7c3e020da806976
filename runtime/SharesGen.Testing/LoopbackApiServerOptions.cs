using System;
using SharesGen.Runtime.Contracts;

namespace SharesGen.Testing;

/// <summary>How a <see cref="LoopbackApiServer"/> behaves; every setting has a default that suits most tests.</summary>
public sealed class LoopbackApiServerOptions
{
    /// <summary>The clock for <c>created</c>/<c>modified</c>; pass a fixed one for exact assertions.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The <c>organization_id</c> of accounts not registered with <see cref="SharingState.RegisterAccount"/>.</summary>
    public string DefaultOrganizationId { get; set; } = "2d3f5c7a9b1e4f6d8c0a2b4e6f8d0c1a";

    /// <summary>Whether every response carries a <c>cf-ray</c> header, as Cloudflare's do. Default: true.</summary>
    public bool SendRayIds { get; set; } = true;

    /// <summary>The largest request body accepted, in bytes. Default: 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The API contract to hold every request to, e.g. the generated <c>SharesClientContract.Contract</c>: when set,
    /// a request is checked against the operation it addresses (route, method, credentials, path and query
    /// parameters, JSON body) before anything else answers it, and one that breaks the contract gets a failure
    /// envelope naming every violation. Null (the default): only the checks the stateful API makes itself.
    /// </summary>
    public ApiContract? Contract { get; set; }

    /// <summary>
    /// Whether the server keeps state (<see cref="LoopbackMode.Stateful"/>, the default) or answers with the spec's
    /// examples (<see cref="LoopbackMode.Examples"/>, which needs <see cref="Contract"/>).
    /// </summary>
    public LoopbackMode Mode { get; set; } = LoopbackMode.Stateful;
}

using System;

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
}

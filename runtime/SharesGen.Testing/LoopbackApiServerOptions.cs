using System;
using SharesGen.Testing.Contracts;

namespace SharesGen.Testing;

/// <summary>How a <see cref="LoopbackApiServer"/> behaves; every setting but <see cref="Contract"/> has a default that suits most tests.</summary>
public sealed class LoopbackApiServerOptions
{
    /// <summary>
    /// The API the server speaks, e.g. the generated <c>SharesClientContract.Contract</c>, or
    /// <see cref="ApiContract"/> read from a spec by the kit's command. Every request is held to it (route, method,
    /// credentials, parameters, JSON body) before anything answers it, and the stateful behaviour derives from its
    /// paths and schemas. Required.
    /// </summary>
    public ApiContract? Contract { get; set; }

    /// <summary>Whether the server keeps state (<see cref="LoopbackMode.Stateful"/>, the default) or answers with examples.</summary>
    public LoopbackMode Mode { get; set; } = LoopbackMode.Stateful;

    /// <summary>What the spec cannot say about this API (e.g. <see cref="Profiles.ResourceSharingProfile"/>); null for none.</summary>
    public LoopbackProfile? Profile { get; set; }

    /// <summary>Seeds every made-up id and value: the same seed and requests give the same answers. Default: 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The page size of lists whose spec names no default (cursor pages, <c>per_page</c> without a default). Default: 20.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The clock for made-up timestamps (<c>created</c>, <c>modified_on</c>); pass a fixed one for exact assertions.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Whether every response carries a <c>cf-ray</c> header, as Cloudflare's do. Default: true.</summary>
    public bool SendRayIds { get; set; } = true;

    /// <summary>The largest request body accepted, in bytes. Default: 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The port on 127.0.0.1 to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }
}

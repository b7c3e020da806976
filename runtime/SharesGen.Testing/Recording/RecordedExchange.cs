using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace SharesGen.Testing;

/// <summary>
/// One request the loopback server received and the response it gave, as they were on the wire. The values of
/// credential headers are redacted; <see cref="PresentedApiToken"/> and <see cref="PresentedGlobalApiKey"/> check
/// them against a fingerprint instead.
/// </summary>
public sealed class RecordedExchange
{
    private readonly byte[]? _credentialFingerprint;

    internal RecordedExchange(byte[]? credentialFingerprint)
    {
        _credentialFingerprint = credentialFingerprint;
    }

    /// <summary>The order the server received this request in, from 1.</summary>
    public required int Sequence { get; init; }

    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The request target exactly as sent, escaping included: <c>/client/v4/accounts/…/shares?tag=env%3Dprod</c>.</summary>
    public required string PathAndQuery { get; init; }

    /// <summary>The path part of <see cref="PathAndQuery"/>.</summary>
    public string Path => PathAndQuery.IndexOf('?', StringComparison.Ordinal) is var i and >= 0 ? PathAndQuery[..i] : PathAndQuery;

    /// <summary>The query part of <see cref="PathAndQuery"/> without the <c>?</c>; empty when there is none.</summary>
    public string Query => PathAndQuery.IndexOf('?', StringComparison.Ordinal) is var i and >= 0 ? PathAndQuery[(i + 1)..] : string.Empty;

    /// <summary>The request headers (names case-insensitive, repeated values joined with <c>, </c>); credentials redacted.</summary>
    public required IReadOnlyDictionary<string, string> RequestHeaders { get; init; }

    /// <summary>The request body as text; empty when there was none.</summary>
    public required string RequestBody { get; init; }

    /// <summary>Which credentials the request carried.</summary>
    public required AuthenticationKind Authentication { get; init; }

    /// <summary>The response status code.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The response headers (names case-insensitive).</summary>
    public required IReadOnlyDictionary<string, string> ResponseHeaders { get; init; }

    /// <summary>The response body as text; empty for a 204.</summary>
    public required string ResponseBody { get; init; }

    /// <summary>True when the response was a canned one (<see cref="LoopbackApiServer.EnqueueResponse(CannedResponse)"/>).</summary>
    public required bool WasCanned { get; init; }

    /// <summary>
    /// The operationId of the contract's operation the request addressed; null without a
    /// <see cref="LoopbackApiServerOptions.Contract"/>, or when no operation matched (404, 405, canned responses).
    /// </summary>
    public string? OperationId { get; init; }

    /// <summary>The request's <c>Content-Type</c>, or null.</summary>
    public string? ContentType => RequestHeaders.TryGetValue("Content-Type", out var value) ? value : null;

    /// <summary>The response's <c>cf-ray</c>, or null.</summary>
    public string? RayId => ResponseHeaders.TryGetValue(SharesGen.Runtime.CloudflareHeaders.RayId, out var value) ? value : null;

    /// <summary>The decoded values of a query parameter, in order: <c>["a", "b"]</c> for <c>tag=a&amp;tag=b</c>.</summary>
    public IReadOnlyList<string> QueryValues(string name)
        => QueryHelpers.ParseQuery(Query).TryGetValue(name, out var values) ? values.Select(v => v ?? string.Empty).ToArray() : [];

    /// <summary>The names of the query parameters, in order of first appearance.</summary>
    public IReadOnlyList<string> QueryNames()
        => QueryHelpers.ParseQuery(Query).Keys.ToArray();

    /// <summary>The request body parsed as JSON; null when there was none.</summary>
    public JsonNode? RequestJson() => RequestBody.Length == 0 ? null : JsonNode.Parse(RequestBody);

    /// <summary>The response body parsed as JSON; null when there was none.</summary>
    public JsonNode? ResponseJson() => ResponseBody.Length == 0 ? null : JsonNode.Parse(ResponseBody);

    /// <summary>True when the request carried exactly this API token (compared by fingerprint; the token is never stored).</summary>
    public bool PresentedApiToken(string token)
        => Authentication == AuthenticationKind.ApiToken && Matches(Recording.PresentedCredentials.ApiTokenFingerprint(token));

    /// <summary>True when the request carried exactly this email and global API key (compared by fingerprint).</summary>
    public bool PresentedGlobalApiKey(string email, string apiKey)
        => Authentication == AuthenticationKind.GlobalApiKey && Matches(Recording.PresentedCredentials.GlobalApiKeyFingerprint(email, apiKey));

    /// <summary><c>#3 POST /client/v4/accounts/…/shares -> 201</c>.</summary>
    public override string ToString()
        => $"#{Sequence.ToString(CultureInfo.InvariantCulture)} {Method} {PathAndQuery} -> {StatusCode.ToString(CultureInfo.InvariantCulture)}{(WasCanned ? " (canned)" : string.Empty)}";

    private bool Matches(byte[] fingerprint)
        => _credentialFingerprint is not null && CryptographicOperations.FixedTimeEquals(_credentialFingerprint, fingerprint);
}

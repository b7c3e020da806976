using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SharesGen.Runtime.Http;
using SharesGen.Runtime.Pipeline;

namespace SharesGen.Runtime;

/// <summary>
/// Sends the requests of a generated client through a pipeline of small policies (see
/// <see cref="ApiClientOptions.AddPolicy"/> for the order) and returns the typed result with its response.
/// Generated code calls it; consumers rarely need to.
/// </summary>
public sealed class ApiPipeline
{
    private static readonly string DefaultUserAgent = "SharesGen/" + (typeof(ApiPipeline).Assembly.GetName().Version?.ToString(3) ?? "0");

    private readonly ApiPipelinePolicy[] _policies;
    private readonly Uri _baseAddress;
    private readonly string _baseUri;
    private readonly string _basePath;
    private readonly string _userAgent;
    private readonly ApiCredentials _credentials;
    private readonly bool _sendUndeclaredCredentials;

    /// <summary>
    /// Creates the pipeline of one client with the runtime's own connection handling: pooled connections shared by
    /// every such client, no automatic redirects (the pipeline follows same-origin ones itself), no cookies.
    /// </summary>
    /// <param name="options">Address, credentials, timeout, retries.</param>
    /// <param name="defaultBaseAddress">The spec's server, used when the options set none.</param>
    public ApiPipeline(ApiClientOptions options, string? defaultBaseAddress)
        : this(RuntimeHttpHandler.Shared, options, defaultBaseAddress)
    {
    }

    /// <summary>Creates the pipeline of one client that sends through <paramref name="httpClient"/>.</summary>
    /// <param name="httpClient">
    /// Sends the requests; the caller owns it. Build it on a handler with <c>AllowAutoRedirect = false</c>: a
    /// handler that follows redirects by itself sends the credentials wherever a server points it, before the
    /// pipeline can refuse the response.
    /// </param>
    /// <param name="options">Address, credentials, timeout, retries.</param>
    /// <param name="defaultBaseAddress">The spec's server, used when neither the options nor the client set one.</param>
    public ApiPipeline(HttpClient httpClient, ApiClientOptions options, string? defaultBaseAddress)
    {
        Guard.NotNull(httpClient, nameof(httpClient));
        Guard.NotNull(options, nameof(options));
        _baseAddress = BaseAddressOf(options.BaseAddress ?? httpClient.BaseAddress ?? (defaultBaseAddress is null ? null : new Uri(defaultBaseAddress, UriKind.Absolute)), options.AllowInsecureHttp);
        _baseUri = _baseAddress.AbsoluteUri.TrimEnd('/');
        _basePath = _baseAddress.AbsolutePath.TrimEnd('/');
        _userAgent = options.UserAgent ?? DefaultUserAgent;
        var credentials = options.Credentials ?? ApiCredentials.FromEnvironment();
        _credentials = credentials ?? ApiCredentials.None;
        _sendUndeclaredCredentials = options.SendUndeclaredCredentials;
        _policies = ApiPipelineBuilder.Build(httpClient, options, credentials);
    }

    /// <summary>The policies every call passes through, outermost first.</summary>
    internal IReadOnlyList<ApiPipelinePolicy> Policies => _policies;

    /// <summary>Sends a request whose success has no body to read (e.g. 204).</summary>
    public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var message = await RunAsync(request, ResponseShape.Nothing, cancellationToken).ConfigureAwait(false);
        return new ApiResponse(request.OperationId, message.Response!.StatusCode, message.Response.Headers, message.Envelope!);
    }

    /// <summary>Sends a request and returns the envelope's <c>result</c>, read by <paramref name="converter"/>.</summary>
    public async Task<ApiResponse<T>> SendForResultAsync<T>(ApiRequest request, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        var shape = new SingleResultShape<T>(converter);
        using var message = await RunAsync(request, shape, cancellationToken).ConfigureAwait(false);
        return new ApiResponse<T>(request.OperationId, message.Response!.StatusCode, message.Response.Headers, message.Envelope!, shape.Value!);
    }

    /// <summary>Sends a request whose <c>result</c> is an array; <c>result_info</c> is kept for paging.</summary>
    public async Task<ApiResponse<IReadOnlyList<T>>> SendForListAsync<T>(ApiRequest request, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        var shape = new ListResultShape<T>(converter);
        using var message = await RunAsync(request, shape, cancellationToken).ConfigureAwait(false);
        return new ApiResponse<IReadOnlyList<T>>(request.OperationId, message.Response!.StatusCode, message.Response.Headers, message.Envelope!, shape.Items!);
    }

    /// <summary>Sends a request whose body is the value itself, with no envelope.</summary>
    public async Task<ApiResponse<T>> SendForBodyAsync<T>(ApiRequest request, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        var shape = new BareBodyShape<T>(converter);
        using var message = await RunAsync(request, shape, cancellationToken).ConfigureAwait(false);
        return new ApiResponse<T>(request.OperationId, message.Response!.StatusCode, message.Response.Headers, message.Envelope!, shape.Value!);
    }

    private async Task<ApiMessage> RunAsync(ApiRequest request, ResponseShape shape, CancellationToken cancellationToken)
    {
        Guard.NotNull(request, nameof(request));
        EnsureCredentialsFit(request);
        var message = new ApiMessage(request, Resolve(request), _baseAddress, shape, cancellationToken);
        try
        {
            message.Headers.Set("Accept", "application/json");
            message.Headers.Set("User-Agent", _userAgent);
            foreach (var header in request.Headers)
            {
                message.Headers.Set(header.Key, header.Value);
            }

            await _policies[0].ProcessAsync(message, _policies.AsMemory(1)).ConfigureAwait(false);
            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Refuses, before anything is sent, a call whose credentials the operation's spec does not accept: the server would
    /// answer 401, or worse, a credential would go where the spec never said it should.
    /// </summary>
    private void EnsureCredentialsFit(ApiRequest request)
    {
        if (request.Security.IsDeclared && !_sendUndeclaredCredentials && !request.Security.AcceptsCredentials(_credentials))
        {
            throw new ApiCredentialsMismatchException(request.OperationId, request.Security, _credentials.Description);
        }
    }

    /// <summary>
    /// The request's absolute address, refused when <see cref="Uri"/> would not send exactly the escaped path
    /// the request built: every path parameter addresses its own template segment, or nothing is sent.
    /// </summary>
    private Uri Resolve(ApiRequest request)
    {
        var path = request.EscapedPath;
        var uri = new Uri(_baseUri + request.PathAndQuery, UriKind.Absolute);
        var expected = _basePath + path;

        // Compared unescaped: Uri may escape what a spec's literal path leaves raw (a space, a quote), which
        // changes nothing; what it must not do is drop a segment or turn a character into a separator.
        if (!string.Equals(Uri.UnescapeDataString(uri.AbsolutePath), Uri.UnescapeDataString(expected.Length == 0 ? "/" : expected), StringComparison.Ordinal))
        {
            throw new ArgumentException($"The path of {request.OperationId} would be rewritten by URI normalization (a dot segment or similar in a parameter); nothing was sent.", nameof(request));
        }

        return uri;
    }

    private static Uri BaseAddressOf(Uri? baseAddress, bool allowInsecureHttp)
    {
        if (baseAddress is null)
        {
            throw new InvalidOperationException("No base address: set ApiClientOptions.BaseAddress or HttpClient.BaseAddress.");
        }

        if (!baseAddress.IsAbsoluteUri || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("ApiClientOptions.BaseAddress must be an absolute http or https address.", "options.BaseAddress");
        }

        if (!string.IsNullOrEmpty(baseAddress.UserInfo) || !string.IsNullOrEmpty(baseAddress.Query) || !string.IsNullOrEmpty(baseAddress.Fragment))
        {
            throw new ArgumentException("ApiClientOptions.BaseAddress must not carry user info, a query or a fragment.", "options.BaseAddress");
        }

        if (baseAddress.Scheme == Uri.UriSchemeHttp && !baseAddress.IsLoopback && !allowInsecureHttp)
        {
            throw new InvalidOperationException($"The base address {Origin.Describe(baseAddress)} is plain HTTP: credentials would travel in clear text. Use HTTPS, a loopback address, or set ApiClientOptions.AllowInsecureHttp.");
        }

        return baseAddress;
    }
}

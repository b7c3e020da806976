using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SharesGen.Runtime.Http;
using SharesGen.Runtime.Pipeline;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime;

/// <summary>
/// Sends the requests of a generated client through a pipeline of small policies (see
/// <see cref="ApiClientOptions.AddPolicy"/> for the order) and returns the call: an <see cref="ApiCall{T}"/>, started,
/// or for a paginated list an <see cref="AsyncPageable{T}"/>. Generated code calls it; consumers rarely need to.
/// What can be refused without sending (credentials the operation does not accept, a path URI normalization would
/// rewrite, a bad header) is refused when the call is made, not when it is awaited.
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

    /// <summary>Starts a call whose success has no body to read (e.g. 204).</summary>
    /// <param name="request">The request, built by the generated method.</param>
    /// <param name="options">The caller's per-call settings; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiCredentialsMismatchException">The credentials match none of the operation's alternatives; nothing was sent.</exception>
    public ApiCall Send(ApiRequest request, ApiCallOptions? options, CancellationToken cancellationToken)
    {
        var uri = Prepare(request, options);
        return new ApiCall(RunAsync(request, uri, ResponseShape.Nothing, options, cancellationToken, static (request, message, _) => ApiResponse.From(request.OperationId, message.Response!, message.Envelope!)));
    }

    /// <summary>Starts a call whose body is not JSON: its bytes, as received (an image, a packet capture).</summary>
    public ApiCall<byte[]> SendForBytes(ApiRequest request, ApiCallOptions? options, CancellationToken cancellationToken)
    {
        var uri = Prepare(request, options);
        return new ApiCall<byte[]>(SendForValueAsync(request, uri, new BytesBodyShape(), options, cancellationToken));
    }

    /// <summary>Starts a call whose body is text (<c>text/plain</c>, a script), decoded as UTF-8.</summary>
    public ApiCall<string> SendForText(ApiRequest request, ApiCallOptions? options, CancellationToken cancellationToken)
    {
        var uri = Prepare(request, options);
        return new ApiCall<string>(SendForValueAsync(request, uri, new TextBodyShape(), options, cancellationToken));
    }

    /// <summary>Starts a call whose envelope's <c>result</c> is one value, read by <paramref name="converter"/>.</summary>
    /// <inheritdoc cref="Send(ApiRequest, ApiCallOptions?, CancellationToken)"/>
    public ApiCall<T> Send<T>(ApiRequest request, JsonConverter<T> converter, ApiCallOptions? options, CancellationToken cancellationToken)
    {
        var uri = Prepare(request, options);
        return new ApiCall<T>(SendForValueAsync(request, uri, new SingleResultShape<T>(converter), options, cancellationToken));
    }

    /// <summary>
    /// Starts a call whose envelope's <c>result</c> is one value that the spec lets be absent: a <c>null</c> body, or
    /// <c>result: null</c>, is a success whose value is null.
    /// </summary>
    /// <inheritdoc cref="Send(ApiRequest, ApiCallOptions?, CancellationToken)"/>
    public ApiCall<T?> SendOptional<T>(ApiRequest request, JsonConverter<T> converter, ApiCallOptions? options, CancellationToken cancellationToken)
    {
        var uri = Prepare(request, options);
        return new ApiCall<T?>(SendForOptionalValueAsync(request, uri, new SingleResultShape<T>(converter, optional: true), options, cancellationToken));
    }

    /// <summary>Starts a call whose envelope's <c>result</c> is an array, read item by item.</summary>
    /// <inheritdoc cref="Send(ApiRequest, ApiCallOptions?, CancellationToken)"/>
    public ApiCall<IReadOnlyList<T>> SendForList<T>(ApiRequest request, JsonConverter<T> converter, ApiCallOptions? options, CancellationToken cancellationToken)
    {
        var uri = Prepare(request, options);
        return new ApiCall<IReadOnlyList<T>>(SendForListAsync(request, uri, converter, options, cancellationToken));
    }

    /// <summary>Starts a call whose body is the value itself, with no envelope.</summary>
    /// <inheritdoc cref="Send(ApiRequest, ApiCallOptions?, CancellationToken)"/>
    public ApiCall<T> SendForBody<T>(ApiRequest request, JsonConverter<T> converter, ApiCallOptions? options, CancellationToken cancellationToken)
    {
        var uri = Prepare(request, options);
        return new ApiCall<T>(SendForValueAsync(request, uri, new BareBodyShape<T>(converter), options, cancellationToken));
    }

    /// <summary>Starts a call whose body is the value itself, which the spec lets be <c>null</c>: then a success whose value is null.</summary>
    /// <inheritdoc cref="Send(ApiRequest, ApiCallOptions?, CancellationToken)"/>
    public ApiCall<T?> SendForOptionalBody<T>(ApiRequest request, JsonConverter<T> converter, ApiCallOptions? options, CancellationToken cancellationToken)
    {
        var uri = Prepare(request, options);
        return new ApiCall<T?>(SendForOptionalValueAsync(request, uri, new BareBodyShape<T>(converter, optional: true), options, cancellationToken));
    }

    /// <summary>
    /// A paginated list: nothing is sent until it is enumerated; then page after page, each asked for by setting the
    /// query parameter <paramref name="pageParameter"/> (the request's own value of it is the first page asked for).
    /// </summary>
    /// <param name="request">The request of the first page, built by the generated method.</param>
    /// <param name="converter">Reads one item.</param>
    /// <param name="pageParameter">The query parameter that selects a page; null when the operation has none, and the first page is all there is.</param>
    /// <param name="options">The caller's per-call settings, applied to every page; null for none.</param>
    /// <param name="cancellationToken">Cancels the walk, with the token the enumeration is given.</param>
    /// <exception cref="ApiCredentialsMismatchException">The credentials match none of the operation's alternatives; nothing was sent.</exception>
    public AsyncPageable<T> SendForPages<T>(ApiRequest request, JsonConverter<T> converter, string? pageParameter, ApiCallOptions? options, CancellationToken cancellationToken)
    {
        var firstUri = Prepare(request, options);
        long? startPage = pageParameter is not null && request.QueryValue(pageParameter) is { } given
            && long.TryParse(given, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
        return AsyncPageable.ByPageNumber<T>(
            async (page, token) =>
            {
                var (pageRequest, uri) = page is { } n && pageParameter is not null && n != startPage
                    ? (request.WithQueryValue(pageParameter, ApiRequest.FormatValue(n)), null)
                    : (request, firstUri);
                return new Page<T>(await SendForListAsync(pageRequest, uri, converter, options, token).ConfigureAwait(false));
            },
            startPage,
            followPages: pageParameter is not null,
            cancellationToken);
    }

    /// <summary>What every call checks before it starts (nothing is sent when one fails); returns the request's address.</summary>
    private Uri Prepare(ApiRequest request, ApiCallOptions? options)
    {
        Guard.NotNull(request, nameof(request));
        EnsureCredentialsFit(request);
        var uri = Resolve(request);
        if (options?.HeadersOrNull is { } headers)
        {
            foreach (var header in headers)
            {
                HeaderValues.ValidateName(header.Key, "options.Headers");
                HeaderValues.Validate(header.Value ?? throw new ArgumentException("The header '" + header.Key + "' of ApiCallOptions.Headers is null.", "options.Headers"), "options.Headers", "The header '" + header.Key + "' of ApiCallOptions.Headers");
            }
        }

        return uri;
    }

    private Task<ApiResponse<T>> SendForValueAsync<T>(ApiRequest request, Uri uri, ValueShape<T> shape, ApiCallOptions? options, CancellationToken cancellationToken)
        => RunAsync(request, uri, shape, options, cancellationToken, static (request, message, shape) => ApiResponse<T>.From(request.OperationId, message.Response!, message.Envelope!, ((ValueShape<T>)shape).Value!));

    private Task<ApiResponse<T?>> SendForOptionalValueAsync<T>(ApiRequest request, Uri uri, ValueShape<T> shape, ApiCallOptions? options, CancellationToken cancellationToken)
        => RunAsync(request, uri, shape, options, cancellationToken, static (request, message, shape) => ApiResponse<T?>.From(request.OperationId, message.Response!, message.Envelope!, ((ValueShape<T>)shape).Value));

    private Task<ApiResponse<IReadOnlyList<T>>> SendForListAsync<T>(ApiRequest request, Uri? uri, JsonConverter<T> converter, ApiCallOptions? options, CancellationToken cancellationToken)
        => RunAsync(request, uri, new ListResultShape<T>(converter), options, cancellationToken, static (request, message, shape) => ApiResponse<IReadOnlyList<T>>.From(request.OperationId, message.Response!, message.Envelope!, ((ListResultShape<T>)shape).Items!));

    /// <summary>Runs the pipeline; <paramref name="uri"/> is the request's address when already resolved.</summary>
    private async Task<TResponse> RunAsync<TResponse>(ApiRequest request, Uri? uri, ResponseShape shape, ApiCallOptions? options, CancellationToken cancellationToken, Func<ApiRequest, ApiMessage, ResponseShape, TResponse> complete)
    {
        using var message = new ApiMessage(request, uri ?? Resolve(request), _baseAddress, shape, options, cancellationToken);
        message.Headers.Set("Accept", "application/json");
        message.Headers.Set("User-Agent", _userAgent);
        foreach (var header in request.Headers)
        {
            message.Headers.Set(header.Key, header.Value);
        }

        if (options?.HeadersOrNull is { } extra)
        {
            foreach (var header in extra)
            {
                message.Headers.Set(header.Key, header.Value);
            }
        }

        await _policies[0].ProcessAsync(message, _policies.AsMemory(1)).ConfigureAwait(false);
        return complete(request, message, shape);
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

    /// <summary>The base address, or an exception naming what makes it unusable (also start-up validation's check).</summary>
    internal static Uri BaseAddressOf(Uri? baseAddress, bool allowInsecureHttp)
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

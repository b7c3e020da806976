using System;
using System.Buffers;
using System.Diagnostics;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using SharesGen.Runtime.Serialization;

namespace SharesGen.Runtime;

/// <summary>
/// Sends the requests of a generated client: resolves the address, adds credentials, retries transient
/// failures (Polly), enforces the timeout and the body limit, reads the envelope and raises
/// <see cref="ApiException"/>. Generated code calls it; consumers rarely need to.
/// </summary>
public sealed class ApiPipeline
{
    private static readonly string DefaultUserAgent = "SharesGen/" + (typeof(ApiPipeline).Assembly.GetName().Version?.ToString(3) ?? "0");

    private readonly HttpClient _httpClient;
    private readonly ApiClientOptions _options;
    private readonly ApiCredentials? _credentials;
    private readonly string _baseAddress;
    private readonly ResiliencePipeline<RawResponse> _idempotent;
    private readonly ResiliencePipeline<RawResponse> _nonIdempotent;

    /// <summary>Creates the pipeline of one client.</summary>
    /// <param name="httpClient">Sends the requests; the caller owns it.</param>
    /// <param name="options">Address, credentials, timeout, retries.</param>
    /// <param name="defaultBaseAddress">The spec's server, used when neither the options nor the client set one.</param>
    public ApiPipeline(HttpClient httpClient, ApiClientOptions options, string? defaultBaseAddress)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _httpClient = httpClient;
        _options = options;
        _credentials = options.Credentials ?? ApiCredentials.FromEnvironment();
        var baseAddress = options.BaseAddress ?? httpClient.BaseAddress ?? (defaultBaseAddress is null ? null : new Uri(defaultBaseAddress, UriKind.Absolute))
            ?? throw new InvalidOperationException("No base address: set ApiClientOptions.BaseAddress or HttpClient.BaseAddress.");
        if (baseAddress.Scheme == Uri.UriSchemeHttp && !baseAddress.IsLoopback && !options.AllowInsecureHttp)
        {
            throw new InvalidOperationException($"The base address {baseAddress.GetLeftPart(UriPartial.Authority)} is plain HTTP: credentials would travel in clear text. Use HTTPS, a loopback address, or set ApiClientOptions.AllowInsecureHttp.");
        }

        _baseAddress = baseAddress.AbsoluteUri.TrimEnd('/');
        _idempotent = RetryPolicy.Create(options.Retry, idempotent: true);
        _nonIdempotent = RetryPolicy.Create(options.Retry, idempotent: false);
    }

    /// <summary>Sends a request whose success has no body to read (e.g. 204).</summary>
    public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var response = await ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        var envelope = response.Body.Length == 0 ? Envelope.Empty : Parse(request, response, static body => EnvelopeReader.ReadWithoutResult(body));
        return new ApiResponse(response.StatusCode, response.Headers, envelope);
    }

    /// <summary>Sends a request and returns the envelope's <c>result</c>, read by <paramref name="converter"/>.</summary>
    public async Task<ApiResponse<T>> SendForResultAsync<T>(ApiRequest request, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        using var response = await ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        T? value = default;
        var envelope = Parse(request, response, body =>
        {
            var read = EnvelopeReader.ReadResult(body, converter, out var result);
            value = result;
            return read;
        });
        if (!envelope.HasResult || value is null)
        {
            throw Failure(request, response, envelope, "the response has no result");
        }

        return new ApiResponse<T>(response.StatusCode, response.Headers, envelope, value);
    }

    /// <summary>Sends a request whose <c>result</c> is an array; <c>result_info</c> is kept for paging.</summary>
    public async Task<ApiResponse<IReadOnlyList<T>>> SendForListAsync<T>(ApiRequest request, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        using var response = await ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        List<T>? items = null;
        var envelope = Parse(request, response, body =>
        {
            var read = EnvelopeReader.ReadList(body, converter, out var list);
            items = list;
            return read;
        });
        return new ApiResponse<IReadOnlyList<T>>(response.StatusCode, response.Headers, envelope, (IReadOnlyList<T>?)items ?? Array.Empty<T>());
    }

    /// <summary>Sends a request whose body is the value itself, with no envelope.</summary>
    public async Task<ApiResponse<T>> SendForBodyAsync<T>(ApiRequest request, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        using var response = await ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        T? value = default;
        Parse(request, response, body =>
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            value = converter.Read(ref reader, typeof(T), SharesGenJson.Options);
            return Envelope.Empty;
        });
        if (value is null)
        {
            throw Failure(request, response, Envelope.Empty, "the response body is empty or null");
        }

        return new ApiResponse<T>(response.StatusCode, response.Headers, Envelope.Empty, value);
    }

    internal static string? RayIdOf(HttpResponseHeaders headers)
        => headers.TryGetValues("cf-ray", out var values) ? values.FirstOrDefault() : null;

    /// <summary>
    /// Parses the body; an error status or <c>success: false</c> becomes <see cref="ApiException"/> with the
    /// errors, and a body that is not the expected JSON becomes one with a snippet of it.
    /// </summary>
    private static Envelope Parse(ApiRequest request, RawResponse response, ParseBody parse)
    {
        var isSuccessStatus = (int)response.StatusCode is >= 200 and < 300;
        Envelope envelope;
        try
        {
            envelope = isSuccessStatus ? parse(response.Body.Span) : EnvelopeReader.ReadWithoutResult(response.Body.Span);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            var reason = response.Body.Length == 0 ? "the response body is empty" : "the response body is not the expected JSON (" + exception.Message + ")";
            throw new ApiException(request.OperationId, response.StatusCode, Array.Empty<ResponseInfo>(), RayIdOf(response.Headers), ApiException.Snippet(response.Body.Span), reason, exception);
        }

        if (!isSuccessStatus || envelope.Success == false)
        {
            throw Failure(request, response, envelope, envelope.Success == false && isSuccessStatus ? "the envelope says success: false" : null);
        }

        return envelope;
    }

    private static ApiException Failure(ApiRequest request, RawResponse response, Envelope envelope, string? reason)
        => new(request.OperationId, response.StatusCode, envelope.Errors, RayIdOf(response.Headers), envelope.Errors.Count == 0 ? ApiException.Snippet(response.Body.Span) : null, reason);

    private async Task<RawResponse> ExecuteAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var pipeline = request.IsIdempotent ? _idempotent : _nonIdempotent;
        var uri = new Uri(_baseAddress + request.PathAndQuery, UriKind.Absolute);
        try
        {
            return await pipeline.ExecuteAsync(
                static async (state, token) => await state.Self.SendOnceAsync(state.Request, state.Uri, token).ConfigureAwait(false),
                (Self: this, Request: request, Uri: uri),
                timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ApiTimeoutException(request.OperationId, _options.Timeout, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new ApiConnectionException(request.OperationId, exception);
        }
        catch (IOException exception)
        {
            throw new ApiConnectionException(request.OperationId, exception);
        }
    }

    /// <summary>One attempt: a fresh message (a sent one cannot be resent), the whole body read within the limit.</summary>
    private async Task<RawResponse> SendOnceAsync(ApiRequest request, Uri uri, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), uri);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent ?? DefaultUserAgent);
        foreach (var header in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        _credentials?.Apply(message);
        if (request.Body is { } body)
        {
            message.Content = new ReadOnlyMemoryContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (_options.Logger is { } logger)
        {
            Log.AttemptFailed(logger, request.OperationId, request.Method, request.PathTemplate, exception.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
            throw;
        }

        try
        {
            var bytes = await ReadBodyAsync(request, response, cancellationToken).ConfigureAwait(false);
            if (_options.Logger is { } logger)
            {
                Log.Attempt(logger, request.OperationId, request.Method, request.PathTemplate, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
            }

            return new RawResponse(response, bytes);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>What the pipeline logs: operation, method, path template, status or failure kind, time. Nothing else.</summary>
    private static class Log
    {
        public static readonly Action<ILogger, string, string, string, int, double, Exception?> Attempt = LoggerMessage.Define<string, string, string, int, double>(
            LogLevel.Debug, new EventId(1, "Attempt"), "{OperationId} {Method} {PathTemplate} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms");

        public static readonly Action<ILogger, string, string, string, string, double, Exception?> AttemptFailed = LoggerMessage.Define<string, string, string, string, double>(
            LogLevel.Warning, new EventId(2, "AttemptFailed"), "{OperationId} {Method} {PathTemplate} failed with {FailureKind} after {ElapsedMilliseconds:0.0} ms");
    }

    private async Task<ReadOnlyMemory<byte>> ReadBodyAsync(ApiRequest request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = _options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength is { } length && length > limit)
        {
            throw TooLarge(request, response);
        }

        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength is { } exact)
        {
            // The common case: one array of exactly the announced size. A body that runs past it is cut off
            // by HttpClient; one that ends early is a broken connection.
            var bytes = new byte[exact];
            await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return bytes;
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var read = await stream.ReadAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                throw TooLarge(request, response);
            }
        }
    }

    private ApiException TooLarge(ApiRequest request, HttpResponseMessage response)
        => new(request.OperationId, response.StatusCode, Array.Empty<ResponseInfo>(), RayIdOf(response.Headers), null,
            $"the response body is larger than the {_options.MaxResponseBytes} bytes allowed (ApiClientOptions.MaxResponseBytes)");

    private delegate Envelope ParseBody(ReadOnlySpan<byte> body);

    /// <summary>A response whose body has been read completely; disposing it releases the connection.</summary>
    internal sealed class RawResponse(HttpResponseMessage message, ReadOnlyMemory<byte> body) : IDisposable
    {
        public HttpStatusCode StatusCode => message.StatusCode;

        public HttpResponseHeaders Headers => message.Headers;

        public ReadOnlyMemory<byte> Body => body;

        public TimeSpan? RetryAfter => message.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };

        public void Dispose() => message.Dispose();
    }

    /// <summary>The retry strategy: what is transient, and what may be sent again.</summary>
    private static class RetryPolicy
    {
        public static ResiliencePipeline<RawResponse> Create(ApiRetryOptions options, bool idempotent)
        {
            if (options.MaxRetries <= 0)
            {
                return ResiliencePipeline<RawResponse>.Empty;
            }

            return new ResiliencePipelineBuilder<RawResponse>()
                .AddRetry(new RetryStrategyOptions<RawResponse>
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, idempotent)),
                    DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome, options.MaxDelay)),
                    OnRetry = args =>
                    {
                        args.Outcome.Result?.Dispose();
                        return default;
                    },
                })
                .Build();
        }

        private static bool IsTransient(Outcome<RawResponse> outcome, bool idempotent)
        {
            if (outcome.Exception is { } exception)
            {
                // A refused connection never reached the server: safe to resend anything.
                if (exception is HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } })
                {
                    return true;
                }

                return idempotent && exception is HttpRequestException or IOException;
            }

            var status = (int)outcome.Result!.StatusCode;
            if (status == 429)
            {
                // Rate limited: the server did not act on the request.
                return true;
            }

            return idempotent && (status == 408 || status >= 500);
        }

        private static TimeSpan? RetryAfter(Outcome<RawResponse> outcome, TimeSpan maxDelay)
            => outcome.Result?.RetryAfter is { } delay
                ? delay < TimeSpan.Zero ? TimeSpan.Zero : delay > maxDelay ? maxDelay : delay
                : null;
    }
}

using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using SharesGen.Runtime.Http;

namespace SharesGen.Runtime.Pipeline;

/// <summary>
/// One call as it passes through the pipeline: the operation's <see cref="Request"/>, the current send
/// (method, address, body, headers: a followed redirect or a retry changes them) and, once sent, the
/// <see cref="Response"/>.
/// </summary>
public sealed class ApiMessage : IDisposable
{
    private readonly HttpMethod _operationMethod;
    private ApiRawResponse? _response;

    internal ApiMessage(ApiRequest request, Uri requestUri, Uri baseAddress, ResponseShape shape, ApiCallOptions? options, CancellationToken cancellationToken)
    {
        Request = request;
        Options = options;
        OriginalUri = requestUri;
        BaseAddress = baseAddress;
        Shape = shape;
        CancellationToken = cancellationToken;
        _operationMethod = KnownMethods.Of(request.Method);
        Method = _operationMethod;
        RequestUri = requestUri;
        Content = request.Body;
    }

    /// <summary>What the operation asked for; it does not change while the call runs.</summary>
    public ApiRequest Request { get; }

    /// <summary>What the caller set for this call (a timeout, extra headers, the operation's parameters); null for none.</summary>
    public ApiCallOptions? Options { get; }

    /// <summary>The operation's id, for logs and errors.</summary>
    public string OperationId => Request.OperationId;

    /// <summary>The client's base address: the only origin credentials and bodies are sent to.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The method of the current send (a 303 redirect turns it into GET).</summary>
    public HttpMethod Method { get; set; }

    /// <summary>The address of the current send.</summary>
    public Uri RequestUri { get; set; }

    /// <summary>The JSON body of the current send; null for none.</summary>
    public ReadOnlyMemory<byte>? Content { get; set; }

    /// <summary>The headers of the current send.</summary>
    public ApiRequestHeaders Headers { get; } = new();

    /// <summary>Cancels the call: the caller's token, linked with the timeout once the timeout policy has run.</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>The response of the last send; null until one arrived.</summary>
    public ApiRawResponse? Response
    {
        get => _response;
        internal set
        {
            if (!ReferenceEquals(_response, value))
            {
                _response?.Dispose();
            }

            _response = value;
        }
    }

    /// <summary>What the operation expects in a successful body, and where its result is read into.</summary>
    internal ResponseShape Shape { get; }

    /// <summary>The envelope read from the response; set by the envelope policy.</summary>
    internal Envelope? Envelope { get; set; }

    /// <summary>How many times this call has been sent so far (retries and followed redirects each send again).</summary>
    internal int Sends { get; set; }

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the call times out; null without a timeout.</summary>
    internal long? Deadline { get; set; }

    /// <summary>The time left before the call times out; null without a timeout.</summary>
    internal TimeSpan? RemainingTime
        => Deadline is { } deadline ? TimeSpan.FromTicks((long)((deadline - Stopwatch.GetTimestamp()) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency))) : null;

    private Uri OriginalUri { get; }

    /// <summary>Starts an attempt afresh: the operation's method, address and body, and no response.</summary>
    internal void ResetForAttempt()
    {
        Method = _operationMethod;
        RequestUri = OriginalUri;
        Content = Request.Body;
        Response = null;
        Envelope = null;
    }

    /// <summary>Releases the response.</summary>
    public void Dispose() => Response = null;
}

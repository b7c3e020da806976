using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Tests;

/// <summary>
/// An in-process HTTP handler that answers from a script and records what it was sent, so pipeline behaviour
/// (envelopes, errors, retries, timeouts) is tested without sockets.
/// </summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();

    /// <summary>Where <see cref="Pipeline"/> sends: a name that resolves nowhere, for a request the stub answers in process.</summary>
    public static Uri BaseAddress { get; } = new("https://api.example.test/client/v4/");

    public List<RecordedRequest> Requests { get; } = new();

    /// <summary>
    /// A pipeline whose transport is a new stub: at <see cref="BaseAddress"/>, with <paramref name="credentials"/>, and
    /// the options as they come unless <paramref name="configure"/> changes them.
    /// </summary>
    public static (ApiPipeline Pipeline, StubHandler Stub) Pipeline(ApiCredentials credentials, Action<ApiClientOptions>? configure = null)
    {
        var stub = new StubHandler();
        var options = new ApiClientOptions { BaseAddress = BaseAddress, Credentials = credentials };
        configure?.Invoke(options);
        return (new ApiPipeline(new HttpClient(stub), options, defaultBaseAddress: null), stub);
    }

    public StubHandler Respond(HttpStatusCode status, string body, Action<HttpResponseMessage>? configure = null)
    {
        _script.Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            configure?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public StubHandler Throw(Exception exception)
    {
        _script.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    public StubHandler Hang()
    {
        _script.Enqueue(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri!, request.Headers.ToString(), body));
        }

        if (!_script.TryDequeue(out var next))
        {
            throw new InvalidOperationException("The stub has no scripted response left for " + request.RequestUri);
        }

        return await next(request, cancellationToken);
    }

    internal sealed record RecordedRequest(string Method, Uri Uri, string Headers, string? Body);
}

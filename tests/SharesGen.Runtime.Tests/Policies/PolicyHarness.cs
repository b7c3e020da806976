using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SharesGen.Runtime.Pipeline;

namespace SharesGen.Runtime.Tests.Policies;

/// <summary>Runs one policy alone: a message, and a scripted end of the pipeline in place of the transport.</summary>
internal static class PolicyHarness
{
    public static readonly Uri BaseAddress = new("https://api.example.test/client/v4");

    public static ApiMessage Message(string method = "GET", string path = "/accounts/a1/shares", ResponseShape? shape = null, string? body = null, CancellationToken cancellationToken = default, ApiCallOptions? options = null)
    {
        var request = new ApiRequest(method, "share-op", ApiSecurity.Undeclared, path);
        if (body is not null)
        {
            request.SetJsonBody(body, System.Text.Json.Serialization.Metadata.JsonMetadataServices.StringConverter);
        }

        return new ApiMessage(request, new Uri(BaseAddress + path), BaseAddress, shape ?? ResponseShape.Nothing, options, cancellationToken);
    }

    public static ValueTask RunAsync(ApiPipelinePolicy policy, ApiMessage message, params ApiPipelinePolicy[] rest)
        => policy.ProcessAsync(message, new ReadOnlyMemory<ApiPipelinePolicy>(rest));

    public static ApiRawResponse Response(HttpStatusCode status, string? body = null, Action<HttpResponseMessage>? configure = null, Uri? from = null)
    {
        var message = new HttpResponseMessage(status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body ?? string.Empty)) };
        message.RequestMessage = new HttpRequestMessage(HttpMethod.Get, from ?? BaseAddress);
        configure?.Invoke(message);
        return new ApiRawResponse(message) { Body = Encoding.UTF8.GetBytes(body ?? string.Empty) };
    }
}

/// <summary>Stands in for everything after the policy under test: answers from a script, records each send.</summary>
internal sealed class ScriptedEnd : ApiPipelinePolicy
{
    private readonly Queue<Func<ApiMessage, ApiRawResponse>> _script = new();

    public List<Send> Sends { get; } = new();

    public ScriptedEnd Respond(HttpStatusCode status, string? body = null, Action<HttpResponseMessage>? configure = null)
        => Then(_ => PolicyHarness.Response(status, body, configure));

    public ScriptedEnd Throw(Exception exception) => Then(_ => throw exception);

    public ScriptedEnd Then(Func<ApiMessage, ApiRawResponse> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public override ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        Sends.Add(new Send(message.Method.Method, message.RequestUri, message.Headers.ToDictionary(h => h.Key, h => h.Value), message.Content is { } c ? Encoding.UTF8.GetString(c.Span) : null));
        if (_script.Count == 0)
        {
            throw new InvalidOperationException("The script has no answer left.");
        }

        message.Response = _script.Dequeue()(message);
        return default;
    }

    internal sealed record Send(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);
}

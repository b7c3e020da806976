using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.EndToEnd.Tests.Support;

/// <summary>One violation Prism reported in its <c>sl-violations</c> header.</summary>
public sealed record PrismViolation(string Severity, string Location, string Code, string Message)
{
    public override string ToString() => $"{Severity} at {Location} ({Code}): {Message}";
}

/// <summary>One exchange with Prism: the request line, the status, and what Prism found wrong.</summary>
public sealed record PrismExchange(string Request, int Status, IReadOnlyList<PrismViolation> Violations)
{
    public override string ToString()
        => $"{Request} -> {Status}" + (Violations.Count == 0 ? string.Empty : ": " + string.Join("; ", Violations));
}

/// <summary>
/// Sits between the generated client and the network and keeps, for every response, Prism's <c>sl-violations</c>
/// header (a JSON array of <c>{location, severity, code, message}</c>) — the same for every operation, including the
/// paged lists, whose page objects do not expose headers.
/// </summary>
public sealed class PrismViolationRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<PrismExchange> _exchanges = new();

    public PrismViolationRecorder()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>The exchanges since the last call, and forgets them.</summary>
    public IReadOnlyList<PrismExchange> Take()
    {
        var taken = new List<PrismExchange>();
        while (_exchanges.TryDequeue(out var exchange))
        {
            taken.Add(exchange);
        }

        return taken;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var violations = response.Headers.TryGetValues("sl-violations", out var values)
            ? values.SelectMany(Parse).ToArray()
            : await ProblemViolationsAsync(response, cancellationToken).ConfigureAwait(false);
        _exchanges.Enqueue(new PrismExchange($"{request.Method} {request.RequestUri?.PathAndQuery}", (int)response.StatusCode, violations));
        return response;
    }

    /// <summary>
    /// When no response in the spec fits an invalid request (no 4XX, or a lower-case <c>4xx</c> Prism does not read),
    /// Prism answers its own 422 <c>application/problem+json</c> and lists what it found in <c>validation</c>, not in the
    /// header. The body is read and put back, so the client still sees it.
    /// </summary>
    private static async Task<PrismViolation[]> ProblemViolationsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return [];
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var replaced = new ByteArrayContent(bytes);
        foreach (var header in response.Content.Headers)
        {
            replaced.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = replaced;
        JsonNode? problem;
        try
        {
            problem = JsonNode.Parse(bytes);
        }
        catch (System.Text.Json.JsonException)
        {
            return [new PrismViolation("Error", "problem", "unreadable", System.Text.Encoding.UTF8.GetString(bytes))];
        }

        return problem?["validation"] is JsonArray validation ? Parse(validation).ToArray() : [];
    }

    private static IEnumerable<PrismViolation> Parse(string header)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(header);
        }
        catch (System.Text.Json.JsonException)
        {
            return [new PrismViolation("Error", "sl-violations", "unreadable", header)];
        }

        return Parse(parsed as JsonArray ?? []);
    }

    private static IEnumerable<PrismViolation> Parse(JsonArray violations)
    {
        return violations.Select(v => new PrismViolation(
            v?["severity"]?.ToString() ?? "Error",
            string.Join(".", (v?["location"] as JsonArray ?? []).Select(l => l?.ToString())),
            v?["code"]?.ToString() ?? string.Empty,
            v?["message"]?.ToString() ?? string.Empty));
    }
}

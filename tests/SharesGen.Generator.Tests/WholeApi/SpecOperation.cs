using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace SharesGen.Generator.Tests.WholeApi;

/// <summary>
/// One operation as the spec writes it, read with Microsoft.OpenApi (not SharesGen): its parameters (the path item's and
/// its own, the operation's winning by name and place) and its request body's schema (JSON first, else the first media type).
/// </summary>
internal sealed record SpecOperation(string OperationId, string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters, OpenApiSchema? Body, string? BodyMediaType, bool AnswersOnlyNonJson)
{
    /// <summary>Whether the operation takes a request body (some declare <c>application/json: {}</c>, with no schema).</summary>
    public bool HasBody => BodyMediaType is not null;

    /// <summary>Whether the body is JSON, which the generated client sends today; other media types wait for issue 16.</summary>
    public bool HasJsonBody => BodyMediaType is not null && BodyMediaType.Contains("json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the spec's success answers include a non-JSON media type (an image, a zone file, a script).</summary>
    public static bool OnlyNonJson(OpenApiOperation operation)
    {
        var media = operation.Responses.Where(r => r.Key.StartsWith('2')).SelectMany(r => r.Value?.Content?.Keys ?? []).ToArray();
        return media.Any(m => !m.Contains("json", StringComparison.OrdinalIgnoreCase));
    }

    public static IReadOnlyDictionary<string, SpecOperation> InFile(string specPath)
    {
        using var stream = File.OpenRead(specPath);
        var document = new OpenApiStreamReader().Read(stream, out _); // its three dangling $refs are errors SharesGen reports too
        var operations = new Dictionary<string, SpecOperation>(StringComparer.Ordinal);
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations)
            {
                var parameters = operation.Parameters
                    .Concat(item.Parameters.Where(p => !operation.Parameters.Any(o => o.Name == p.Name && o.In == p.In)))
                    .ToArray();
                var body = operation.RequestBody?.Content.OrderBy(c => c.Key == "application/json" ? 0 : 1).FirstOrDefault();
                operations.TryAdd(operation.OperationId, new SpecOperation(operation.OperationId, method.ToString().ToUpperInvariant(), path, parameters, body?.Value?.Schema, body?.Key, OnlyNonJson(operation)));
            }
        }

        return operations;
    }
}

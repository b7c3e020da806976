using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator.Changes;

/// <summary>A spec read for comparison: its surface, or why it has none.</summary>
/// <param name="Problem">Why the text is not an OpenAPI 3.0 document SharesGen can compare, when it is not.</param>
/// <param name="ProblemLine">The 1-based line of the problem, when the reader gives one.</param>
internal sealed record SurfaceResult(SpecSurface? Surface, string? Problem, int? ProblemLine)
{
    public static SurfaceResult Unreadable(string problem, int? line = null) => new(null, problem, line);
}

/// <summary>Reads spec text into a <see cref="SpecSurface"/> with Microsoft.OpenApi.Readers, the reader generation uses.</summary>
internal static class SurfaceReader
{
    public static SurfaceResult Read(string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SurfaceResult.Unreadable("the file is empty");
        }

        // The same guard as generation: a nesting bomb must not reach the recursive YAML parser.
        if (NestingGuard.FirstTooDeepLine(text) is { } deepLine)
        {
            return SurfaceResult.Unreadable($"it nests more than {NestingGuard.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels deep", deepLine);
        }

        OpenApiDocument document;
        OpenApiDiagnostic diagnostic;
        try
        {
            document = new OpenApiStringReader(new OpenApiReaderSettings()).Read(text, out diagnostic);
        }
        catch (Microsoft.OpenApi.Readers.Exceptions.OpenApiUnsupportedSpecVersionException exception)
        {
            return SurfaceResult.Unreadable(string.IsNullOrWhiteSpace(exception.SpecificationVersion)
                ? "it is not an OpenAPI 3.0 document (it has no 'openapi' version)"
                : "it is not an OpenAPI 3.0 document (it declares version " + exception.SpecificationVersion + ")");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return SurfaceResult.Unreadable("it is not an OpenAPI 3.0 document (" + exception.Message.TrimEnd('.') + ")");
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (diagnostic.Errors.FirstOrDefault(e => e.Pointer?.StartsWith("#line=", StringComparison.Ordinal) == true) is { } syntaxError)
        {
            var line = int.TryParse(syntaxError.Pointer!.Substring("#line=".Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var zeroBased) ? zeroBased + 1 : (int?)null;
            return SurfaceResult.Unreadable("it is not valid YAML or JSON", line);
        }

        if (diagnostic.SpecificationVersion != OpenApiSpecVersion.OpenApi3_0 || document?.Paths is null)
        {
            return SurfaceResult.Unreadable("it is not an OpenAPI 3.0 document with paths");
        }

        return new SurfaceResult(Surface(document, cancellationToken), null, null);
    }

    private static SpecSurface Surface(OpenApiDocument document, CancellationToken cancellationToken)
    {
        var shapes = new ShapeReader(document.Components);
        var operations = new List<OperationSurface>();
        foreach (var path in document.Paths.Where(p => p.Value is not null))
        {
            foreach (var operation in path.Value.Operations.Where(o => o.Value is not null))
            {
                cancellationToken.ThrowIfCancellationRequested();
                operations.Add(Operation(document, path.Key, path.Value, operation.Key, operation.Value, shapes));
            }
        }

        return new SpecSurface(
            document.Servers?.FirstOrDefault()?.Url,
            operations.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToEquatableArray(),
            shapes.Components());
    }

    private static OperationSurface Operation(OpenApiDocument document, string path, OpenApiPathItem item, OperationType method, OpenApiOperation operation, ShapeReader shapes)
    {
        var pointer = "#/paths/" + PointerSegment.Escape(path) + "/" + method.ToString().ToLowerInvariant();
        var parameters = OperationReader.ParametersOf(item, operation, path, pointer)
            .Where(pair => !pair.Parameter.UnresolvedReference)
            .Select(pair => Parameter(pair.Parameter, pair.Pointer, shapes))
            .ToEquatableArray();

        // An operation without its own security inherits the document's. (OpenAPI.NET reads `security: []`, which
        // would opt out, as no list at all, so such an operation is compared with the document's requirements.)
        var ownSecurity = operation.Security.Count > 0;
        var security = ownSecurity ? operation.Security : document.SecurityRequirements;
        var securityPointer = ownSecurity ? pointer + "/security" : document.SecurityRequirements.Count > 0 ? "#/security" : pointer;

        return new OperationSurface(
            method.ToString().ToUpperInvariant(),
            path,
            string.IsNullOrWhiteSpace(operation.OperationId) ? null : operation.OperationId,
            pointer,
            operation.Deprecated,
            parameters,
            RequestBody(operation, pointer, shapes),
            Response(operation, pointer, shapes),
            SecurityLabels.Of(security),
            securityPointer);
    }

    private static ParameterSurface Parameter(OpenApiParameter parameter, string listPointer, ShapeReader shapes)
    {
        var location = parameter.In?.ToString().ToLowerInvariant() ?? "query";
        var definition = parameter.Reference?.Id is { } id ? "#/components/parameters/" + PointerSegment.Escape(id) : listPointer;
        return new ParameterSurface(
            parameter.Name,
            location,
            Required: parameter.Required || location == "path",
            parameter.Deprecated,
            listPointer,
            definition,
            parameter.Schema is null ? null : shapes.Read(parameter.Schema, definition + "/schema"));
    }

    private static BodySurface? RequestBody(OpenApiOperation operation, string pointer, ShapeReader shapes)
    {
        if (operation.RequestBody is not { } body)
        {
            return null;
        }

        var bodyPointer = body.Reference?.Id is { } id ? "#/components/requestBodies/" + PointerSegment.Escape(id) : pointer + "/requestBody";
        return new BodySurface(body.Required, bodyPointer, JsonSchema(body.Content, bodyPointer, shapes));
    }

    /// <summary>The success response a generated client reads: the lowest 2xx, as the operation reader picks it.</summary>
    private static ResponseSurface Response(OpenApiOperation operation, string pointer, ShapeReader shapes)
    {
        var success = operation.Responses
            .Where(r => r.Value is not null && r.Key.Length == 3 && r.Key[0] == '2')
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => (KeyValuePair<string, OpenApiResponse>?)r)
            .FirstOrDefault();
        if (success is not { } response)
        {
            return new ResponseSurface(null, pointer + "/responses", null);
        }

        var responsePointer = response.Value.Reference?.Id is { } id
            ? "#/components/responses/" + PointerSegment.Escape(id)
            : pointer + "/responses/" + PointerSegment.Escape(response.Key);
        return new ResponseSurface(response.Key, responsePointer, JsonSchema(response.Value.Content, responsePointer, shapes));
    }

    private static SchemaShape? JsonSchema(IDictionary<string, OpenApiMediaType> content, string pointer, ShapeReader shapes)
        => OperationReader.JsonMedia(content) is { Media.Schema: { } schema } media
            ? shapes.Read(schema, pointer + "/content/" + PointerSegment.Escape(media.Type) + "/schema")
            : null;
}

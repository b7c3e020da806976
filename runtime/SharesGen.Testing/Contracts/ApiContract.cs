using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// The whole spec as data: component schemas, operations and examples. Generated as
/// <c>{Client}Contract.Contract</c> into projects that reference this kit (or read from a spec file by the kit's
/// command); the kit validates payloads and requests against it and derives its loopback server from it.
/// </summary>
public sealed class ApiContract
{
    /// <summary>
    /// Reads a contract document, the JSON the generator emits into <c>{Client}Contract</c>. Example
    /// <paramref name="examples"/>[i] is the JSON of the document's example i, and <paramref name="dtoTypes"/>[i] the
    /// generated type it round-trips through (resolved in <paramref name="serializerOptions"/>), or null.
    /// </summary>
    /// <exception cref="FormatException">The document is not a contract document.</exception>
    public static ApiContract Load(string json, JsonSerializerOptions? serializerOptions = null, IReadOnlyList<Type?>? dtoTypes = null, IReadOnlyList<string>? examples = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ContractDocument.Read(json, serializerOptions, dtoTypes ?? [], examples ?? []);
    }

    /// <summary>Creates a contract from generated data.</summary>
    public ApiContract(IReadOnlyDictionary<string, SchemaNode> schemas, IReadOnlyList<OperationContract> operations, IReadOnlyList<ApiExample> examples)
    {
        Schemas = schemas;
        Operations = operations;
        Examples = examples;
    }

    /// <summary>Component schemas by their spec name.</summary>
    public IReadOnlyDictionary<string, SchemaNode> Schemas { get; }

    /// <summary>Every operation.</summary>
    public IReadOnlyList<OperationContract> Operations { get; }

    /// <summary>Every example of the spec.</summary>
    public IReadOnlyList<ApiExample> Examples { get; }

    /// <summary>A component schema by its spec name.</summary>
    public SchemaNode Schema(string name)
        => Schemas.TryGetValue(name, out var schema) ? schema : throw new KeyNotFoundException($"The spec has no component schema '{name}'.");

    /// <summary>An operation by its operationId.</summary>
    public OperationContract Operation(string operationId)
        => Operations.FirstOrDefault(o => o.OperationId == operationId) ?? throw new KeyNotFoundException($"The spec has no operation '{operationId}'.");

    /// <summary>Follows <see cref="SchemaNode.Ref"/> until a concrete schema (unknown references accept anything).</summary>
    public SchemaNode Resolve(SchemaNode schema)
    {
        for (var hops = 0; schema.Ref is { } name && hops < 64; hops++)
        {
            if (!Schemas.TryGetValue(name, out var target))
            {
                return SchemaNode.Any;
            }

            schema = target;
        }

        return schema;
    }
}

/// <summary>What one operation expects and answers.</summary>
public sealed class OperationContract
{
    /// <summary>The spec's operationId.</summary>
    public required string OperationId { get; init; }

    /// <summary>The HTTP method, upper case.</summary>
    public required string Method { get; init; }

    /// <summary>The path template, e.g. <c>/accounts/{account_id}/shares</c>.</summary>
    public required string PathTemplate { get; init; }

    /// <summary>Path, query and header parameters.</summary>
    public IReadOnlyList<ParameterContract> Parameters { get; init; } = [];

    /// <summary>The JSON request body's schema; null when the operation takes none.</summary>
    public SchemaNode? RequestBody { get; init; }

    /// <summary>The request body is required.</summary>
    public bool RequestBodyRequired { get; init; }

    /// <summary>The success status, e.g. 201.</summary>
    public int SuccessStatus { get; init; }

    /// <summary>The success body's schema (the whole envelope); null for no body, or one that is not JSON.</summary>
    public SchemaNode? SuccessSchema { get; init; }

    /// <summary>
    /// The media type of a success body that is not JSON (e.g. <c>text/plain</c>, or <c>*/*</c> where the spec names
    /// no valid one); null when the success body is JSON or there is none.
    /// </summary>
    public string? SuccessMediaType { get; init; }

    /// <summary>The failure body's schema (the 4XX envelope), when declared.</summary>
    public SchemaNode? FailureSchema { get; init; }

    /// <summary>Ways to authenticate: any one alternative, with every header in it, suffices.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Security { get; init; } = [];

    /// <summary>The spec's request example, as JSON.</summary>
    public string? RequestExample { get; init; }

    /// <summary>The spec's success response example, as JSON; null when the spec gives none.</summary>
    public string? ResponseExample { get; init; }

    /// <summary><c>METHOD /path/template</c>, e.g. <c>POST /accounts/{account_id}/shares</c>.</summary>
    public override string ToString() => Method + " " + PathTemplate;

    /// <summary>Matches a request path (relative to the base path) against <see cref="PathTemplate"/>; the path values when it matches.</summary>
    public IReadOnlyDictionary<string, string>? MatchPath(string path)
    {
        var template = PathTemplate.Trim('/').Split('/');
        var actual = path.Trim('/').Split('/');
        if (template.Length != actual.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i].StartsWith('{') && template[i].EndsWith('}'))
            {
                values[template[i][1..^1]] = Uri.UnescapeDataString(actual[i]);
            }
            else if (!string.Equals(template[i], actual[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values;
    }
}

/// <summary>A parameter as the server checks it.</summary>
public sealed class ParameterContract
{
    /// <summary>The wire name.</summary>
    public required string Name { get; init; }

    /// <summary><c>path</c>, <c>query</c> or <c>header</c>.</summary>
    public required string In { get; init; }

    /// <summary>The parameter must be present.</summary>
    public bool Required { get; init; }

    /// <summary>Its schema.</summary>
    public SchemaNode Schema { get; init; } = SchemaNode.Any;

    /// <summary>Arrays are sent as repeated keys.</summary>
    public bool Explode { get; init; }
}

/// <summary>An example from the spec.</summary>
public sealed class ApiExample
{
    /// <summary>The generated member name, e.g. <c>SharesCreateResponse</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The example as JSON.</summary>
    public required string Json { get; init; }

    /// <summary>Where the example is in the spec (a JSON pointer).</summary>
    public required string Source { get; init; }

    /// <summary>The schema the example should satisfy.</summary>
    public SchemaNode? Schema { get; init; }

    /// <summary>The generated type the example (or its envelope's <c>result</c>) reads into; null when none.</summary>
    public Type? DtoType { get; init; }

    /// <summary>Reads the example into its DTO and writes it back; returns every difference (none when lossless).</summary>
    public Func<string, IReadOnlyList<string>>? RoundTrip { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

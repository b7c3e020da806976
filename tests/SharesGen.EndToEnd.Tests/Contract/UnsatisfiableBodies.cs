using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace SharesGen.EndToEnd.Tests.Contract;

/// <summary>A response body of a spec that no JSON value satisfies, and the member that makes it so.</summary>
/// <param name="OperationId">The operation.</param>
/// <param name="Status">The response's status key as the spec writes it (<c>200</c>, <c>4XX</c>).</param>
/// <param name="Pointer">The JSON pointer of the member no value fits (<c>/result</c>); empty for the whole body.</param>
/// <param name="Reason">The JSON types each constraint on that member allows, e.g. <c>array|null, but also object</c>.</param>
public sealed record UnsatisfiableBody(string OperationId, string Status, string Pointer, string Reason)
{
    /// <summary>Where Prism reports a violation of that member: <c>response.body.result</c>.</summary>
    public string PrismLocation => "response.body" + Pointer.Replace('/', '.');

    public override string ToString() => $"{OperationId} {Status} {Pointer}: {Reason}";
}

/// <summary>
/// Proves which response bodies of a spec no value can satisfy when <c>allOf</c> is read as JSON Schema reads it (every
/// branch must hold: Prism's reading, and every validator's), by the JSON types alone: a required member whose
/// branches allow no type in common (Cloudflare's <c>api-response-collection</c> says <c>result</c> is an array or
/// null, an <c>allOf</c> beside it says an object) cannot be sent by any server. SharesGen reads such an <c>allOf</c>
/// as Cloudflare means it, the later branch narrowing the envelope, and so does the kit's server; Prism cannot.
/// This reads the spec itself with Microsoft.OpenApi, not SharesGen's merged contract, so it is a check of the spec,
/// independent of the kit.
/// </summary>
public static class UnsatisfiableBodies
{
    private const int MaxDepth = 16;

    /// <summary>Every unsatisfiable response body of the spec file, in the spec's order.</summary>
    public static IReadOnlyList<UnsatisfiableBody> InFile(string specPath) => In(File.ReadAllText(specPath));

    /// <summary>Every unsatisfiable response body of the spec text (YAML or JSON), in the spec's order.</summary>
    public static IReadOnlyList<UnsatisfiableBody> In(string spec)
    {
        var document = new OpenApiStringReader().Read(spec, out var diagnostic);
        // Cloudflare's lower-case range keys (`4xx`) are an error to Microsoft.OpenApi, read as written; not to Prism or SharesGen.
        var errors = diagnostic.Errors.Where(e => !e.Message.StartsWith("Responses key must be", StringComparison.Ordinal)).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidDataException(string.Join("; ", errors.Select(e => e.Message)));
        }

        var found = new List<UnsatisfiableBody>();
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations.Values))
        {
            foreach (var (status, response) in operation.Responses)
            {
                if (response.Content.TryGetValue("application/json", out var media) && media.Schema is { } schema
                    && Conflict([schema], string.Empty, 0) is { } conflict)
                {
                    found.Add(new UnsatisfiableBody(operation.OperationId, status, conflict.Pointer, conflict.Reason));
                }
            }
        }

        return found;
    }

    /// <summary>The first member (depth first) of a value that must satisfy every schema of <paramref name="all"/> that nothing fits.</summary>
    private static (string Pointer, string Reason)? Conflict(IReadOnlyList<OpenApiSchema> all, string pointer, int depth)
    {
        var schemas = Flatten(all).ToArray();
        var types = schemas.Aggregate(JsonTypes.All, (allowed, schema) => allowed & TypesOf(schema));
        if (types == JsonTypes.None)
        {
            return (pointer, string.Join(", but also ", schemas.Select(TypesOf).Where(t => t != JsonTypes.All).Distinct().Select(Describe)));
        }

        if (depth >= MaxDepth || (types & JsonTypes.Object) == 0)
        {
            return null;
        }

        var required = schemas.SelectMany(s => s.Required).ToHashSet(StringComparer.Ordinal);
        foreach (var name in required.Order(StringComparer.Ordinal))
        {
            var member = schemas.Where(s => s.Properties.ContainsKey(name)).Select(s => s.Properties[name]).ToArray();
            if (Conflict(member, pointer + "/" + name, depth + 1) is { } conflict)
            {
                // An object cannot have that member; the value is satisfiable only as another type, if it may be one.
                return (types & ~JsonTypes.Object) == JsonTypes.None ? conflict : null;
            }
        }

        return null;
    }

    /// <summary>A schema with its <c>allOf</c> branches, recursively: every one must hold.</summary>
    private static IEnumerable<OpenApiSchema> Flatten(IEnumerable<OpenApiSchema> schemas)
        => schemas.SelectMany(s => new[] { s }.Concat(Flatten(s.AllOf)));

    /// <summary>The JSON types one schema allows by its own <c>type</c>, <c>nullable</c>, <c>enum</c>, <c>anyOf</c> and <c>oneOf</c>.</summary>
    private static JsonTypes TypesOf(OpenApiSchema schema)
    {
        var types = schema.Type switch
        {
            null => JsonTypes.All,
            "null" => JsonTypes.Null,
            "boolean" => JsonTypes.Boolean,
            "integer" => JsonTypes.Integer,
            "number" => JsonTypes.Integer | JsonTypes.Fraction,
            "string" => JsonTypes.String,
            "array" => JsonTypes.Array,
            "object" => JsonTypes.Object,
            _ => JsonTypes.None,
        };
        if (schema.Nullable)
        {
            types |= JsonTypes.Null;
        }

        if (schema.Enum.Count > 0)
        {
            types &= schema.Enum.Aggregate(JsonTypes.None, (allowed, value) => allowed | TypeOf(value));
        }

        foreach (var alternatives in new[] { schema.AnyOf, schema.OneOf }.Where(a => a.Count > 0))
        {
            types &= alternatives.Aggregate(JsonTypes.None, (allowed, alternative) => allowed | Flatten([alternative]).Aggregate(JsonTypes.All, (t, s) => t & TypesOf(s)));
        }

        return types;
    }

    private static JsonTypes TypeOf(IOpenApiAny value) => value switch
    {
        OpenApiNull => JsonTypes.Null,
        OpenApiBoolean => JsonTypes.Boolean,
        OpenApiInteger or OpenApiLong => JsonTypes.Integer,
        OpenApiFloat or OpenApiDouble => JsonTypes.Integer | JsonTypes.Fraction,
        OpenApiArray => JsonTypes.Array,
        OpenApiObject => JsonTypes.Object,
        _ => JsonTypes.String,
    };

    private static string Describe(JsonTypes types)
    {
        var names = new List<string>();
        foreach (var (type, name) in new[] { (JsonTypes.Array, "array"), (JsonTypes.Object, "object"), (JsonTypes.String, "string"), (JsonTypes.Boolean, "boolean") })
        {
            if ((types & type) != 0)
            {
                names.Add(name);
            }
        }

        var numbers = types & (JsonTypes.Integer | JsonTypes.Fraction);
        if (numbers != 0)
        {
            names.Add(numbers == JsonTypes.Integer ? "integer" : numbers == JsonTypes.Fraction ? "non-integer number" : "number");
        }

        if ((types & JsonTypes.Null) != 0)
        {
            names.Add("null");
        }

        return names.Count == 0 ? "nothing" : string.Join("|", names);
    }

    [Flags]
    private enum JsonTypes
    {
        None = 0,
        Array = 1,
        Object = 2,
        String = 4,
        Integer = 8,
        Fraction = 16,
        Boolean = 32,
        Null = 64,
        All = Array | Object | String | Integer | Fraction | Boolean | Null,
    }
}

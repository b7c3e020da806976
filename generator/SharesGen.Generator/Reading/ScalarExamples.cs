using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>
/// The JSON kinds other than object and null that the spec's own examples show for a schema without a <c>type</c>.
/// </summary>
/// <remarks>
/// Cloudflare writes most objects as <c>properties</c> without <c>type: object</c>, and means objects; but such a
/// schema admits any JSON value (OpenAPI 3.0), and now and then the spec says so by example: <c>actions</c>' example
/// is <c>[{id: browser_check, value: "on"}]</c> where <c>value</c>'s schema lists <c>type</c> and <c>url</c>. Only
/// an example can tell the two apart, so every example in the document is walked down alongside its schema, through
/// <c>properties</c>, <c>additionalProperties</c>, <c>items</c>, <c>allOf</c> and a <c>oneOf</c>/<c>anyOf</c> of
/// one alternative (where the example can only be that alternative's), and each typeless schema it reaches with a
/// value that is not an object is recorded. The walk is made once, the first time a reader asks.
/// </remarks>
internal sealed class ScalarExamples
{
    /// <summary>Deeper than any real example: stop rather than risk the stack.</summary>
    private const int MaxDepth = 64;

    private readonly Dictionary<OpenApiSchema, HashSet<JsonKind>> _kinds = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<OpenApiSchema> _visited = new(ReferenceEqualityComparer.Instance);

    private ScalarExamples()
    {
    }

    /// <summary>Walks every example of <paramref name="document"/>: those of schemas and those of media types.</summary>
    public static ScalarExamples Of(OpenApiDocument document)
    {
        var examples = new ScalarExamples();
        foreach (var schema in document.Components?.Schemas.Values ?? Enumerable.Empty<OpenApiSchema>())
        {
            examples.Visit(schema, 0);
        }

        foreach (var operation in document.Paths?.Values.Where(p => p is not null).SelectMany(p => p.Operations.Values) ?? Enumerable.Empty<OpenApiOperation>())
        {
            foreach (var parameter in operation?.Parameters ?? Enumerable.Empty<OpenApiParameter>())
            {
                examples.Visit(parameter?.Schema, 0);
            }

            examples.VisitContent(operation?.RequestBody?.Content);
            foreach (var response in operation?.Responses?.Values ?? Enumerable.Empty<OpenApiResponse>())
            {
                examples.VisitContent(response?.Content);
            }
        }

        return examples;
    }

    /// <summary>The kinds recorded for <paramref name="schema"/>, in a fixed order; empty when no example shows one.</summary>
    public IReadOnlyList<JsonKind> For(OpenApiSchema schema)
        => _kinds.TryGetValue(schema, out var kinds) ? kinds.OrderBy(k => k).ToList() : System.Array.Empty<JsonKind>();

    private void VisitContent(IDictionary<string, OpenApiMediaType>? content)
    {
        foreach (var media in content?.Values ?? Enumerable.Empty<OpenApiMediaType>())
        {
            if (media?.Schema is not { } schema)
            {
                continue;
            }

            Visit(schema, 0);
            Walk(schema, media.Example, 0);
            foreach (var example in media.Examples?.Values ?? Enumerable.Empty<OpenApiExample>())
            {
                Walk(schema, example?.Value, 0);
            }
        }
    }

    /// <summary>Every schema inside <paramref name="schema"/>, once each, with its own example.</summary>
    private void Visit(OpenApiSchema? schema, int depth)
    {
        if (schema is null || depth > MaxDepth || !_visited.Add(schema))
        {
            return;
        }

        // Its children, in this order: properties, allOf, oneOf, anyOf, items, additionalProperties, not. Written out
        // rather than concatenated: this runs for every schema of the document.
        Walk(schema, schema.Example, 0);
        foreach (var property in schema.Properties.Values)
        {
            Visit(property, depth + 1);
        }

        VisitEach(schema.AllOf, depth + 1);
        VisitEach(schema.OneOf, depth + 1);
        VisitEach(schema.AnyOf, depth + 1);
        Visit(schema.Items, depth + 1);
        Visit(schema.AdditionalProperties, depth + 1);
        Visit(schema.Not, depth + 1);
    }

    private void VisitEach(IList<OpenApiSchema> schemas, int depth)
    {
        for (var i = 0; i < schemas.Count; i++)
        {
            Visit(schemas[i], depth);
        }
    }

    /// <summary>Follows <paramref name="example"/> down <paramref name="schema"/>, recording what it finds.</summary>
    private void Walk(OpenApiSchema? schema, IOpenApiAny? example, int depth)
    {
        if (schema is null || example is null or OpenApiNull || depth > MaxDepth)
        {
            return;
        }

        switch (example)
        {
            case OpenApiObject members:
                foreach (var pair in members)
                {
                    Walk(schema.Properties.TryGetValue(pair.Key, out var property) ? property : schema.AdditionalProperties, pair.Value, depth + 1);
                }

                break;
            case OpenApiArray items:
                foreach (var item in items)
                {
                    Walk(schema.Items, item, depth + 1);
                }

                break;
        }

        if (schema.Type is null && KindOf(example) is { } kind)
        {
            if (!_kinds.TryGetValue(schema, out var kinds))
            {
                _kinds[schema] = kinds = new HashSet<JsonKind>();
            }

            kinds.Add(kind);
        }

        foreach (var branch in schema.AllOf)
        {
            Walk(branch, example, depth + 1);
        }

        if (schema.OneOf.Count == 1)
        {
            Walk(schema.OneOf[0], example, depth + 1);
        }

        if (schema.AnyOf.Count == 1)
        {
            Walk(schema.AnyOf[0], example, depth + 1);
        }
    }

    /// <summary>The JSON kind of an example that is not an object (nor null, which is nullability's to say).</summary>
    private static JsonKind? KindOf(IOpenApiAny example) => example switch
    {
        OpenApiObject => null,
        OpenApiArray => JsonKind.Array,
        OpenApiBoolean => JsonKind.Boolean,
        OpenApiInteger or OpenApiLong => JsonKind.Integer,
        OpenApiDouble or OpenApiFloat => JsonKind.Number,
        IOpenApiPrimitive => JsonKind.String, // strings, and what the reader made of them (dates, bytes, passwords)
        _ => null,
    };
}

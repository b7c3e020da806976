using System;
using System.Collections.Generic;
using Microsoft.OpenApi.Models;

namespace SharesGen.Generator.Reading;

/// <summary>
/// The schema components the operations reach, directly or through other schemas: the ones that generate types, and
/// so the only ones that take part in naming (a component no operation reaches must not rename one that is generated).
/// One pass over the read document: the reader has already replaced every resolvable <c>$ref</c> by the component's
/// object, so following the objects, each schema once, finds them; a discriminator's mapping names its targets.
/// </summary>
internal sealed class ReachedSchemas
{
    private const string SchemaPrefix = "#/components/schemas/";

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<OpenApiSchema> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<OpenApiSchema> _pending = new();
    private readonly IDictionary<string, OpenApiSchema>? _components;

    private ReachedSchemas(OpenApiDocument document) => _components = document.Components?.Schemas;

    /// <summary>Whether the component <paramref name="name"/> is reached, by its own name or, for one that only names another, by that one's.</summary>
    public bool Contains(string name, OpenApiSchema? definition)
        => _ids.Contains(name) || (definition?.Reference?.Id is { } target && _ids.Contains(target));

    public static ReachedSchemas Of(OpenApiDocument document)
    {
        var reached = new ReachedSchemas(document);
        foreach (var path in document.Paths?.Values ?? (IEnumerable<OpenApiPathItem>)Array.Empty<OpenApiPathItem>())
        {
            reached.PathItem(path, depth: 0);
        }

        reached.Drain();
        return reached;
    }

    private void PathItem(OpenApiPathItem? path, int depth)
    {
        // Callbacks hold path items of their own; a spec that nests them without end is cut off, not followed.
        if (path is null || depth > 8)
        {
            return;
        }

        Parameters(path.Parameters);
        foreach (var operation in path.Operations.Values)
        {
            if (operation is null)
            {
                continue;
            }

            Parameters(operation.Parameters);
            Content(operation.RequestBody?.Content);
            foreach (var response in operation.Responses?.Values ?? (IEnumerable<OpenApiResponse>)Array.Empty<OpenApiResponse>())
            {
                Content(response?.Content);
                Headers(response?.Headers);
            }

            foreach (var callback in operation.Callbacks?.Values ?? (IEnumerable<OpenApiCallback>)Array.Empty<OpenApiCallback>())
            {
                foreach (var item in callback?.PathItems?.Values ?? (IEnumerable<OpenApiPathItem>)Array.Empty<OpenApiPathItem>())
                {
                    PathItem(item, depth + 1);
                }
            }
        }
    }

    private void Parameters(IList<OpenApiParameter>? parameters)
    {
        for (var i = 0; parameters is not null && i < parameters.Count; i++)
        {
            Add(parameters[i]?.Schema);
            Content(parameters[i]?.Content);
        }
    }

    private void Headers(IDictionary<string, OpenApiHeader>? headers)
    {
        foreach (var header in headers?.Values ?? (IEnumerable<OpenApiHeader>)Array.Empty<OpenApiHeader>())
        {
            Add(header?.Schema);
            Content(header?.Content);
        }
    }

    private void Content(IDictionary<string, OpenApiMediaType>? content)
    {
        foreach (var media in content?.Values ?? (IEnumerable<OpenApiMediaType>)Array.Empty<OpenApiMediaType>())
        {
            Add(media?.Schema);
            foreach (var encoding in media?.Encoding?.Values ?? (IEnumerable<OpenApiEncoding>)Array.Empty<OpenApiEncoding>())
            {
                Headers(encoding?.Headers);
            }
        }
    }

    private void Add(OpenApiSchema? schema)
    {
        if (schema is not null && _seen.Add(schema))
        {
            _pending.Push(schema);
        }
    }

    /// <summary>Follows every schema met, with a stack rather than recursion: a spec may nest schemas deeply.</summary>
    private void Drain()
    {
        while (_pending.Count > 0)
        {
            var schema = _pending.Pop();
            if (schema.Reference is { IsExternal: false, Type: ReferenceType.Schema, Id: { } id })
            {
                _ids.Add(id);
                if (schema.UnresolvedReference)
                {
                    // A placeholder the reader left (its target missing): the component, if any, is what it names.
                    Add(Component(id));
                    continue;
                }
            }

            Add(schema.Items);
            Add(schema.AdditionalProperties);
            Add(schema.Not);
            AddAll(schema.AllOf);
            AddAll(schema.OneOf);
            AddAll(schema.AnyOf);
            foreach (var property in schema.Properties?.Values ?? (IEnumerable<OpenApiSchema>)Array.Empty<OpenApiSchema>())
            {
                Add(property);
            }

            foreach (var target in schema.Discriminator?.Mapping?.Values ?? (IEnumerable<string>)Array.Empty<string>())
            {
                if (target is not null && target.StartsWith(SchemaPrefix, StringComparison.Ordinal))
                {
                    var name = Helpers.PointerSegment.Unescape(target.Substring(SchemaPrefix.Length));
                    _ids.Add(name);
                    Add(Component(name));
                }
            }
        }
    }

    private void AddAll(IList<OpenApiSchema>? schemas)
    {
        for (var i = 0; schemas is not null && i < schemas.Count; i++)
        {
            Add(schemas[i]);
        }
    }

    private OpenApiSchema? Component(string name)
        => _components is not null && _components.TryGetValue(name, out var schema) ? schema : null;
}

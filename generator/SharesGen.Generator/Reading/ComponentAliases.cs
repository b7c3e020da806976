using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Interfaces;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Services;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Finishes what Microsoft.OpenApi 1.6 leaves half done for a component that only names another
/// (<c>widgets_page: {$ref: widgets_widget}</c>, as Cloudflare's <c>account_identifier: {$ref: identifier}</c>). Its
/// resolver walks the paths before the components and each component map in order, so a reference met while the
/// alias was still a placeholder keeps that placeholder: an unresolved reference to the alias's target, which is
/// defined. Here every such placeholder, and every alias chain (<c>a → b → c</c>), becomes the object it names; a
/// reference whose chain ends at nothing or goes round (<c>a → b → a</c>) is left unresolved, for the reader to report.
/// </summary>
internal static class ComponentAliases
{
    public static void Resolve(OpenApiDocument document)
    {
        if (document.Components is not { } components || !HasAliases(components))
        {
            // No component names another: the reader resolved everything it could, and the walk below would find nothing.
            return;
        }

        // The walk visits the component maps too; a chain is followed through the maps, so the order is of no matter.
        new OpenApiWalker(new PlaceholderRepair(components)).Walk(document);
    }

    /// <summary>
    /// Whether <paramref name="pointer"/> (<c>#/components/schemas/page/discriminator</c>) is inside an alias read as the
    /// object it names: the validator walks that object once per name, so an error there is the named one's, reported
    /// at its own place already.
    /// </summary>
    public static bool IsInsideAlias(OpenApiDocument document, string? pointer)
    {
        var segments = (pointer ?? string.Empty).TrimStart('#').Split('/');
        if (segments.Length < 5 || segments[1] != "components" || document.Components is not { } components)
        {
            return false;
        }

        var name = Helpers.PointerSegment.Unescape(segments[3]);
        var component = segments[2] switch
        {
            "schemas" => Find(components.Schemas, name),
            "parameters" => Find(components.Parameters, name),
            "requestBodies" => Find(components.RequestBodies, name),
            "responses" => Find(components.Responses, name),
            "headers" => Find(components.Headers, name),
            _ => null,
        };
        return component is { UnresolvedReference: false, Reference.Id: { } id } && id != name;
    }

    private static IOpenApiReferenceable? Find<T>(IDictionary<string, T>? map, string name)
        where T : class, IOpenApiReferenceable
        => map is not null && map.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether a component is an alias: still a placeholder, or the object of another component.</summary>
    private static bool HasAliases(OpenApiComponents components)
        => IsAliased(components.Schemas) || IsAliased(components.Parameters) || IsAliased(components.RequestBodies)
           || IsAliased(components.Responses) || IsAliased(components.Headers) || IsAliased(components.Examples)
           || IsAliased(components.Links) || IsAliased(components.Callbacks);

    private static bool IsAliased<T>(IDictionary<string, T>? map)
        where T : class, IOpenApiReferenceable
        => map is not null && map.Any(pair => pair.Value is { } value && (value.UnresolvedReference || value.Reference?.Id != pair.Key));

    /// <summary>Replaces, in the places Microsoft.OpenApi's resolver fills, each placeholder whose chain ends at a definition.</summary>
    private sealed class PlaceholderRepair : OpenApiVisitorBase
    {
        private readonly OpenApiComponents _components;

        public PlaceholderRepair(OpenApiComponents components) => _components = components;

        public override void Visit(OpenApiComponents components)
        {
            RepairMap(components.Parameters, components.Parameters);
            RepairMap(components.RequestBodies, components.RequestBodies);
            RepairMap(components.Responses, components.Responses);
            RepairMap(components.Headers, components.Headers);
            RepairMap(components.Examples, components.Examples);
            RepairMap(components.Links, components.Links);
            RepairMap(components.Callbacks, components.Callbacks);
            RepairMap(components.Schemas, components.Schemas);
        }

        public override void Visit(OpenApiOperation operation)
        {
            if (Defined(operation.RequestBody, _components.RequestBodies) is { } body)
            {
                operation.RequestBody = body;
            }
        }

        public override void Visit(IList<OpenApiParameter> parameters) => RepairList(parameters, _components.Parameters);

        public override void Visit(OpenApiParameter parameter)
        {
            if (Defined(parameter.Schema, _components.Schemas) is { } schema)
            {
                parameter.Schema = schema;
            }

            RepairMap(parameter.Examples, _components.Examples);
        }

        public override void Visit(OpenApiResponses responses) => RepairMap(responses, _components.Responses);

        public override void Visit(IDictionary<string, OpenApiHeader> headers) => RepairMap(headers, _components.Headers);

        public override void Visit(IDictionary<string, OpenApiExample> examples) => RepairMap(examples, _components.Examples);

        public override void Visit(IDictionary<string, OpenApiLink> links) => RepairMap(links, _components.Links);

        public override void Visit(IDictionary<string, OpenApiCallback> callbacks) => RepairMap(callbacks, _components.Callbacks);

        public override void Visit(OpenApiMediaType mediaType)
        {
            if (Defined(mediaType.Schema, _components.Schemas) is { } schema)
            {
                mediaType.Schema = schema;
            }
        }

        public override void Visit(OpenApiSchema schema)
        {
            if (Defined(schema.Items, _components.Schemas) is { } items)
            {
                schema.Items = items;
            }

            if (Defined(schema.AdditionalProperties, _components.Schemas) is { } additional)
            {
                schema.AdditionalProperties = additional;
            }

            RepairList(schema.AllOf, _components.Schemas);
            RepairList(schema.OneOf, _components.Schemas);
            RepairList(schema.AnyOf, _components.Schemas);
            RepairMap(schema.Properties, _components.Schemas);
        }

        private static void RepairList<T>(IList<T>? list, IDictionary<string, T>? definitions)
            where T : class, IOpenApiReferenceable
        {
            for (var i = 0; list is not null && i < list.Count; i++)
            {
                if (Defined(list[i], definitions) is { } defined)
                {
                    list[i] = defined;
                }
            }
        }

        private static void RepairMap<T>(IDictionary<string, T>? map, IDictionary<string, T>? definitions)
            where T : class, IOpenApiReferenceable
        {
            if (map is null)
            {
                return;
            }

            foreach (var key in map.Keys.ToList())
            {
                if (Defined(map[key], definitions) is { } defined)
                {
                    map[key] = defined;
                }
            }
        }

        /// <summary>
        /// For a placeholder, the definition at the end of its chain of aliases; null for anything else, and for a
        /// chain that ends at nothing, at another kind of component, or comes back to a name it passed.
        /// </summary>
        private static T? Defined<T>(T? entity, IDictionary<string, T>? definitions)
            where T : class, IOpenApiReferenceable
        {
            if (entity is not { UnresolvedReference: true, Reference: { } reference } || definitions is null)
            {
                return null;
            }

            var type = reference.Type;
            HashSet<string>? seen = null;
            for (var current = reference; current is { IsExternal: false, Id: { } id } && current.Type == type; )
            {
                if (!(seen ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(id)
                    || !definitions.TryGetValue(id, out var definition) || definition is null)
                {
                    return null;
                }

                if (!definition.UnresolvedReference)
                {
                    return definition;
                }

                current = definition.Reference;
            }

            return null;
        }
    }
}

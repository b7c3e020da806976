using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Microsoft.OpenApi.Interfaces;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Services;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Options;

namespace SharesGen.Generator.Reading.Selection;

/// <summary>
/// Applies a selection to the document the reader made: the operations it leaves out, and the components no selected
/// operation reaches, are removed, so everything after (operation naming, the shared component prefix, the contract)
/// sees exactly the selected part, as if it were a spec of its own. When <see cref="SelectedText"/> already cut the
/// text this finds nothing more to remove; when it could not, this is the whole selection, at the cost of a full read.
/// </summary>
internal static class SelectedDocument
{
    public static void Apply(OpenApiDocument document, OperationSelection selection, ISet<Selector> matched, ReadContext context)
    {
        foreach (var path in document.Paths.ToList())
        {
            foreach (var operation in path.Value.Operations.ToList())
            {
                if (!selection.Selects(path.Key, operation.Value?.OperationId, operation.Value?.Tags?.Select(t => t?.Name ?? string.Empty), matched))
                {
                    path.Value.Operations.Remove(operation.Key);
                }
            }

            if (path.Value.Operations.Count == 0)
            {
                document.Paths.Remove(path.Key);
            }
        }

        RemoveUnreachedComponents(document);
        Report(selection, matched, context);
    }

    /// <summary>One warning per entry that is not a selector, or that selects nothing (a misspelt tag would otherwise generate an empty client in silence).</summary>
    private static void Report(OperationSelection selection, ISet<Selector> matched, ReadContext context)
    {
        // The spec as a whole, not a place in it: the option is on the project's item, not in the file.
        var file = new LocationInfo(context.Path, new TextSpan(0, 0), new LinePositionSpan(default, default));
        foreach (var invalid in selection.Invalid)
        {
            context.Report(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSelector, file, invalid.Option, invalid.Entry, "is not 'tag:NAME', 'path:PREFIX' or 'operationId:ID'; it is ignored"));
        }

        foreach (var selector in selection.Include.Where(s => !matched.Contains(s)))
        {
            context.Report(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSelector, file, OperationSelection.IncludeMetadata, selector.Text, "matches no operation of the spec"));
        }

        foreach (var selector in selection.Exclude.Where(s => !matched.Contains(s)))
        {
            context.Report(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSelector, file, OperationSelection.ExcludeMetadata, selector.Text, "matches no included operation; it removes nothing"));
        }
    }

    private static void RemoveUnreachedComponents(OpenApiDocument document)
    {
        if (document.Components is not { } components)
        {
            return;
        }

        var refs = Reached(document);
        Keep(components.Schemas, "schemas", refs);
        Keep(components.Responses, "responses", refs);
        Keep(components.Parameters, "parameters", refs);
        Keep(components.Examples, "examples", refs);
        Keep(components.RequestBodies, "requestBodies", refs);
        Keep(components.Headers, "headers", refs);
        Keep(components.SecuritySchemes, "securitySchemes", refs);
        Keep(components.Links, "links", refs);
        Keep(components.Callbacks, "callbacks", refs);
    }

    /// <summary>The components the document's operations (and its security requirements) reach, directly or through other components.</summary>
    private static ComponentRefs Reached(OpenApiDocument document)
    {
        var refs = new ComponentRefs();
        if (document.Components is not { } components)
        {
            return refs;
        }

        var collector = new ReferenceCollector(refs);
        new OpenApiWalker(collector).Walk(new OpenApiDocument { Paths = document.Paths, SecurityRequirements = document.SecurityRequirements });

        // Each round walks the definitions the last one reached, until a round reaches nothing new.
        var next = new OpenApiComponents();
        while (refs.TryTakePending(out var component))
        {
            CopyDefinition(components, next, component.Kind, component.Name);
            if (refs.HasPending)
            {
                continue;
            }

            new OpenApiWalker(collector).Walk(new OpenApiDocument { Paths = new OpenApiPaths(), Components = next });
            next = new OpenApiComponents();
        }

        return refs;
    }

    private static void CopyDefinition(OpenApiComponents from, OpenApiComponents to, string kind, string name)
    {
        switch (kind)
        {
            case "schemas": Copy(from.Schemas, to.Schemas, name); break;
            case "responses": Copy(from.Responses, to.Responses, name); break;
            case "parameters": Copy(from.Parameters, to.Parameters, name); break;
            case "examples": Copy(from.Examples, to.Examples, name); break;
            case "requestBodies": Copy(from.RequestBodies, to.RequestBodies, name); break;
            case "headers": Copy(from.Headers, to.Headers, name); break;
            case "securitySchemes": Copy(from.SecuritySchemes, to.SecuritySchemes, name); break;
            case "links": Copy(from.Links, to.Links, name); break;
            case "callbacks": Copy(from.Callbacks, to.Callbacks, name); break;
        }
    }

    private static void Copy<T>(IDictionary<string, T>? from, IDictionary<string, T> to, string name)
    {
        if (from is not null && from.TryGetValue(name, out var definition) && definition is not null)
        {
            to[name] = definition;
        }
    }

    /// <summary>
    /// Removes the definitions the selection does not reach. A component that only names another (<c>a: {$ref: b}</c>,
    /// as Cloudflare's <c>api-response-single-GpN0o6Bl</c> names <c>api-response-common-RwTfPVuX</c>) is read as the
    /// very object of the one it names, so a reference to it reads as a reference to that one: it is kept when that
    /// one is. From a cut text that is exact, since the cut holds only the components the selected part names; from a
    /// text read whole it also keeps such components that no selected operation names.
    /// </summary>
    private static void Keep<T>(IDictionary<string, T>? definitions, string kind, ComponentRefs reached)
    {
        if (definitions is null)
        {
            return;
        }

        foreach (var definition in definitions.Where(definition => !IsReached(reached, kind, definition.Key, definition.Value)).ToList())
        {
            definitions.Remove(definition.Key);
        }
    }

    /// <summary>Whether a definition is reached: by its own name, or, for one that only names another, by that one's.</summary>
    private static bool IsReached(ComponentRefs reached, string kind, string name, object? definition)
        => reached.Contains(kind, name) || (definition is IOpenApiReferenceable { Reference.Id: { } target } && reached.Contains(kind, target));

    /// <summary>Records each reference the walker meets (it does not follow them: the next round walks their definitions).</summary>
    private sealed class ReferenceCollector : OpenApiVisitorBase
    {
        private readonly ComponentRefs _refs;

        public ReferenceCollector(ComponentRefs refs) => _refs = refs;

        public override void Visit(IOpenApiReferenceable referenceable)
        {
            if (referenceable.Reference is { IsExternal: false, Type: { } type, Id: { } id } && KindOf(type) is { } kind)
            {
                _refs.Add(kind, id);
            }
        }

        public override void Visit(OpenApiSchema schema)
        {
            if (schema.Discriminator?.Mapping is { } mapping)
            {
                foreach (var target in mapping.Values)
                {
                    _refs.AddReference(target);
                }
            }
        }

        public override void Visit(OpenApiSecurityRequirement securityRequirement)
        {
            foreach (var scheme in securityRequirement.Keys)
            {
                if (scheme?.Reference?.Id is { } id)
                {
                    _refs.Add("securitySchemes", id);
                }
            }
        }

        private static string? KindOf(ReferenceType type) => type switch
        {
            ReferenceType.Schema => "schemas",
            ReferenceType.Response => "responses",
            ReferenceType.Parameter => "parameters",
            ReferenceType.Example => "examples",
            ReferenceType.RequestBody => "requestBodies",
            ReferenceType.Header => "headers",
            ReferenceType.SecurityScheme => "securitySchemes",
            ReferenceType.Link => "links",
            ReferenceType.Callback => "callbacks",
            _ => null,
        };
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;
using SharesGen.Generator.Reading.Conventions;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Reads the spec into a <see cref="ContractModel"/>: component schemas with allOf merged, what each
/// operation expects and answers, and every example with the schema and type it belongs to.
/// </summary>
internal sealed class ContractReader
{
    private readonly SchemaReader _schemas;
    private readonly NameScope _exampleNames = new();
    private readonly List<ExampleModel> _examples = new();

    public ContractReader(SchemaReader schemas) => _schemas = schemas;

    public ContractModel Read(OpenApiDocument document, IReadOnlyList<AcceptedOperation> operations, string @namespace, string clientName)
    {
        var components = document.Components?.Schemas ?? new Dictionary<string, OpenApiSchema>();
        var schemas = components
            .OrderBy(c => c.Key, System.StringComparer.Ordinal)
            .Select(c => new NamedSchemaModel(c.Key, Node(c.Value, "#/components/schemas/" + PointerSegment.Escape(c.Key), defining: true)))
            .ToEquatableArray();

        var contracts = operations.Select(ReadOperation).ToEquatableArray();

        // A component or property that is not a map in the spec is a null schema here (the reader reported it).
        foreach (var component in components.Where(c => c.Value is not null).OrderBy(c => c.Key, System.StringComparer.Ordinal))
        {
            ReadSchemaExamples(component.Key, component.Value);
        }

        return new ContractModel(@namespace, clientName, schemas, contracts, _examples.ToEquatableArray());
    }

    /// <summary>A schema for validation; components other than the one being defined become references.</summary>
    private SchemaNodeModel Node(OpenApiSchema? schema, string pointer, bool defining = false, int depth = 0)
    {
        if (schema is null || schema.UnresolvedReference || depth > 64 || _schemas.IsBroken(schema))
        {
            return new SchemaNodeModel();
        }

        if (!defining && schema.Reference?.Id is { } id)
        {
            return new SchemaNodeModel(Ref: id);
        }

        if (SchemaReader.AliasTarget(schema) is { } target)
        {
            var aliased = Node(target, pointer + "/allOf/0", depth: depth + 1);
            return aliased with { Nullable = aliased.Nullable || schema.Nullable, Deprecated = aliased.Deprecated || schema.Deprecated };
        }

        var view = _schemas.View(schema, pointer);
        var enumValues = view.Enum.OfType<OpenApiString>().Select(v => v.Value).ToEquatableArray();
        return new SchemaNodeModel(
            Type: view.Type,
            Nullable: view.Nullable,
            Enum: enumValues,
            EnumAllowsNull: view.Enum.Any(v => v is OpenApiNull),
            Constraints: view.Constraints,
            Properties: view.Properties
                .Select(p => new PropertyNodeModel(p.Key, Node(p.Value, pointer + "/properties/" + PointerSegment.Escape(p.Key), depth: depth + 1)))
                .ToEquatableArray(),
            Required: view.Required.OrderBy(r => r, System.StringComparer.Ordinal).ToEquatableArray(),
            Items: view.Items is null ? null : Node(view.Items, pointer + "/items", depth: depth + 1),
            AnyOf: view.Alternatives.Select((a, i) => Node(a, pointer + "/anyOf/" + i, depth: depth + 1)).ToEquatableArray(),
            Deprecated: view.Deprecated,
            Example: schema.Example is { } example ? ExampleJson.Write(example) : null,
            Default: schema.Default is { } value ? ExampleJson.Write(value) : null);
    }

    private OperationContractModel ReadOperation(AcceptedOperation accepted)
    {
        var (model, item, operation, pointer) = (accepted.Model, accepted.Item, accepted.Operation, accepted.Pointer);
        var baseName = string.Concat(model.Group) + model.MethodName;

        var parameters = OperationReader.ParametersOf(item, operation, model.PathTemplate, pointer)
            .Where(p => !p.Parameter.UnresolvedReference && p.Parameter.In is not null)
            .Select(p => new ParameterContractModel(
                p.Parameter.Name,
                p.Parameter.In!.Value.ToString().ToLowerInvariant(),
                p.Parameter.Required || p.Parameter.In == Microsoft.OpenApi.Models.ParameterLocation.Path,
                Node(p.Parameter.Schema, p.Pointer + "/schema"),
                p.Parameter.Explode))
            .ToEquatableArray();

        SchemaNodeModel? body = null;
        int? requestExample = null;
        if (operation.RequestBody is { } requestBody && OperationReader.JsonMedia(requestBody.Content) is { } requestMedia)
        {
            var mediaPointer = pointer + "/requestBody/content/" + PointerSegment.Escape(requestMedia.Type);
            body = Node(requestMedia.Media.Schema, mediaPointer + "/schema");
            // A bare-array body (the bulk PUTs) round-trips item by item through the element's DTO.
            var bodyDto = model.Body?.Type switch
            {
                { Kind: TypeKind.Object } dto => dto,
                { Kind: TypeKind.Array, Element: { Kind: TypeKind.Object } element } => element,
                _ => null,
            };
            requestExample = ReadMediaExamples(requestMedia.Media, baseName + "Request", mediaPointer, body, bodyDto, isEnvelope: false);
        }

        SchemaNodeModel? success = null;
        SchemaNodeModel? failure = null;
        int? responseExample = null;
        foreach (var response in operation.Responses.OrderBy(r => r.Key, System.StringComparer.Ordinal))
        {
            if (response.Value is null || OperationReader.JsonMedia(response.Value.Content) is not { } media)
            {
                continue;
            }

            var mediaPointer = pointer + "/responses/" + PointerSegment.Escape(response.Key) + "/content/" + PointerSegment.Escape(media.Type);
            var node = Node(media.Media.Schema, mediaPointer + "/schema");
            var isSuccess = CloudflareConventions.IsSuccessStatus(response.Key);
            if (isSuccess && success is null)
            {
                success = node;
                var resultDto = model.Result.Type is { Kind: TypeKind.Object } dto ? dto : null;
                responseExample = ReadMediaExamples(media.Media, baseName + "Response", mediaPointer, node, resultDto, model.Result.IsEnveloped);
            }
            else if (!isSuccess)
            {
                failure ??= node;
                ReadMediaExamples(media.Media, baseName + "Response" + response.Key.ToUpperInvariant(), mediaPointer, node, null, isEnvelope: false);
            }
        }

        return new OperationContractModel(
            model.OperationId,
            model.HttpMethod,
            model.PathTemplate,
            parameters,
            body,
            operation.RequestBody?.Required ?? false,
            model.Result.StatusCode,
            success,
            failure,
            Security(model),
            requestExample,
            responseExample)
        {
            SuccessMediaType = model.Result.Kind is ResultKind.Text or ResultKind.Bytes ? model.Result.MediaType : null,
        };
    }

    /// <summary>
    /// Each alternative lists the headers that must all be present (an API key's header, or <c>Authorization</c>); what
    /// the server cannot check by a header (a query or cookie key) is left out of it. An operation that may be called
    /// anonymously (<c>{}</c> among its alternatives) needs no header at all: no alternatives.
    /// </summary>
    private static EquatableArray<SecurityAlternativeModel> Security(OperationModel operation)
    {
        if (operation.Security.Any(requirement => requirement.Schemes.IsEmpty))
        {
            return EquatableArray<SecurityAlternativeModel>.Empty;
        }

        return operation.Security
            .Select(requirement => new SecurityAlternativeModel(requirement.Schemes
                .Select(scheme => scheme.Header)
                .Where(header => header is not null)
                .Select(header => header!)
                .Distinct(System.StringComparer.OrdinalIgnoreCase)
                .OrderBy(header => header, System.StringComparer.OrdinalIgnoreCase)
                .ToEquatableArray()))
            .Where(alternative => !alternative.Headers.IsEmpty)
            .Distinct()
            .ToEquatableArray();
    }

    /// <summary>Adds the media type's <c>example</c> and named <c>examples</c>; returns the index of the first.</summary>
    private int? ReadMediaExamples(OpenApiMediaType media, string name, string pointer, SchemaNodeModel schema, TypeRef? dto, bool isEnvelope)
    {
        int? first = null;
        if (media.Example is { } example)
        {
            first = Add(name, pointer + "/example", example, schema, dto, isEnvelope);
        }

        foreach (var named in media.Examples.OrderBy(e => e.Key, System.StringComparer.Ordinal))
        {
            if (named.Value?.Value is { } value)
            {
                var index = Add(name + Naming.ToPascalCase(named.Key, string.Empty), pointer + "/examples/" + PointerSegment.Escape(named.Key) + "/value", value, schema, dto, isEnvelope);
                first ??= index;
            }
        }

        return first;
    }

    private void ReadSchemaExamples(string componentId, OpenApiSchema component)
    {
        var typeName = _schemas.ComponentTypeName(componentId);
        var pointer = "#/components/schemas/" + PointerSegment.Escape(componentId);
        var self = new SchemaNodeModel(Ref: componentId);
        var generated = _schemas.Generated(component);
        if (component.Example is { } example)
        {
            Add(typeName + "Example", pointer + "/example", example, self, generated is { Kind: TypeKind.Object } ? generated : null, isEnvelope: false);
        }

        foreach (var property in component.Properties)
        {
            if (property.Value?.Example is { } propertyExample && property.Value.Reference is null)
            {
                var propertyPointer = pointer + "/properties/" + PointerSegment.Escape(property.Key);
                Add(typeName + Naming.ToPascalCase(property.Key) + "Example", propertyPointer + "/example", propertyExample, Node(property.Value, propertyPointer), null, isEnvelope: false);
            }
        }
    }

    /// <summary>Adds an example; returns its index in <see cref="ContractModel.Examples"/>.</summary>
    private int Add(string wantedName, string pointer, IOpenApiAny value, SchemaNodeModel schema, TypeRef? dto, bool isEnvelope)
    {
        var json = ExampleJson.Write(value);
        var name = _exampleNames.Claim(Naming.ToPascalCase(wantedName, "Example"), pointer, out _);
        _examples.Add(new ExampleModel(name, pointer, json, schema, dto, isEnvelope));
        return _examples.Count - 1;
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;
using SharesGen.Generator.Reading.Conventions;

namespace SharesGen.Generator.Reading;

/// <summary>Turns the spec's paths into operation models: parameters, body, and the unwrapped result.</summary>
internal sealed class OperationReader
{
    private readonly ReadContext _context;
    private readonly SchemaReader _schemas;

    private readonly IReadOnlyDictionary<string, string> _nameOverrides;
    private readonly BrokenParts _broken;
    private readonly bool _validateOnClient;
    private readonly List<AcceptedOperation> _accepted = new();

    /// <summary>The operations read, with their OpenAPI objects, for the contract reader.</summary>
    public IReadOnlyList<AcceptedOperation> Accepted => _accepted;

    private readonly NameScope _typeNames;
    private readonly string _clientName;

    public OperationReader(ReadContext context, SchemaReader schemas, IReadOnlyDictionary<string, string> nameOverrides, BrokenParts broken, bool validateOnClient, NameScope typeNames, string clientName)
    {
        _typeNames = typeNames;
        _clientName = clientName;
        _context = context;
        _schemas = schemas;
        _nameOverrides = nameOverrides;
        _broken = broken;
        _validateOnClient = validateOnClient;
    }

    public IReadOnlyList<OperationModel> ReadAll(OpenApiDocument document)
    {
        var found = new List<(string Path, OperationType Method, OpenApiPathItem Item, OpenApiOperation Operation)>();
        foreach (var path in document.Paths ?? new OpenApiPaths())
        {
            foreach (var operation in path.Value.Operations)
            {
                found.Add((path.Key, operation.Key, path.Value, operation.Value));
            }
        }

        var names = OperationNaming.Assign(found.Select(f => (f.Path, Method: f.Method.ToString().ToUpperInvariant())).ToList());
        var seenIds = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var methodNames = new Dictionary<string, NameScope>(System.StringComparer.Ordinal);
        var read = new List<(OperationModel Model, OpenApiPathItem Item, OpenApiOperation Operation, string Pointer)>();
        for (var i = 0; i < found.Count; i++)
        {
            var (path, method, item, operation) = found[i];
            var httpMethod = method.ToString().ToUpperInvariant();
            var pointer = "#/paths/" + PointerSegment.Escape(path) + "/" + method.ToString().ToLowerInvariant();
            if (_broken.IsOperationBroken(pointer) || UsesBrokenComponent(item, operation))
            {
                // Its error said so; the other operations keep the names they would have had without it.
                continue;
            }

            var operationId = operation.OperationId;
            if (string.IsNullOrWhiteSpace(operationId))
            {
                _context.Report(DiagnosticDescriptors.MissingOperationId, pointer, httpMethod, path);
                operationId = httpMethod.ToLowerInvariant() + path;
            }
            else if (seenIds.ContainsKey(operationId))
            {
                _context.Report(DiagnosticDescriptors.DuplicateOperationId, pointer + "/operationId", operationId);
                continue;
            }

            seenIds[operationId] = path;
            var name = NameOf(operationId, operation, names[i], pointer);
            name = UniqueMethod(name, operationId, pointer, methodNames);
            read.Add((Read(document, operationId, httpMethod, path, item, operation, name, pointer), item, operation, pointer));
        }

        // Sub-client and options classes are named once every operation and schema is: they must not take a DTO's name.
        var pointers = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (model, _, _, pointer) in read)
        {
            if (!pointers.ContainsKey(model.OperationId))
            {
                pointers.Add(model.OperationId, pointer);
            }
        }

        var generatedTypes = _schemas.Objects.Select(o => o.Name).Concat(_schemas.Enums.Select(e => e.Name)).Concat(_schemas.Forms.Select(f => f.Name)).ToList();
        var operations = ClientLayout.Assign(read.Select(r => r.Model).ToList(), _typeNames, generatedTypes, _clientName, o => pointers[o.OperationId], _context);
        for (var i = 0; i < operations.Count; i++)
        {
            _accepted.Add(new AcceptedOperation(operations[i], read[i].Item, read[i].Operation, read[i].Pointer));
        }

        return operations;
    }

    /// <summary>Whether the operation's body, a response or a parameter is a component an unresolved reference broke.</summary>
    private bool UsesBrokenComponent(OpenApiPathItem item, OpenApiOperation operation)
        => _broken.IsComponentBroken(operation.RequestBody?.Reference)
           || operation.Responses.Values.Any(response => _broken.IsComponentBroken(response?.Reference))
           || item.Parameters.Concat(operation.Parameters).Any(parameter => _broken.IsComponentBroken(parameter?.Reference));

    /// <summary>Overrides can make two operations of one group share a method name; the second gets a number.</summary>
    private OperationName UniqueMethod(OperationName name, string operationId, string pointer, Dictionary<string, NameScope> methodNames)
    {
        var group = string.Join(".", name.Group);
        if (!methodNames.TryGetValue(group, out var scope))
        {
            methodNames[group] = scope = new NameScope();
        }

        var method = scope.Claim(name.Method, operationId, out var collided);
        if (collided is not null)
        {
            _context.Report(DiagnosticDescriptors.NameCollision, pointer, collided, operationId, group + "." + name.Method, group + "." + method);
        }

        return name with { Method = method };
    }

    /// <summary>The consumer's override, else the spec's <c>x-sharesgen-name</c>, else the derived name.</summary>
    private OperationName NameOf(string operationId, OpenApiOperation operation, OperationName derived, string pointer)
    {
        if (_nameOverrides.TryGetValue(operationId, out var consumerName))
        {
            if (OperationNaming.ParseOverride(consumerName) is { } parsed)
            {
                return parsed;
            }

            _context.Report(DiagnosticDescriptors.InvalidOption, pointer, "SharesGenOperationNames", consumerName, "Group.Method name", derived.Method);
        }

        if (operation.Extensions.TryGetValue("x-sharesgen-name", out var extension) && extension is Microsoft.OpenApi.Any.OpenApiString { Value: var specName })
        {
            if (OperationNaming.ParseOverride(specName) is { } parsed)
            {
                return parsed;
            }

            _context.Report(DiagnosticDescriptors.InvalidOption, pointer + "/x-sharesgen-name", "x-sharesgen-name", specName, "Group.Method name", derived.Method);
        }

        return derived;
    }

    private OperationModel Read(OpenApiDocument document, string operationId, string httpMethod, string path, OpenApiPathItem item, OpenApiOperation operation, OperationName name, string pointer)
    {
        var typeHint = name.Group.LastOrDefault() is { } last ? Naming.Singularize(last) : "Item";
        // A generated method's parameters are the path parameters, then body, options and cancellationToken, and it has
        // one local, request; a path parameter of one of these names gets a number instead. Query and header parameters
        // are properties of the options class, beside what ApiCallOptions already has.
        var parameterNames = new NameScope("cancellationToken", "body", "options", "request");
        var optionNames = new NameScope(ClientLayout.ApiCallOptionsMembers);
        var parameters = new List<ParameterModel>();
        foreach (var (parameter, parameterPointer) in ParametersOf(item, operation, path, pointer))
        {
            if (parameter.UnresolvedReference)
            {
                _context.Report(DiagnosticDescriptors.UnresolvedReference, parameterPointer, parameter.Reference?.ReferenceV3 ?? "?", "the parameter is left out of the client");
                continue;
            }

            if (parameter.In is not (Microsoft.OpenApi.Models.ParameterLocation.Path or Microsoft.OpenApi.Models.ParameterLocation.Query or Microsoft.OpenApi.Models.ParameterLocation.Header))
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer, $"The {parameter.In} parameter '{parameter.Name}'", "it is left out of the client");
                continue;
            }

            var schema = parameter.Schema;
            // Inline enums of parameters are named after the operation group: ShareOrder, not Order.
            var type = SchemaReader.IsTypeless(schema)
                ? TypeRef.String
                : _schemas.Resolve(schema, typeHint + Naming.ToPascalCase(parameter.Name), parameterPointer + "/schema");
            var style = StyleOf(parameter, type, parameterPointer);
            ObjectModel? members = null;
            if (style is null || !CanSend(type, parameter.In.Value, style.Value, out members))
            {
                // The request API writes scalars, extensible enums and (in a query) lists and objects of them. For
                // anything else (free-form JSON, a list of lists, a style it does not write there) the caller passes the wire text.
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer + (style is null ? "/style" : "/schema"), $"A {parameter.In.Value.ToString().ToLowerInvariant()} parameter of this {(style is null ? "style" : "type")} ('{parameter.Name}')", "it is typed string and sent as given");
                type = TypeRef.String;
                style = DefaultStyle(parameter.In.Value);
            }

            var view = schema is null ? null : _schemas.View(schema, parameterPointer);
            var itemConstraints = view?.Items is { } items ? _schemas.View(items, parameterPointer).Constraints : null;
            var constraints = view?.Constraints ?? Constraints.None;
            if (itemConstraints is not null)
            {
                // For arrays, the element's length limits matter too (tag: maxLength 1281 per value).
                constraints = constraints with { MinLength = itemConstraints.MinLength, MaxLength = itemConstraints.MaxLength };
            }

            var location = parameter.In switch
            {
                Microsoft.OpenApi.Models.ParameterLocation.Path => Model.ParameterLocation.Path,
                Microsoft.OpenApi.Models.ParameterLocation.Header => Model.ParameterLocation.Header,
                _ => Model.ParameterLocation.Query,
            };
            var description = parameter.Description ?? (schema is null ? null : SchemaReader.DescriptionOf(schema));
            var csharpName = location == Model.ParameterLocation.Path
                ? parameterNames.Claim(Naming.ToCamelCase(parameter.Name), parameter.Name, out _)
                : optionNames.Claim(Naming.ToPascalCase(parameter.Name), parameter.Name, out _);
            parameters.Add(new ParameterModel(
                Name: csharpName,
                WireName: parameter.Name,
                Location: location,
                Type: type,
                IsRequired: parameter.Required || location == Model.ParameterLocation.Path,
                Description: description,
                // Checked by the client only when the consumer asks (SharesGenClientValidation): the server is the one
                // that enforces them, and a newer one may accept what an older spec forbids.
                Constraints: _validateOnClient ? constraints : Constraints.None,
                Explode: parameter.Explode,
                Style: style.Value,
                ObsoleteMessage: parameter.Deprecated ? description ?? "Deprecated by the API." : null)
            {
                Members = members?.Properties ?? EquatableArray<PropertyModel>.Empty,
            });
        }

        return new OperationModel(
            OperationId: operationId,
            HttpMethod: httpMethod,
            PathTemplate: path,
            Group: name.Group.ToEquatableArray(),
            MethodName: name.Method,
            Summary: operation.Summary,
            Description: operation.Description,
            IsDeprecated: operation.Deprecated,
            Parameters: parameters.ToEquatableArray(),
            Body: ReadBody(operation, name, typeHint, pointer),
            Result: ReadResult(operation, name.Method + typeHint, pointer, parameters),
            Security: SecurityReader.Read(document, operation));
    }

    /// <summary>Path-item parameters, overridden by operation parameters of the same name and location.</summary>
    internal static IReadOnlyList<(OpenApiParameter Parameter, string Pointer)> ParametersOf(OpenApiPathItem item, OpenApiOperation operation, string path, string pointer)
    {
        // An unresolvable $ref leaves a null entry, and a parameter without a name cannot be sent; the reader has
        // already reported both. Loops, not a LINQ chain: this runs for every operation, and for the contract again.
        var own = new List<(OpenApiParameter Parameter, string Pointer)>(operation.Parameters.Count);
        for (var i = 0; i < operation.Parameters.Count; i++)
        {
            if (operation.Parameters[i] is { Name: { Length: > 0 } } parameter)
            {
                own.Add((parameter, pointer + "/parameters/" + i.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var all = new List<(OpenApiParameter Parameter, string Pointer)>(item.Parameters.Count + own.Count);
        for (var i = 0; i < item.Parameters.Count; i++)
        {
            if (item.Parameters[i] is { Name: { Length: > 0 } } parameter && !IsOverridden(parameter, own))
            {
                all.Add((parameter, "#/paths/" + PointerSegment.Escape(path) + "/parameters/" + i.ToString(CultureInfo.InvariantCulture)));
            }
        }

        all.AddRange(own);
        return all;

        static bool IsOverridden(OpenApiParameter inherited, List<(OpenApiParameter Parameter, string Pointer)> own)
        {
            foreach (var (parameter, _) in own)
            {
                if (parameter.Name == inherited.Name && parameter.In == inherited.In)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Whether <c>ApiRequest</c> can put a value of <paramref name="type"/> in that part of the request, in that style:
    /// a scalar anywhere (but as a deep object); in a query, a list of scalars, or an object whose members are all
    /// scalars (<paramref name="shape"/>, its generated type), which OpenAPI's style table defines and nothing deeper.
    /// </summary>
    private bool CanSend(TypeRef type, Microsoft.OpenApi.Models.ParameterLocation location, Model.ParameterStyle style, out ObjectModel? shape)
    {
        shape = null;
        var query = location == Microsoft.OpenApi.Models.ParameterLocation.Query;
        switch (type.Kind)
        {
            case var _ when IsScalar(type):
                return style != Model.ParameterStyle.DeepObject;
            case TypeKind.Array:
                return query && IsScalar(type.Element!) && style != Model.ParameterStyle.DeepObject;
            case TypeKind.Object when query && _schemas.ObjectOf(type) is { BaseType: null, AdditionalPropertiesType: null } model && model.Properties.All(p => IsScalar(p.Type)):
                shape = model;
                return true;
            default:
                return false;
        }
    }

    private static bool IsScalar(TypeRef type)
        => type.Kind is TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean or TypeKind.DateTimeOffset or TypeKind.Enum;

    /// <summary>
    /// How the parameter's value is written, from its <c>style</c> (OpenAPI's default: <c>form</c> in a query,
    /// <c>simple</c> in a path or a header); null for a style the request API does not write there.
    /// </summary>
    private static Model.ParameterStyle? StyleOf(OpenApiParameter parameter, TypeRef type, string pointer)
    {
        var location = parameter.In!.Value;
        if (parameter.Style is not { } style)
        {
            return DefaultStyle(location);
        }

        // For one value the delimited styles are form's: only a list or an object has something to delimit.
        var delimits = type.Kind is TypeKind.Array or TypeKind.Object;
        return (location, style) switch
        {
            (Microsoft.OpenApi.Models.ParameterLocation.Query, Microsoft.OpenApi.Models.ParameterStyle.Form) => Model.ParameterStyle.Form,
            (Microsoft.OpenApi.Models.ParameterLocation.Query, Microsoft.OpenApi.Models.ParameterStyle.SpaceDelimited) => delimits ? Model.ParameterStyle.SpaceDelimited : Model.ParameterStyle.Form,
            (Microsoft.OpenApi.Models.ParameterLocation.Query, Microsoft.OpenApi.Models.ParameterStyle.PipeDelimited) => delimits ? Model.ParameterStyle.PipeDelimited : Model.ParameterStyle.Form,
            (Microsoft.OpenApi.Models.ParameterLocation.Query, Microsoft.OpenApi.Models.ParameterStyle.DeepObject) => Model.ParameterStyle.DeepObject,
            (Microsoft.OpenApi.Models.ParameterLocation.Path, Microsoft.OpenApi.Models.ParameterStyle.Label) => Model.ParameterStyle.Label,
            (Microsoft.OpenApi.Models.ParameterLocation.Path, Microsoft.OpenApi.Models.ParameterStyle.Matrix) => Model.ParameterStyle.Matrix,
            (Microsoft.OpenApi.Models.ParameterLocation.Path or Microsoft.OpenApi.Models.ParameterLocation.Header, Microsoft.OpenApi.Models.ParameterStyle.Simple) => Model.ParameterStyle.Simple,
            _ => null,
        };
    }

    private static Model.ParameterStyle DefaultStyle(Microsoft.OpenApi.Models.ParameterLocation location)
        => location == Microsoft.OpenApi.Models.ParameterLocation.Query ? Model.ParameterStyle.Form : Model.ParameterStyle.Simple;

    private RequestBodyModel? ReadBody(OpenApiOperation operation, OperationName name, string typeHint, string pointer)
    {
        if (operation.RequestBody is not { } body)
        {
            return null;
        }

        var media = JsonMedia(body.Content);
        if (media is null)
        {
            return OtherBody(body, name, typeHint, pointer);
        }

        var type = _schemas.Resolve(media.Value.Media.Schema, name.Method + typeHint + "Request", pointer + "/requestBody/content/" + PointerSegment.Escape(media.Value.Type) + "/schema");
        return new RequestBodyModel(type, body.Required, body.Description, BodyKind.Json, media.Value.Type);
    }

    /// <summary>
    /// A body that is not JSON, by its first media type in the order a client would rather send: a form, text, bytes.
    /// A form the request API does not write (<c>application/x-www-form-urlencoded</c>) is one warning, and the
    /// operation is generated without a body.
    /// </summary>
    private RequestBodyModel? OtherBody(OpenApiRequestBody body, OperationName name, string typeHint, string pointer)
    {
        var content = body.Content.Where(c => c.Value is not null && c.Key.Length > 0).OrderBy(c => c.Key, System.StringComparer.Ordinal).ToList();
        var form = content.FirstOrDefault(c => c.Key.StartsWith("multipart/form-data", System.StringComparison.OrdinalIgnoreCase));
        if (form.Value is { } formMedia)
        {
            // A schema that names its parts is a generated form; one that names none (or no schema) leaves the parts to the caller.
            var schemaPointer = pointer + "/requestBody/content/" + PointerSegment.Escape(form.Key) + "/schema";
            var formType = formMedia.Schema is { UnresolvedReference: false } schema
                ? _schemas.ResolveForm(schema, name.Method + typeHint, formMedia.Encoding, schemaPointer)
                : null;
            return formType is null
                ? new RequestBodyModel(TypeRef.String, body.Required, body.Description, BodyKind.Multipart, "multipart/form-data")
                : new RequestBodyModel(formType, body.Required, body.Description, BodyKind.Form, "multipart/form-data");
        }

        var other = content.FirstOrDefault(c => !c.Key.Contains("form-urlencoded") && !c.Key.StartsWith("multipart/", System.StringComparison.OrdinalIgnoreCase));
        if (other.Value is null)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/requestBody", "A request body of " + string.Join(", ", body.Content.Keys.OrderBy(k => k, System.StringComparer.Ordinal)), "the operation is generated without one");
            return null;
        }

        // The media type becomes the request's Content-Type: one that is not type/subtype (spec text Cloudflare writes
        // loosely, e.g. "undefined") is sent as the generic type of its kind instead.
        var kind = IsText(other.Key, other.Value.Schema) ? BodyKind.Text : BodyKind.Binary;
        var sent = IsMediaRange(other.Key) ? other.Key : kind == BodyKind.Text ? "text/plain" : "application/octet-stream";
        return new RequestBodyModel(TypeRef.String, body.Required, body.Description, kind, sent);
    }

    /// <summary><c>text/*</c>, scripts, and any media type whose schema is text rather than <c>format: binary</c>.</summary>
    private static bool IsText(string mediaType, OpenApiSchema? schema)
        => mediaType.StartsWith("text/", System.StringComparison.OrdinalIgnoreCase)
           || mediaType.Equals("application/javascript", System.StringComparison.OrdinalIgnoreCase)
           || (schema is { Type: "string" } && schema.Format is not ("binary" or "byte"));

    private ResultModel ReadResult(OpenApiOperation operation, string typeHint, string pointer, IReadOnlyList<ParameterModel> parameters)
    {
        if (CloudflareConventions.SuccessResponse(operation.Responses) is not { } response)
        {
            return new ResultModel(ResultKind.None, null, 200, IsPaginated: false, Description: null);
        }

        var statusCode = int.TryParse(response.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 200;
        var responsePointer = pointer + "/responses/" + response.Key;
        var media = JsonMedia(response.Value.Content);
        if (media is null && OtherResult(response.Value, statusCode) is { } other)
        {
            return other;
        }

        if (media?.Media.Schema is not { } schema)
        {
            return new ResultModel(ResultKind.None, null, statusCode, IsPaginated: false, response.Value.Description);
        }

        var schemaPointer = responsePointer + "/content/" + PointerSegment.Escape(media.Value.Type) + "/schema";
        var view = _schemas.View(schema, schemaPointer);
        if (CloudflareConventions.EnvelopedResult(view) is not { } result)
        {
            var bare = _schemas.Resolve(schema, typeHint, schemaPointer);
            return new ResultModel(ResultKind.Bare, bare, statusCode, IsPaginated: false, response.Value.Description) { MayBeNull = NullAdmission.Admits(schema) };
        }

        // The envelope's result, narrowed by allOf, is what the call returns.
        var type = _schemas.Resolve(result, typeHint, schemaPointer + "/properties/" + CloudflareConventions.ResultMember);
        var description = SchemaReader.DescriptionOf(result) ?? response.Value.Description;
        if (type.Kind != TypeKind.Array || type.Element is not { } element)
        {
            // A body of no stated type admits a bare null (no envelope, no result); a nullable result, `result: null`.
            var mayBeNull = NullAdmission.Admits(schema) || NullAdmission.MemberAdmits(schema, CloudflareConventions.ResultMember);
            return new ResultModel(ResultKind.Single, type, statusCode, IsPaginated: false, description) { MayBeNull = mayBeNull };
        }

        var paginated = CloudflareConventions.IsPaginated(view);
        return new ResultModel(ResultKind.List, element, statusCode, paginated, description)
        {
            PageParameter = paginated ? CloudflareConventions.PageParameterOf(parameters) : null,
        };
    }

    /// <summary>
    /// A success body that is not JSON, as text for <c>text/*</c> and bytes for any other media type. A media type that is
    /// not one (Cloudflare writes <c>undefined</c>) still has a body: bytes, accepting anything.
    /// </summary>
    private static ResultModel? OtherResult(OpenApiResponse response, int statusCode)
    {
        var media = response.Content.Where(c => c.Value is not null).Select(c => c.Key).OrderBy(k => k, System.StringComparer.Ordinal).FirstOrDefault();
        if (media is null)
        {
            return null;
        }

        var isText = media.StartsWith("text/", System.StringComparison.OrdinalIgnoreCase);
        var accept = IsMediaRange(media) ? media : "*/*";
        return new ResultModel(isText ? ResultKind.Text : ResultKind.Bytes, isText ? TypeRef.String : null, statusCode, IsPaginated: false, response.Description) { MediaType = accept };
    }

    /// <summary><c>type/subtype</c> of token characters (RFC 9110), so it can go in an <c>Accept</c> header as written.</summary>
    private static bool IsMediaRange(string media)
    {
        var slash = media.IndexOf('/');
        return slash > 0 && slash < media.Length - 1 && media.IndexOf('/', slash + 1) < 0
               && media.All(c => c == '/' || (c < 127 && (char.IsLetterOrDigit(c) || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0)));
    }

    internal static (string Type, OpenApiMediaType Media)? JsonMedia(IDictionary<string, OpenApiMediaType> content)
    {
        // A media type that is not a map in the spec (null, a list, a string) is a null entry here; the reader
        // reported it, and it has nothing to read. Of the JSON ones, the first in ordinal order, found without
        // sorting them: this runs for every body and response.
        (string Type, OpenApiMediaType Media)? json = null;
        foreach (var pair in content)
        {
            if (pair.Value is not null
                && (pair.Key.StartsWith("application/json", System.StringComparison.OrdinalIgnoreCase) || pair.Key.EndsWith("+json", System.StringComparison.OrdinalIgnoreCase))
                && (json is null || string.CompareOrdinal(pair.Key, json.Value.Type) < 0))
            {
                json = (pair.Key, pair.Value);
            }
        }

        return json;
    }
}

/// <summary>An operation the reader accepted, with the OpenAPI objects it came from.</summary>
internal sealed record AcceptedOperation(OperationModel Model, OpenApiPathItem Item, OpenApiOperation Operation, string Pointer);

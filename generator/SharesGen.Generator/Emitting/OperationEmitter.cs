using System.Collections.Generic;
using System.Linq;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits one operation as one method: <c>ApiCall&lt;T&gt;</c> for a result (await it, or <c>WithResponseAsync()</c>
/// for the raw response), <c>ApiCall</c> for none, <c>AsyncPageable&lt;T&gt;</c> for a paginated list. Path parameters
/// and the body are positional; query and header parameters are properties of the operation's options class, so a
/// spec update that adds, removes or reorders one cannot change what an existing call sends. The method only
/// assembles the request; the runtime's pipeline checks, sends and reads it.
/// </summary>
internal static class OperationEmitter
{
    public static void Emit(SourceWriter writer, ClientNames names, OperationModel operation, string securityField)
    {
        var path = PathParameters(operation);
        var options = OptionsParameter(names, operation);

        Docs(writer, names, operation, path, options);
        if (operation.IsDeprecated)
        {
            writer.WriteLine($"[{names.Attribute("ObsoleteAttribute")}({Literals.String("The API marks " + operation.OperationId + " as deprecated.")})]");
        }

        var parameters = path.Select(p => $"{names.Type(p.Type)} {p.Name}").ToList();
        if (operation.Body is { } body)
        {
            parameters.Add($"{BodyType(names, body)} body" + (body.IsRequired ? string.Empty : " = null"));
        }

        parameters.Add(options.Declaration);
        parameters.Add($"{names.Name("CancellationToken")} cancellationToken = default");
        using (writer.OpenBlock($"public virtual {ReturnType(names, operation)} {operation.MethodName}Async({string.Join(", ", parameters)})"))
        {
            if (options.IsRequired)
            {
                writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(options);");
            }

            foreach (var check in OperationChecks.Of(names, operation, options.IsRequired))
            {
                writer.WriteLine(check);
            }

            var pathValues = string.Concat(path.Select(p => PathValue(names, p)));
            writer.WriteLine($"var request = new {names.Name("ApiRequest")}({Literals.String(operation.HttpMethod)}, {Literals.String(operation.OperationId)}, {securityField}, {Literals.String(RouteOf(operation))}){pathValues};");
            // The method's locals, made only for a query object, which needs one of its own (issue 15: few operations have one).
            HashSet<string>? locals = null;
            foreach (var parameter in operation.Parameters.Where(p => p.Location != ParameterLocation.Path))
            {
                if (parameter.Type.Kind == TypeKind.Object)
                {
                    locals ??= new HashSet<string>(path.Select(p => p.Name).Concat(new[] { "body", "options", "cancellationToken", "request" }), System.StringComparer.Ordinal);
                    QueryObject(writer, names, parameter, options.IsRequired, locals);
                    continue;
                }

                writer.WriteLine(Add(names, parameter, options.IsRequired));
            }

            if (operation.Body is { } requestBody)
            {
                var value = requestBody.IsRequired || !IsValueType(requestBody) ? "body" : "body.Value";
                var set = requestBody.Kind switch
                {
                    BodyKind.Multipart or BodyKind.Form => $"request.SetMultipartBody({value});",
                    BodyKind.Text => $"request.SetTextBody({value}, {Literals.String(requestBody.MediaType)});",
                    BodyKind.Binary => $"request.SetBinaryBody({value}, {Literals.String(requestBody.MediaType)});",
                    _ => $"request.SetJsonBody({value}, {names.Converter(requestBody.Type)});",
                };
                if (requestBody.IsRequired)
                {
                    writer.WriteLine(set);
                }
                else
                {
                    // An optional body left null is not sent at all, rather than as a JSON null.
                    using (writer.OpenBlock("if (body is not null)"))
                    {
                        writer.WriteLine(set);
                    }
                }
            }

            if (operation.Result.MediaType is { } accept)
            {
                // The pipeline asks for JSON; this operation answers with something else.
                writer.WriteLine($"request.AddHeader(\"Accept\", {Literals.String(accept)});");
            }

            writer.WriteLine("return " + Send(names, operation) + ";");
        }
    }

    /// <summary>What the method takes for the body: the JSON type, the runtime's form, a string or the bytes.</summary>
    private static string BodyType(ClientNames names, RequestBodyModel body)
    {
        var type = body.Kind switch
        {
            BodyKind.Multipart => names.Name("MultipartFormBody"),
            BodyKind.Form => names.Type(body.Type),
            BodyKind.Text => "string",
            BodyKind.Binary => names.Name("ReadOnlyMemory") + "<byte>",
            _ => names.Type(body.Type, nullable: !body.IsRequired),
        };
        return body.Kind != BodyKind.Json && !body.IsRequired ? type + "?" : type;
    }

    private static bool IsValueType(RequestBodyModel body) => body.Kind == BodyKind.Binary || (body.Kind == BodyKind.Json && body.Type.IsValueType);

    /// <summary><c>ApiCall&lt;Share&gt;</c>, <c>ApiCall</c>, <c>AsyncPageable&lt;Share&gt;</c>, <c>ApiCall&lt;IReadOnlyList&lt;Share&gt;&gt;</c>.</summary>
    public static string ReturnType(ClientNames names, OperationModel operation)
    {
        var result = operation.Result;
        return result.Kind switch
        {
            ResultKind.None => names.Name("ApiCall"),
            ResultKind.Bytes => $"{names.Name("ApiCall")}<byte[]>",
            ResultKind.Text => $"{names.Name("ApiCall")}<string>",
            ResultKind.List when result.IsPaginated => $"{names.Name("AsyncPageable")}<{names.Type(result.Type!)}>",
            ResultKind.List => $"{names.Name("ApiCall")}<{names.Name("IReadOnlyList")}<{names.Type(result.Type!)}>>",
            // A success that may carry no value (MayBeNull) returns null; a value type's default says the same.
            _ => $"{names.Name("ApiCall")}<{names.Type(result.Type!, nullable: result.MayBeNull && !result.Type!.IsValueType)}>",
        };
    }

    /// <summary>The path parameters in the order the path names them: the method's positional parameters.</summary>
    public static IReadOnlyList<ParameterModel> PathParameters(OperationModel operation)
    {
        var order = PathPlaceholders(operation.PathTemplate).ToList();
        return operation.Parameters
            .Where(p => p.Location == ParameterLocation.Path)
            .OrderBy(p => order.IndexOf(p.WireName) is var i && i < 0 ? int.MaxValue : i)
            .ToList();
    }

    /// <summary>The options parameter: the operation's own class, required when it has a required member.</summary>
    public static (string Type, string Declaration, bool IsRequired) OptionsParameter(ClientNames names, OperationModel operation)
    {
        var type = operation.OptionsTypeName ?? names.Name("ApiCallOptions");
        var required = operation.Parameters.Any(p => p.Location != ParameterLocation.Path && p.IsRequired);
        return (type, required ? $"{type} options" : $"{type}? options = null", required);
    }

    /// <summary>
    /// The path template the runtime fills, as the spec writes it; a <c>{name}</c> no path parameter declares is sent
    /// as its literal text, percent-encoded, as a request with it unfilled would be.
    /// </summary>
    private static string RouteOf(OperationModel operation)
    {
        var declared = new HashSet<string>(operation.Parameters.Where(p => p.Location == ParameterLocation.Path).Select(p => p.WireName), System.StringComparer.Ordinal);
        var route = operation.PathTemplate;
        foreach (var placeholder in PathPlaceholders(route).Where(p => !declared.Contains(p)).Distinct().ToList())
        {
            route = route.Replace("{" + placeholder + "}", "%7B" + placeholder + "%7D");
        }

        return route;
    }

    private static IEnumerable<string> PathPlaceholders(string template)
    {
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                yield break;
            }

            yield return template.Substring(open + 1, close - open - 1);
            position = close + 1;
        }
    }

    /// <param name="names">The names the emitted code can use.</param>
    /// <param name="parameter">A query or header parameter, a member of the options class.</param>
    /// <param name="optionsRequired">
    /// True when the options parameter is not nullable (the operation has a required member): every member is then read
    /// with <c>options.</c>, since one <c>options?.</c> before it would make the compiler treat <c>options</c> as
    /// maybe-null from there on (CS8602).
    /// </param>
    private static string Add(ClientNames names, ParameterModel parameter, bool optionsRequired)
    {
        var method = parameter.Location == ParameterLocation.Header ? "AddHeader" : "AddQuery";
        var value = (optionsRequired ? "options." : "options?.") + parameter.Name;
        var wire = Literals.String(parameter.WireName);
        return parameter.Type.Kind switch
        {
            TypeKind.Array => $"request.{method}({wire}, {value}, explode: {(parameter.Explode ? "true" : "false")}{ArrayStyle(names, parameter)});",

            // AddQuery<TEnum>(string, TEnum?) cannot infer TEnum from a required (non-nullable) enum: name it.
            TypeKind.Enum when parameter.IsRequired => $"request.{method}<{names.Type(parameter.Type)}>({wire}, {value});",
            _ => $"request.{method}({wire}, {value});",
        };
    }

    /// <summary>
    /// <c>.PathValue(id)</c>, or in a label or matrix style <c>.PathValue(id, PathStyle.Label, nameof(id))</c>, the
    /// value as text: the styled overload takes text alone, so that one check and one escape serve every kind.
    /// </summary>
    private static string PathValue(ClientNames names, ParameterModel parameter)
    {
        if (parameter.Style is not (ParameterStyle.Label or ParameterStyle.Matrix))
        {
            return $".PathValue({parameter.Name})";
        }

        var text = parameter.Type.Kind switch
        {
            TypeKind.String => parameter.Name,
            TypeKind.Enum => parameter.Name + ".Value",
            _ => $"{names.Name("ApiRequest")}.FormatValue({parameter.Name})",
        };
        return $".PathValue({text}, {names.Name("PathStyle")}.{parameter.Style}, nameof({parameter.Name}))";
    }

    /// <summary>
    /// An object in a query: its generated type read member by member into the runtime's <c>QueryObject</c>, the members
    /// the spec does not describe after them, written per style and explode (<c>QueryObjectStyle</c>).
    /// </summary>
    private static void QueryObject(SourceWriter writer, ClientNames names, ParameterModel parameter, bool optionsRequired, HashSet<string> locals)
    {
        var local = "query" + parameter.Name;
        while (!locals.Add(local))
        {
            local += "_";
        }

        var value = (optionsRequired ? "options." : "options?.") + parameter.Name;
        var obsolete = parameter.Members.Any(m => !m.IsRequired && m.ObsoleteMessage is not null);
        if (obsolete)
        {
            writer.WriteLine("#pragma warning disable CS0618 // Deprecated members are still sent when set.");
        }

        using (writer.OpenBlock($"if ({value} is {{ }} {local})"))
        {
            var members = string.Concat(parameter.Members.Select(m => m.Type.Kind == TypeKind.Enum
                ? $".Add<{names.Type(m.Type)}>({Literals.String(m.JsonName)}, {local}.{m.Name})"
                : $".Add({Literals.String(m.JsonName)}, {local}.{m.Name})"));
            var style = parameter.Style switch
            {
                ParameterStyle.DeepObject => "DeepObject",
                ParameterStyle.SpaceDelimited => "SpaceDelimited",
                ParameterStyle.PipeDelimited => "PipeDelimited",
                _ => "Form",
            };
            writer.WriteLine($"request.AddQuery({Literals.String(parameter.WireName)}, new {names.Name("QueryObject")}(){members}.AddAdditional({local}.AdditionalProperties), explode: {(parameter.Explode ? "true" : "false")}, style: {names.Name("QueryObjectStyle")}.{style});");
        }

        if (obsolete)
        {
            writer.WriteLine("#pragma warning restore CS0618");
        }
    }

    /// <summary>The style argument of a list that is not exploded and not in <c>form</c> style, the runtime's default.</summary>
    private static string ArrayStyle(ClientNames names, ParameterModel parameter) => parameter.Explode ? string.Empty : parameter.Style switch
    {
        ParameterStyle.SpaceDelimited => $", style: {names.Name("QueryArrayStyle")}.SpaceDelimited",
        ParameterStyle.PipeDelimited => $", style: {names.Name("QueryArrayStyle")}.PipeDelimited",
        _ => string.Empty,
    };

    /// <summary>
    /// The pipeline call. System.Text.Json types its string converter <c>JsonConverter&lt;string?&gt;</c>; inferred from
    /// it, <c>T</c> would be <c>string?</c> and the call would not match the declared <c>ApiCall&lt;string&gt;</c>
    /// (CS8619), so for strings <c>T</c> is named.
    /// </summary>
    private static string Send(ClientNames names, OperationModel operation)
    {
        var result = operation.Result;
        if (result.Kind == ResultKind.None)
        {
            return "_pipeline.Send(request, options, cancellationToken)";
        }

        if (result.Kind is ResultKind.Bytes or ResultKind.Text)
        {
            return $"_pipeline.SendFor{result.Kind}(request, options, cancellationToken)";
        }

        var type = result.Type!;
        var converter = type.Kind == TypeKind.String ? names.Converter(type) + "!" : names.Converter(type);
        var typeArgument = type.Kind == TypeKind.String ? "<string>" : string.Empty;
        return result.Kind switch
        {
            ResultKind.List when result.IsPaginated => $"_pipeline.SendForPages{typeArgument}(request, {converter}, {(result.PageParameter is { } page ? Literals.String(page) : "null")}, options, cancellationToken)",
            ResultKind.List => $"_pipeline.SendForList{typeArgument}(request, {converter}, options, cancellationToken)",
            ResultKind.Bare => $"_pipeline.SendFor{(result.MayBeNull ? "Optional" : string.Empty)}Body{typeArgument}(request, {converter}, options, cancellationToken)",
            _ => $"_pipeline.Send{(result.MayBeNull ? "Optional" : string.Empty)}{typeArgument}(request, {converter}, options, cancellationToken)",
        };
    }

    private static void Docs(SourceWriter writer, ClientNames names, OperationModel operation, IReadOnlyList<ParameterModel> path, (string Type, string Declaration, bool IsRequired) options)
    {
        var route = Literals.DocInline(operation.PathTemplate);
        var endpoint = $"<c>{operation.HttpMethod} {route}</c>";
        var summary = operation.Summary ?? operation.Description;
        var summaryText = string.IsNullOrWhiteSpace(summary) ? null : Literals.DocText(summary!);
        // A one-line summary carries the endpoint itself: the remarks are then the spec's description alone.
        var remarks = operation.Summary is not null && !string.IsNullOrWhiteSpace(operation.Description) && !SaysTheSame(operation.Summary, operation.Description!)
            ? Literals.DocText(operation.Description!)
            : null;
        if (summaryText is null)
        {
            DocComments.Line(writer, "summary", endpoint + ".");
        }
        else if (summaryText.IndexOf('\n') < 0)
        {
            // DocComments.Line's shape, written in place rather than through a string of its own (issue 15).
            writer.WriteLine($"/// <summary>{summaryText} ({endpoint})</summary>");
        }
        else
        {
            DocComments.Element(writer, "summary", summaryText, escape: false);
            remarks = remarks is null ? endpoint + "." : remarks + "\n\n" + endpoint + ".";
        }

        if (remarks is not null)
        {
            DocComments.Element(writer, "remarks", remarks, escape: false);
        }

        foreach (var parameter in path)
        {
            // The stand-in is made only for a parameter the spec does not describe (issue 15: garbage costs here).
            var fallback = string.IsNullOrWhiteSpace(parameter.Description) ? $"The <c>{{{Literals.DocInline(parameter.WireName)}}}</c> segment of <c>{route}</c>." : string.Empty;
            DocComments.Param(writer, parameter.Name, parameter.Description, fallback);
        }

        if (operation.Body is { } body)
        {
            DocComments.Param(writer, "body", body.Description, BodyDoc(names, body));
        }

        DocComments.Param(writer, "options", null, operation.OptionsTypeName is null ? "A timeout and headers for this call." : "The query and header parameters, and a timeout and headers for this call.");
        DocComments.Param(writer, "cancellationToken", null, "Cancels the call.");
    }

    /// <summary>A body the spec does not describe, by what is sent: a generated type links to its own docs, a form lists its parts.</summary>
    private static string BodyDoc(ClientNames names, RequestBodyModel body) => body switch
    {
        { Kind: BodyKind.Multipart } => "The form to send, as <c>multipart/form-data</c>: the spec names no parts.",
        { Kind: BodyKind.Form } => $"The <see cref=\"{names.Type(body.Type)}\"/> to send, as <c>multipart/form-data</c>.",
        { Kind: BodyKind.Text } => $"The text to send, as <c>{Literals.DocInline(body.MediaType)}</c> in UTF-8.",
        { Kind: BodyKind.Binary } => $"The bytes to send, as <c>{Literals.DocInline(body.MediaType)}</c>.",
        { Type: { Kind: TypeKind.Object or TypeKind.Enum } type } => $"The <see cref=\"{names.Type(type)}\"/> to send, as JSON.",
        { Type: { Kind: TypeKind.Array, Element: { Kind: TypeKind.Object or TypeKind.Enum } item } } => $"The <see cref=\"{names.Type(item)}\"/> items to send, as a JSON array.",
        _ => "The value to send, as JSON.",
    };

    /// <summary>"Get share by ID" and "Get share by ID.": a description that repeats the summary adds nothing.</summary>
    private static bool SaysTheSame(string summary, string description)
        => string.Equals(summary.Trim().TrimEnd('.'), description.Trim().TrimEnd('.'), System.StringComparison.Ordinal);
}

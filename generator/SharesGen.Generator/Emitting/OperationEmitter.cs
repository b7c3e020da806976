using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits the methods of one operation: <c>XAsync</c> returning the unwrapped result, and
/// <c>XWithResponseAsync</c> returning it with the status, headers and envelope. Paginated lists get
/// <c>XPageAsync</c> (one page) and an <c>XAsync</c> that walks every page lazily.
/// </summary>
internal static class OperationEmitter
{
    private const string PageWireName = "page";
    private const string PerPageWireName = "per_page";

    public static void Emit(SourceWriter writer, CodeNames names, OperationModel operation, string securityField)
    {
        var signature = Signature(names, operation);
        var result = operation.Result;
        switch (result.Kind)
        {
            case ResultKind.List when result.IsPaginated:
                EmitPaged(writer, names, operation, signature, securityField);
                break;
            case ResultKind.None:
                EmitPair(writer, names, operation, signature, securityField, $"{CodeNames.Tasks}.Task", $"{CodeNames.Runtime}.ApiResponse", resultDoc: null);
                break;
            case ResultKind.List:
                var list = $"global::System.Collections.Generic.IReadOnlyList<{names.Type(result.Type!)}>";
                EmitPair(writer, names, operation, signature, securityField, $"{CodeNames.Tasks}.Task<{list}>", $"{CodeNames.Runtime}.ApiResponse<{list}>", ResultDoc(result));
                break;
            default:
                var type = names.Type(result.Type!);
                EmitPair(writer, names, operation, signature, securityField, $"{CodeNames.Tasks}.Task<{type}>", $"{CodeNames.Runtime}.ApiResponse<{type}>", ResultDoc(result));
                break;
        }
    }

    private static string ResultDoc(ResultModel result)
        => result.Kind is ResultKind.Bare ? "The response body." : "The <c>result</c> of the response envelope.";

    /// <summary>The plain method awaits the raw one and returns its value: one code path for both.</summary>
    private static void EmitPair(SourceWriter writer, CodeNames names, OperationModel operation, IReadOnlyList<Parameter> signature, string securityField, string plainReturn, string rawType, string? resultDoc)
    {
        var method = operation.MethodName;
        writer.WriteLine();
        Docs(writer, operation, signature, resultDoc);
        Obsolete(writer, operation);
        using (writer.OpenBlock($"public async {plainReturn} {method}Async({Declarations(signature)})"))
        {
            var call = $"{method}WithResponseAsync({Arguments(signature)})";
            writer.WriteLine(resultDoc is null
                ? $"await {call}.ConfigureAwait(false);"
                : $"var response = await {call}.ConfigureAwait(false);");
            if (resultDoc is not null)
            {
                writer.WriteLine("return response.Value;");
            }
        }

        writer.WriteLine();
        Docs(writer, operation, signature, "The response: status, headers (including <c>cf-ray</c>), the envelope's errors and messages, and the result.");
        Obsolete(writer, operation);
        using (writer.OpenBlock($"public {CodeNames.Tasks}.Task<{rawType}> {method}WithResponseAsync({Declarations(signature)})"))
        {
            EmitRequest(writer, names, operation, signature, securityField);
            writer.WriteLine(operation.Result.Kind switch
            {
                ResultKind.None => "return _pipeline.SendAsync(request, cancellationToken);",
                ResultKind.List => $"return {Send(names, "SendForListAsync", operation.Result.Type!)};",
                ResultKind.Bare => $"return {Send(names, "SendForBodyAsync", operation.Result.Type!)};",
                _ => $"return {Send(names, "SendForResultAsync", operation.Result.Type!)};",
            });
        }
    }

    private static void EmitPaged(SourceWriter writer, CodeNames names, OperationModel operation, IReadOnlyList<Parameter> signature, string securityField)
    {
        var method = operation.MethodName;
        var item = names.Type(operation.Result.Type!);
        // The runtime counts pages in int: a `page` parameter of another type (a string, when its schema is one a
        // request cannot carry) is passed through like any other, as for lists without a page parameter.
        var page = signature.FirstOrDefault(p => p.Model is { Location: ParameterLocation.Query, WireName: PageWireName, Type.Kind: TypeKind.Int32 or TypeKind.Int64 });

        writer.WriteLine();
        Docs(writer, operation, signature, "Every item of every page, fetched lazily one page at a time as the sequence is enumerated.", pagingNote: true);
        Obsolete(writer, operation);
        using (writer.OpenBlock($"public global::System.Collections.Generic.IAsyncEnumerable<{item}> {method}Async({Declarations(signature)})"))
        {
            var others = Arguments(signature.Where(p => p != page && !p.IsCancellation).ToList());
            var pageArgument = page is null ? "null" : page.Model!.Type.Kind == TypeKind.Int64 ? $"(int?){page.Name}" : page.Name;

            // Checked here too, so a bad argument throws at the call rather than at the first MoveNextAsync.
            EmitChecks(writer, signature);
            if (page?.Model!.Type.Kind == TypeKind.Int64)
            {
                // An integer page without a format is a long; the pages walked from it are counted in int.
                writer.WriteLine($"{CodeNames.Runtime}.ArgumentChecks.Range({page.Name}, null, {Literals.Number(int.MaxValue)}, nameof({page.Name}), {Literals.String(page.Model.WireName)});");
            }
            var fetch = page is null
                ? $"(_, token) => {method}PageAsync({Join(others, "token")})"
                : $"(pageNumber, token) => {method}PageAsync({Join(ArgumentsWithPage(signature, page), "token")})";
            // Without a page parameter there is no asking for page 2: the first page is the whole answer.
            var followPages = page is null ? "false" : "true";
            writer.WriteLine($"return {CodeNames.Runtime}.Paging.EnumerateAsync<{item}>({fetch}, {pageArgument}, followPages: {followPages}, cancellationToken);");
        }

        writer.WriteLine();
        Docs(writer, operation, signature, "One page of results, with the envelope's <c>result_info</c> and the raw response.");
        Obsolete(writer, operation);
        using (writer.OpenBlock($"public async {CodeNames.Tasks}.Task<{CodeNames.Runtime}.Page<{item}>> {method}PageAsync({Declarations(signature)})"))
        {
            EmitRequest(writer, names, operation, signature, securityField);
            writer.WriteLine($"var response = await {Send(names, "SendForListAsync", operation.Result.Type!)}.ConfigureAwait(false);");
            writer.WriteLine($"return new {CodeNames.Runtime}.Page<{item}>(response);");
        }
    }

    /// <summary>
    /// A pipeline call for a result of <paramref name="type"/>. System.Text.Json types its string converter
    /// <c>JsonConverter&lt;string?&gt;</c>; inferred from it, <c>T</c> would be <c>string?</c> and the response would not
    /// match the declared <c>ApiResponse&lt;string&gt;</c> (CS8619), so for strings <c>T</c> is named.
    /// </summary>
    private static string Send(CodeNames names, string method, TypeRef type)
        => type.Kind == TypeKind.String
            ? $"_pipeline.{method}<string>(request, {names.Converter(type)}!, cancellationToken)"
            : $"_pipeline.{method}(request, {names.Converter(type)}, cancellationToken)";

    private static IReadOnlyList<string> ArgumentsWithPage(IReadOnlyList<Parameter> signature, Parameter page)
        => signature.Where(p => !p.IsCancellation).Select(p => p == page ? p.Name + ": pageNumber" : p.Name + ": " + p.Name).ToList();

    private static string Join(IReadOnlyList<string> arguments, string token)
        => string.Join(", ", arguments.Concat(new[] { "cancellationToken: " + token }));

    private static string Join(string arguments, string token)
        => arguments.Length == 0 ? "cancellationToken: " + token : arguments + ", cancellationToken: " + token;

    private static void EmitRequest(SourceWriter writer, CodeNames names, OperationModel operation, IReadOnlyList<Parameter> signature, string securityField)
    {
        EmitChecks(writer, signature);

        writer.WriteLine($"var request = new {CodeNames.Runtime}.ApiRequest({Literals.String(operation.HttpMethod)}, {Literals.String(operation.OperationId)}, {securityField});");
        foreach (var part in PathParts(operation.PathTemplate))
        {
            if (part.IsParameter && signature.FirstOrDefault(p => p.Model?.Location == ParameterLocation.Path && p.Model.WireName == part.Text) is { } parameter)
            {
                writer.WriteLine($"request.AppendPathParameter({Literals.String(part.Text)}, {AsString(parameter)});");
            }
            else
            {
                writer.WriteLine($"request.AppendPath({Literals.String(EscapeLiteralPath(part.IsParameter ? "{" + part.Text + "}" : part.Text))});");
            }
        }

        foreach (var parameter in signature.Where(p => p.Model?.Location == ParameterLocation.Query))
        {
            var model = parameter.Model!;
            writer.WriteLine(model.Type.Kind switch
            {
                TypeKind.Array => $"request.AddQuery({Literals.String(model.WireName)}, {parameter.Name}, explode: {(model.Explode ? "true" : "false")});",
                // AddQuery<TEnum>(string, TEnum?) cannot infer TEnum from a required (non-nullable) enum: name it.
                TypeKind.Enum when model.IsRequired => $"request.AddQuery<{names.Type(model.Type)}>({Literals.String(model.WireName)}, {parameter.Name});",
                _ => $"request.AddQuery({Literals.String(model.WireName)}, {parameter.Name});",
            });
        }

        foreach (var parameter in signature.Where(p => p.Model?.Location == ParameterLocation.Header))
        {
            writer.WriteLine($"request.AddHeader({Literals.String(parameter.Model!.WireName)}, {AsString(parameter)});");
        }

        if (signature.FirstOrDefault(p => p.Body is not null) is { } body)
        {
            var converter = names.Converter(body.Body!.Type);
            if (body.Body.IsRequired)
            {
                writer.WriteLine($"request.SetJsonBody({body.Name}, {converter});");
            }
            else
            {
                // An optional body left null is not sent at all (rather than as a JSON null, which passing the
                // nullable argument straight through would also do, with a CS8620 nullability warning).
                using (writer.OpenBlock($"if ({body.Name} is not null)"))
                {
                    var value = body.Body.Type.IsValueType ? body.Name + ".Value" : body.Name;
                    writer.WriteLine($"request.SetJsonBody({value}, {converter});");
                }
            }
        }
    }

    /// <summary>
    /// A literal part of the path, with the two characters that would end the path percent-encoded: appended as
    /// is, <c>/a#b</c> would send a request to <c>/a</c> (the rest a fragment), and <c>/a?b</c> one with a query.
    /// </summary>
    private static string EscapeLiteralPath(string literal) => literal.Replace("?", "%3F").Replace("#", "%23");

    /// <summary>Spec constraints checked before anything is sent, as <c>ArgumentException</c>s.</summary>
    private static IEnumerable<string> Checks(Parameter parameter)
    {
        var check = CodeNames.Runtime + ".ArgumentChecks";
        var name = $"nameof({parameter.Name})";
        if (parameter.IsRequiredReference)
        {
            yield return $"{check}.NotNull({parameter.Name}, {name});";
        }

        if (parameter.Model is not { } model)
        {
            yield break;
        }

        var wire = Literals.String(model.WireName);
        var c = model.Constraints;
        if (model.Type.Kind == TypeKind.Array)
        {
            if (c.MaxItems is { } maxItems)
            {
                yield return $"{check}.MaxItems({parameter.Name}, {Literals.Number(maxItems)}, {name}, {wire});";
            }

            if (c.MaxLength is { } eachMax && model.Type.Element?.Kind == TypeKind.String)
            {
                yield return $"{check}.EachMaxLength({parameter.Name}, {Literals.Number(eachMax)}, {name}, {wire});";
            }
        }
        else if (model.Type.Kind == TypeKind.String)
        {
            if (c.MaxLength is { } maxLength)
            {
                yield return $"{check}.MaxLength({parameter.Name}, {Literals.Number(maxLength)}, {name}, {wire});";
            }
        }
        else if (model.Type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double && (c.Minimum is not null || c.Maximum is not null))
        {
            var min = c.Minimum is { } minimum ? Literals.Number(minimum) : "null";
            var max = c.Maximum is { } maximum ? Literals.Number(maximum) : "null";
            yield return $"{check}.Range({parameter.Name}, {min}, {max}, {name}, {wire});";
        }
    }

    private static void EmitChecks(SourceWriter writer, IReadOnlyList<Parameter> signature)
    {
        foreach (var parameter in signature.Where(p => !p.IsCancellation))
        {
            foreach (var check in Checks(parameter))
            {
                writer.WriteLine(check);
            }
        }
    }

    private static string AsString(Parameter parameter) => parameter.Model!.Type.Kind switch
    {
        TypeKind.String => parameter.Name,
        TypeKind.Enum => parameter.Name + (parameter.Model.IsRequired ? ".Value" : "?.Value"),
        _ when !parameter.Model.IsRequired && parameter.Model.Type.IsValueType
            => $"{parameter.Name} is null ? null : {CodeNames.Runtime}.ApiRequest.FormatValue({parameter.Name}.Value)",
        _ => $"{CodeNames.Runtime}.ApiRequest.FormatValue({parameter.Name})",
    };

    private static void Docs(SourceWriter writer, OperationModel operation, IReadOnlyList<Parameter> signature, string? returns, bool pagingNote = false)
    {
        DocComments.Summary(writer, operation.Summary ?? operation.Description, $"Calls <c>{Literals.DocInline(operation.OperationId)}</c>.");
        var remarks = new List<string>();
        if (operation.Summary is not null && operation.Description is not null)
        {
            remarks.AddRange(Literals.DocLines(operation.Description));
            remarks.Add(string.Empty);
        }

        remarks.Add($"Sends <c>{operation.HttpMethod} {string.Join(" ", Literals.DocLines(operation.PathTemplate))}</c> (operation <c>{string.Join(" ", Literals.DocLines(operation.OperationId))}</c>).");
        if (pagingNote)
        {
            remarks.Add("Pages are requested as the sequence is enumerated; stop enumerating to stop fetching.");
        }

        DocComments.Element(writer, "remarks", string.Join("\n", remarks), escape: false);
        foreach (var parameter in signature)
        {
            DocComments.Param(writer, parameter.Name, parameter.Description, parameter.FallbackDescription);
        }

        if (returns is not null)
        {
            writer.WriteLine($"/// <returns>{returns}</returns>");
        }

        writer.WriteLine($"/// <exception cref=\"{CodeNames.Runtime}.ApiException\">The API answered with an error status or <c>success: false</c>, or with a body that is not the expected JSON.</exception>");
        writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">An argument breaks a constraint of the spec; nothing was sent.</exception>");
    }

    private static void Obsolete(SourceWriter writer, OperationModel operation)
    {
        if (operation.IsDeprecated)
        {
            writer.WriteLine($"[global::System.Obsolete({Literals.String("The API marks " + operation.OperationId + " as deprecated.")})]");
        }
    }

    private static string Declarations(IReadOnlyList<Parameter> signature)
        => string.Join(", ", signature.Select(p => p.Declaration));

    private static string Arguments(IReadOnlyList<Parameter> signature)
        => string.Join(", ", signature.Select(p => p.Name));

    /// <summary>
    /// Path parameters in path order, required query and header parameters, the body, then everything
    /// optional, then the cancellation token: the order C# needs and callers expect.
    /// </summary>
    private static IReadOnlyList<Parameter> Signature(CodeNames names, OperationModel operation)
    {
        var path = PathParts(operation.PathTemplate).Where(p => p.IsParameter).Select(p => p.Text).ToList();
        var parameters = operation.Parameters;
        var ordered = new List<Parameter>();
        ordered.AddRange(parameters.Where(p => p.Location == ParameterLocation.Path)
            .OrderBy(p => path.IndexOf(p.WireName))
            .Select(p => Parameter.For(names, p)));
        ordered.AddRange(parameters.Where(p => p.Location != ParameterLocation.Path && p.IsRequired).Select(p => Parameter.For(names, p)));
        if (operation.Body is { } body)
        {
            var type = names.Type(body.Type, nullable: !body.IsRequired);
            ordered.Add(new Parameter("body", type, body.Description, "The request body.", null, body, body.IsRequired && !body.Type.IsValueType));
        }

        ordered.AddRange(parameters.Where(p => p.Location != ParameterLocation.Path && !p.IsRequired).Select(p => Parameter.For(names, p)));
        ordered.Add(new Parameter("cancellationToken", $"{CodeNames.CancellationToken} cancellationToken = default", null, "Cancels the call.", null, null, false));
        return ordered;
    }

    private static IEnumerable<(string Text, bool IsParameter)> PathParts(string template)
    {
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                yield return (template.Substring(position), false);
                yield break;
            }

            if (open > position)
            {
                yield return (template.Substring(position, open - position), false);
            }

            yield return (template.Substring(open + 1, close - open - 1), true);
            position = close + 1;
        }
    }

    private sealed record Parameter(string Name, string DeclarationType, string? Description, string FallbackDescription, ParameterModel? Model, RequestBodyModel? Body, bool IsRequiredReference)
    {
        public bool IsCancellation => Name == "cancellationToken";

        public bool IsOptional => Model is { IsRequired: false } || Body is { IsRequired: false };

        public string Declaration => IsCancellation ? DeclarationType : DeclarationType + " " + Name + (IsOptional ? " = null" : string.Empty);

        public static Parameter For(CodeNames names, ParameterModel model)
        {
            var type = names.Type(model.Type, nullable: !model.IsRequired);
            var fallback = $"The <c>{Literals.DocInline(model.WireName)}</c> {model.Location.ToString().ToLowerInvariant()} parameter.";
            return new Parameter(model.Name, type, model.Description, fallback, model, null, model.IsRequired && !model.Type.IsValueType);
        }
    }
}

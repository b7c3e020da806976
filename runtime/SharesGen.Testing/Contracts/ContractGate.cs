using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SharesGen.Testing.Http;
using SharesGen.Testing.Recording;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// Checks each request against the operation of the contract it addresses, before anything else handles it: the
/// route (404) and the method (405), the credentials (401: any one security alternative with every header in it),
/// then path parameters, query parameters, header parameters and the JSON body together (400, every violation
/// listed, each with a <c>source.pointer</c>). Pointers into the body are plain JSON pointers (<c>/resources/0/meta</c>);
/// parameters are addressed as <c>/path/{name}</c>, <c>/query/{name}</c> (<c>/query/tag/3</c> for an item) and
/// <c>/headers/{name}</c>. An enum value the spec does not name is an error here, unlike in a response: a server
/// cannot act on a value it does not know.
/// </summary>
internal sealed class ContractGate(ApiContract contract, string apiPrefix)
{
    private const string RequestsEnumSuffix = "; the API may have added it";

    private readonly PayloadValidator _validator = new(contract);

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var operation = Route(context);
        MatchedOperation.Set(context, operation.Operation, operation.PathValues);
        Authenticate(context, operation.Operation);

        var errors = new List<ApiErrorEntry>();
        CheckPath(operation.Operation, operation.PathValues, context, errors);
        CheckQuery(operation.Operation, context.Request.Query, errors);
        CheckHeaders(operation.Operation, context.Request.Headers, errors);
        CheckBody(operation.Operation, RequestBodyText.Get(context), errors);
        if (errors.Count > 0)
        {
            throw new ApiProblem(400, errors);
        }

        return next(context);
    }

    // --- Route and method -----------------------------------------------------------------------------------

    private (OperationContract Operation, IReadOnlyDictionary<string, string> PathValues) Route(HttpContext context)
    {
        var path = RawPath(context);
        if (!path.StartsWith(apiPrefix + "/", StringComparison.Ordinal))
        {
            throw new ApiProblem(404, LoopbackErrorCodes.NoRoute, "No route for the URI");
        }

        var relative = path[apiPrefix.Length..];
        var candidates = contract.Operations
            .Select(o => (Operation: o, Values: o.MatchPath(relative)))
            .Where(c => c.Values is not null)
            .OrderByDescending(c => Literals(c.Operation.PathTemplate))
            .ToArray();
        if (candidates.Length == 0)
        {
            throw new ApiProblem(404, LoopbackErrorCodes.NoRoute, "No route for the URI");
        }

        var method = context.Request.Method.ToUpperInvariant();
        foreach (var (operation, values) in candidates)
        {
            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return (operation, values!);
            }
        }

        var allowed = candidates.Select(c => c.Operation.Method.ToUpperInvariant()).Distinct().OrderBy(m => m, StringComparer.Ordinal).ToArray();
        context.Response.Headers.Allow = string.Join(", ", allowed);
        throw new ApiProblem(405, LoopbackErrorCodes.MethodNotAllowed,
            $"Method {method} is not allowed for {candidates[0].Operation.PathTemplate}; the spec has {string.Join(", ", allowed)}");
    }

    /// <summary>The path as sent, escaping included, so an escaped <c>/</c> inside an id stays inside it.</summary>
    private static string RawPath(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var query = target.IndexOf('?', StringComparison.Ordinal);
        return query >= 0 ? target[..query] : target;
    }

    private static int Literals(string template) => template.Split('/').Count(s => s.Length > 0 && !s.StartsWith('{'));

    // --- Credentials ----------------------------------------------------------------------------------------

    private static void Authenticate(HttpContext context, OperationContract operation)
    {
        if (operation.Security.Count == 0)
        {
            return;
        }

        var headers = context.Request.Headers;
        if (operation.Security.Any(alternative => alternative.All(name => IsPresented(headers, name))))
        {
            return;
        }

        var missing = operation.Security
            .Select(alternative => string.Join(" + ", alternative))
            .ToArray();
        throw new ApiProblem(401, LoopbackErrorCodes.AuthenticationError,
            $"Authentication error: {operation.OperationId} needs {string.Join(", or ", missing)}");
    }

    /// <summary>A non-blank header; <c>Authorization</c> must also name a scheme and carry credentials (<c>Bearer …</c>).</summary>
    private static bool IsPresented(IHeaderDictionary headers, string name)
    {
        var value = headers[name].ToString().Trim();
        if (value.Length == 0)
        {
            return false;
        }

        if (!name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && value[(space + 1)..].Trim().Length > 0;
    }

    // --- Parameters -----------------------------------------------------------------------------------------

    private void CheckPath(OperationContract operation, IReadOnlyDictionary<string, string> values, HttpContext context, List<ApiErrorEntry> errors)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            var pointer = ContractPointer.Child("/path", parameter.Name);
            if (!values.TryGetValue(parameter.Name, out var value) || value.Length == 0)
            {
                errors.Add(new(LoopbackErrorCodes.NoRoute, $"Could not route to {context.Request.Path}: the path parameter {parameter.Name} is empty", pointer));
                continue;
            }

            foreach (var violation in ValidateScalar(value, parameter.Schema))
            {
                errors.Add(new(LoopbackErrorCodes.NoRoute,
                    $"Could not route to {context.Request.Path}, perhaps your object identifier is invalid? (path parameter {parameter.Name}: {violation})", pointer));
            }
        }
    }

    private void CheckQuery(OperationContract operation, IQueryCollection query, List<ApiErrorEntry> errors)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            var values = query[parameter.Name].Select(v => v ?? string.Empty).ToArray();
            CheckParameter("query", parameter, values, errors);
        }
    }

    private void CheckHeaders(OperationContract operation, IHeaderDictionary headers, List<ApiErrorEntry> errors)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.In == "header"))
        {
            var values = headers[parameter.Name].Select(v => v ?? string.Empty).ToArray();
            CheckParameter("headers", parameter, values, errors);
        }
    }

    private void CheckParameter(string location, ParameterContract parameter, string[] values, List<ApiErrorEntry> errors)
    {
        var what = location == "query" ? "query parameter" : "header";
        var pointer = ContractPointer.Child("/" + location, parameter.Name);
        if (values.Length == 0)
        {
            if (parameter.Required)
            {
                errors.Add(Invalid($"The {what} {parameter.Name} is required but missing", pointer));
            }

            return;
        }

        var schema = contract.Resolve(parameter.Schema);
        if (schema.Type == "array")
        {
            var items = parameter.Explode || values.Length > 1 ? values : values[0].Split(',');
            var itemSchema = contract.Resolve(schema.Items ?? SchemaNode.Any);
            for (var i = 0; i < items.Length; i++)
            {
                if (!ParameterJson.HasSchemaType(items[i], itemSchema))
                {
                    errors.Add(Invalid($"The {what} {parameter.Name} must hold {Article(itemSchema.Type)} values; '{Truncate(items[i])}' is not one", pointer + "/" + i.ToString(CultureInfo.InvariantCulture)));
                }
            }

            foreach (var violation in _validator.Validate(ParameterJson.Array(items, itemSchema), schema).Violations)
            {
                if (!violation.Message.StartsWith("expected ", StringComparison.Ordinal))
                {
                    errors.Add(Invalid($"The {what} {parameter.Name}{ItemSuffix(violation.Pointer)}: {Message(violation)}", pointer + violation.Pointer));
                }
            }

            return;
        }

        if (values.Length > 1)
        {
            errors.Add(Invalid($"The {what} {parameter.Name} may appear only once; it appeared {values.Length.ToString(CultureInfo.InvariantCulture)} times", pointer));
            return;
        }

        if (!ParameterJson.HasSchemaType(values[0], schema))
        {
            errors.Add(Invalid($"The {what} {parameter.Name} must be {Article(schema.Type)}; '{Truncate(values[0])}' is not one", pointer));
            return;
        }

        foreach (var violation in ValidateScalar(values[0], parameter.Schema))
        {
            errors.Add(Invalid($"The {what} {parameter.Name}: {violation}", pointer));
        }
    }

    private IEnumerable<string> ValidateScalar(string text, SchemaNode schema)
    {
        var resolved = contract.Resolve(schema);
        return _validator.Validate(ParameterJson.Scalar(text, resolved), schema).Violations.Select(Message);
    }

    // --- Body -----------------------------------------------------------------------------------------------

    private void CheckBody(OperationContract operation, string text, List<ApiErrorEntry> errors)
    {
        if (operation.RequestBody is not { } schema)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            if (operation.RequestBodyRequired)
            {
                errors.Add(new(LoopbackErrorCodes.MalformedJson, "Malformed JSON in request body: the body is empty, and the operation requires one", string.Empty));
            }

            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            errors.Add(new(LoopbackErrorCodes.MalformedJson, "Malformed JSON in request body: " + exception.Message, string.Empty));
            return;
        }

        using (document)
        {
            foreach (var violation in _validator.Validate(document.RootElement, schema).Violations)
            {
                var at = violation.Pointer.Length == 0 ? "the request body" : $"request body member {violation.Pointer}";
                errors.Add(Invalid($"Invalid {at}: {Message(violation)}", violation.Pointer));
            }
        }
    }

    // --- Text -----------------------------------------------------------------------------------------------

    private static ApiErrorEntry Invalid(string message, string pointer) => new(LoopbackErrorCodes.ValidationFailed, message, pointer);

    /// <summary>The validator's words; for an unknown enum value, without the note that suits a client reading a response.</summary>
    private static string Message(Violation violation)
        => violation.Severity == ViolationSeverity.Warning && violation.Message.EndsWith(RequestsEnumSuffix, StringComparison.Ordinal)
            ? violation.Message[..^RequestsEnumSuffix.Length]
            : violation.Message;

    private static string ItemSuffix(string pointer) => pointer.Length == 0 ? string.Empty : $" (item {pointer[1..]})";

    private static string Article(string? type) => type switch
    {
        "integer" => "an integer",
        "number" => "a number",
        "boolean" => "true or false",
        null => "a value",
        _ => "a " + type,
    };

    private static string Truncate(string text) => text.Length <= 64 ? text : text[..64] + "…";
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// Reads the contract document the generator writes (<c>ContractJson</c> in the generator): schemas under OpenAPI's
/// keyword names, operations, and example metadata whose JSON and DTO types the generated code hands over by index.
/// </summary>
internal static class ContractDocument
{
    public static ApiContract Read(string json, JsonSerializerOptions? options, IReadOnlyList<Type?> dtoTypes, IReadOnlyList<string> examples)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException exception)
        {
            throw new FormatException("The contract document is not JSON: " + exception.Message, exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemas", out var schemas) || !root.TryGetProperty("operations", out var operations))
            {
                throw new FormatException("The contract document has no 'schemas' and 'operations'.");
            }

            var exampleList = root.TryGetProperty("examples", out var exampleArray)
                ? exampleArray.EnumerateArray().Select((e, i) => Example(e, i, options, dtoTypes, examples)).ToArray()
                : [];
            var schemaMap = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
            foreach (var schema in schemas.EnumerateObject())
            {
                schemaMap[schema.Name] = Node(schema.Value);
            }

            var operationList = operations.EnumerateArray().Select(o => Operation(o, exampleList)).ToArray();
            return new ApiContract(schemaMap, operationList, exampleList);
        }
    }

    private static OperationContract Operation(JsonElement json, IReadOnlyList<ApiExample> examples)
        => new()
        {
            OperationId = String(json, "operationId") ?? throw new FormatException("An operation has no operationId."),
            Method = String(json, "method") ?? "GET",
            PathTemplate = String(json, "path") ?? "/",
            SuccessStatus = Int(json, "successStatus") ?? 200,
            Parameters = json.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray().Select(Parameter).ToArray() : [],
            RequestBody = json.TryGetProperty("requestBody", out var body) ? Node(body) : null,
            RequestBodyRequired = Bool(json, "requestBodyRequired"),
            SuccessSchema = json.TryGetProperty("success", out var success) ? Node(success) : null,
            SuccessMediaType = String(json, "successMediaType"),
            FailureSchema = json.TryGetProperty("failure", out var failure) ? Node(failure) : null,
            Security = json.TryGetProperty("security", out var security)
                ? security.EnumerateArray().Select(a => (IReadOnlyList<string>)a.EnumerateArray().Select(h => h.GetString()!).ToArray()).ToArray()
                : [],
            RequestExample = ExampleJson(json, "requestExample", examples),
            ResponseExample = ExampleJson(json, "responseExample", examples),
        };

    private static ParameterContract Parameter(JsonElement json)
        => new()
        {
            Name = String(json, "name") ?? string.Empty,
            In = String(json, "in") ?? "query",
            Required = Bool(json, "required"),
            Explode = Bool(json, "explode"),
            Schema = json.TryGetProperty("schema", out var schema) ? Node(schema) : SchemaNode.Any,
        };

    private static ApiExample Example(JsonElement json, int index, JsonSerializerOptions? options, IReadOnlyList<Type?> dtoTypes, IReadOnlyList<string> examples)
    {
        var type = index < dtoTypes.Count ? dtoTypes[index] : null;
        var envelope = Bool(json, "envelope");
        JsonTypeInfo? typeInfo = type is not null && options is not null ? options.GetTypeInfo(type) : null;
        return new ApiExample
        {
            Name = String(json, "name") ?? "Example" + index,
            Source = String(json, "source") ?? string.Empty,
            Json = index < examples.Count ? examples[index] : "null",
            Schema = json.TryGetProperty("schema", out var schema) ? Node(schema) : null,
            DtoType = typeInfo is null ? null : type,
            RoundTrip = typeInfo is null ? null : text => ExampleRoundTrip.Differences(text, typeInfo, envelope),
        };
    }

    private static string? ExampleJson(JsonElement json, string name, IReadOnlyList<ApiExample> examples)
        => Int(json, name) is { } index && index >= 0 && index < examples.Count ? examples[index].Json : null;

    private static SchemaNode Node(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.EnumerateObject().Any())
        {
            return SchemaNode.Any;
        }

        var enumValues = json.TryGetProperty("enum", out var values) ? values.EnumerateArray().ToArray() : [];
        return new SchemaNode
        {
            Ref = String(json, "$ref"),
            Type = String(json, "type"),
            Format = String(json, "format"),
            Nullable = Bool(json, "nullable"),
            Enum = enumValues.Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray(),
            EnumAllowsNull = enumValues.Any(v => v.ValueKind == JsonValueKind.Null),
            MinLength = Int(json, "minLength"),
            MaxLength = Int(json, "maxLength"),
            Minimum = Double(json, "minimum"),
            Maximum = Double(json, "maximum"),
            MinItems = Int(json, "minItems"),
            MaxItems = Int(json, "maxItems"),
            Required = json.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!).ToArray() : [],
            Properties = json.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().ToDictionary(p => p.Name, p => Node(p.Value), StringComparer.Ordinal)
                : new Dictionary<string, SchemaNode>(),
            Items = json.TryGetProperty("items", out var items) ? Node(items) : null,
            AnyOf = json.TryGetProperty("anyOf", out var anyOf) ? anyOf.EnumerateArray().Select(Node).ToArray() : [],
            Deprecated = Bool(json, "deprecated"),
            Example = json.TryGetProperty("example", out var example) ? example.Clone() : null,
            Default = json.TryGetProperty("default", out var value) ? value.Clone() : null,
        };
    }

    private static string? String(JsonElement json, string name)
        => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Bool(JsonElement json, string name)
        => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static int? Int(JsonElement json, string name)
        => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static double? Double(JsonElement json, string name)
        => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}

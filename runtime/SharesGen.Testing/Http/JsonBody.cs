using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharesGen.Testing.Recording;

namespace SharesGen.Testing.Http;

/// <summary>
/// Reads a request body as JSON and checks its members the way the API does: a missing or mistyped member is a
/// 400 whose error names the member and points at it (<c>source.pointer</c>).
/// </summary>
internal static class JsonBody
{
    /// <summary>The body as a JSON object; 400 when it is missing, malformed or not an object.</summary>
    public static JsonObject ReadObject(HttpContext context)
        => Parse(context) as JsonObject ?? throw ApiProblem.Invalid("The request body must be a JSON object.");

    /// <summary>The body as a JSON array (the bulk PUTs); 400 when it is missing, malformed or not an array.</summary>
    public static JsonArray ReadArray(HttpContext context)
        => Parse(context) as JsonArray ?? throw ApiProblem.Invalid("The request body must be a JSON array.");

    /// <summary>A required string member; <paramref name="maxLength"/> as the spec's <c>maxLength</c>.</summary>
    public static string RequiredString(JsonObject body, string name, string at = "", int? maxLength = null)
        => OptionalString(body, name, at, maxLength)
            ?? throw ApiProblem.Invalid($"{name} is required.", Pointer(at, name));

    /// <summary>An optional string member: null when absent or null.</summary>
    public static string? OptionalString(JsonObject body, string name, string at = "", int? maxLength = null)
    {
        if (!body.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw ApiProblem.Invalid($"{name} must be a string.", Pointer(at, name));
        }

        var value = node.GetValue<string>();
        if (maxLength is { } max && value.Length > max)
        {
            throw ApiProblem.Invalid($"{name} must be at most {max.ToString(CultureInfo.InvariantCulture)} characters long.", Pointer(at, name));
        }

        return value;
    }

    /// <summary>A required string member whose value must be one the spec names.</summary>
    public static string RequiredEnum(JsonObject body, string name, IReadOnlyList<string> allowed, string at = "")
    {
        var value = RequiredString(body, name, at);
        if (!allowed.Contains(value))
        {
            throw ApiProblem.Invalid($"{name} must be one of {string.Join(", ", allowed)}.", Pointer(at, name));
        }

        return value;
    }

    /// <summary>A required array member.</summary>
    public static JsonArray RequiredArray(JsonObject body, string name, string at = "")
    {
        if (!body.TryGetPropertyValue(name, out var node) || node is null)
        {
            throw ApiProblem.Invalid($"{name} is required.", Pointer(at, name));
        }

        return node as JsonArray ?? throw ApiProblem.Invalid($"{name} must be an array.", Pointer(at, name));
    }

    /// <summary>A required object member (the free-form <c>meta</c>), copied out of the request.</summary>
    public static JsonObject RequiredObject(JsonObject body, string name, string at = "")
    {
        if (!body.TryGetPropertyValue(name, out var node) || node is null)
        {
            throw ApiProblem.Invalid($"{name} is required.", Pointer(at, name));
        }

        return node is JsonObject value
            ? (JsonObject)value.DeepClone()
            : throw ApiProblem.Invalid($"{name} must be an object.", Pointer(at, name));
    }

    /// <summary>Each element of an array, which must be an object; <paramref name="at"/> is the array's pointer.</summary>
    public static IEnumerable<(JsonObject Item, string Pointer)> Objects(JsonArray array, string at)
    {
        for (var i = 0; i < array.Count; i++)
        {
            var pointer = at + "/" + i.ToString(CultureInfo.InvariantCulture);
            yield return (array[i] as JsonObject ?? throw ApiProblem.Invalid("Each item must be an object.", pointer), pointer);
        }
    }

    /// <summary>The JSON pointer of a member: <c>/resources/0/resource_id</c>.</summary>
    public static string Pointer(string at, string name) => at + "/" + name;

    private static JsonNode Parse(HttpContext context)
    {
        var text = RequestBodyText.Get(context);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw ApiProblem.MalformedJson("the body is empty.");
        }

        try
        {
            return JsonNode.Parse(text) ?? throw ApiProblem.MalformedJson("the body is null.");
        }
        catch (JsonException exception)
        {
            throw ApiProblem.MalformedJson(exception.Message);
        }
    }
}

using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi.Models;

namespace SharesGen.Generator.Tests.WholeApi;

/// <summary>
/// Whether a JSON value is valid for an OpenAPI 3.0 schema, as Prism's validator reads one: <c>type</c> (with
/// <c>nullable</c>; no type admits any value), <c>enum</c>, string lengths and pattern, number bounds, items, required
/// members, properties, <c>additionalProperties</c>, and <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c> (exactly one). It is how
/// <see cref="SchemaValues"/> knows that the body it made for a <c>oneOf</c> matches one alternative, not none or several.
/// </summary>
internal static class SchemaMatch
{
    private const int MaxDepth = 24;

    public static bool Admits(OpenApiSchema schema, JsonNode? value, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return true; // deeper than any value SchemaValues makes: not checked
        }

        if (schema.Enum.Count > 0 && !schema.Enum.Any(e => JsonNode.DeepEquals(SchemaValues.Json(e), value)))
        {
            return false;
        }

        if (!schema.AllOf.All(s => Admits(s, value, depth + 1))
            || (schema.AnyOf.Count > 0 && !schema.AnyOf.Any(s => Admits(s, value, depth + 1)))
            || (schema.OneOf.Count > 0 && schema.OneOf.Count(s => Admits(s, value, depth + 1)) != 1)
            || (schema.Not is { } not && Admits(not, value, depth + 1)))
        {
            return false;
        }

        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        if (kind == JsonValueKind.Null)
        {
            return schema.Type is null || schema.Nullable;
        }

        if (schema.Type is { } type && !OfType(type, kind, value!))
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.String => StringFits(value!.GetValue<string>(), schema),
            JsonValueKind.Number => NumberFits(value!.GetValue<double>(), schema),
            JsonValueKind.Array => ArrayFits((JsonArray)value!, schema, depth),
            JsonValueKind.Object => ObjectFits((JsonObject)value!, schema, depth),
            _ => true,
        };
    }

    private static bool OfType(string type, JsonValueKind kind, JsonNode value) => type switch
    {
        "string" => kind == JsonValueKind.String,
        "number" => kind == JsonValueKind.Number,
        "integer" => kind == JsonValueKind.Number && Math.Floor(value.GetValue<double>()) == value.GetValue<double>(),
        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        "array" => kind == JsonValueKind.Array,
        "object" => kind == JsonValueKind.Object,
        _ => true,
    };

    internal static bool StringFits(string text, OpenApiSchema schema)
        => text.Length >= (schema.MinLength ?? 0) && text.Length <= (schema.MaxLength ?? int.MaxValue)
           && (schema.Pattern is null || Matches(text, schema.Pattern));

    private static bool NumberFits(double number, OpenApiSchema schema)
        => (schema.Minimum is not { } minimum || (schema.ExclusiveMinimum == true ? number > (double)minimum : number >= (double)minimum))
           && (schema.Maximum is not { } maximum || (schema.ExclusiveMaximum == true ? number < (double)maximum : number <= (double)maximum));

    private static bool ArrayFits(JsonArray array, OpenApiSchema schema, int depth)
        => array.Count >= (schema.MinItems ?? 0) && array.Count <= (schema.MaxItems ?? int.MaxValue)
           && (schema.Items is null || array.All(item => Admits(schema.Items, item, depth + 1)));

    private static bool ObjectFits(JsonObject value, OpenApiSchema schema, int depth)
    {
        if (schema.Required.Any(name => !value.ContainsKey(name)))
        {
            return false;
        }

        foreach (var (name, member) in value)
        {
            if (schema.Properties.TryGetValue(name, out var property))
            {
                if (!Admits(property, member, depth + 1))
                {
                    return false;
                }
            }
            else if (!schema.AdditionalPropertiesAllowed || (schema.AdditionalProperties is { } additional && !Admits(additional, member, depth + 1)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(string text, string pattern)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return true; // an ECMA pattern .NET cannot read: Prism's reading decides
        }
    }
}

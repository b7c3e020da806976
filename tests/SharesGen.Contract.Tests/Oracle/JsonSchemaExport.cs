using System;
using System.Linq;
using System.Text.Json.Nodes;
using SharesGen.Contract.Tests.Corpus;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests.Oracle;

/// <summary>
/// Writes a generated <see cref="SchemaNode"/> as JSON Schema draft 2020-12, with OpenAPI 3.0's meaning kept:
/// <list type="bullet">
/// <item><c>nullable: true</c> becomes <c>type: [T, "null"]</c> (on a reference: <c>anyOf: [{type: null}, {$ref}]</c>);</item>
/// <item>an enum lists its strings, and <c>null</c> when the spec lists it (OpenAPI 3.0.3: nullable alone does not
/// let null past an enum);</item>
/// <item><see cref="SchemaNode.Ref"/> becomes <c>$ref: #/$defs/{name}</c>, every component is written under <c>$defs</c>,
/// and constraints beside a reference apply too (2020-12 evaluates <c>$ref</c> alongside its siblings);</item>
/// <item>a node without a type constrains only the kinds its keywords apply to, as in both specifications;</item>
/// <item><c>deprecated</c> is an annotation and is left out; additional properties stay allowed.</item>
/// </list>
/// Written independently of the validator, from the two specifications, so their disagreements mean something.
/// </summary>
internal static class JsonSchemaExport
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>A whole schema document for <paramref name="root"/>: the root's keywords plus every component under <c>$defs</c>.</summary>
    public static JsonObject Document(ApiContract contract, SchemaNode root, EnumHandling enums)
    {
        var document = new JsonObject { ["$schema"] = Draft };
        foreach (var (key, value) in Convert(root, enums))
        {
            document[key] = value?.DeepClone();
        }

        var definitions = new JsonObject();
        foreach (var (name, schema) in contract.Schemas.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            definitions[name] = Convert(schema, enums);
        }

        document["$defs"] = definitions;
        return document;
    }

    /// <summary>One node, references left as <c>$ref</c>.</summary>
    public static JsonObject Convert(SchemaNode node, EnumHandling enums)
    {
        var constraints = Constraints(node, enums);
        if (node.Ref is not { } name)
        {
            return constraints;
        }

        var reference = new JsonObject { ["$ref"] = "#/$defs/" + Escape(name) };
        foreach (var (key, value) in constraints)
        {
            reference[key] = value?.DeepClone();
        }

        return node.Nullable
            ? new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, reference) }
            : reference;
    }

    private static JsonObject Constraints(SchemaNode node, EnumHandling enums)
    {
        var schema = new JsonObject();
        if (node.Type is { } type && node.Ref is null)
        {
            schema["type"] = node.Nullable ? new JsonArray(type, "null") : type;
        }

        if (node.Format is { } format)
        {
            schema["format"] = format;
        }

        var keepEnum = enums == EnumHandling.Keep || node.Enum.Count == 0;
        if (keepEnum && (node.Enum.Count > 0 || node.EnumAllowsNull))
        {
            var values = new JsonArray();
            foreach (var value in node.Enum)
            {
                values.Add(value);
            }

            if (node.EnumAllowsNull)
            {
                values.Add(null);
            }

            schema["enum"] = values;
        }

        Add(schema, "minLength", node.MinLength);
        Add(schema, "maxLength", node.MaxLength);
        Add(schema, "minimum", node.Minimum);
        Add(schema, "maximum", node.Maximum);
        Add(schema, "minItems", node.MinItems);
        Add(schema, "maxItems", node.MaxItems);

        if (node.Properties.Count > 0)
        {
            var properties = new JsonObject();
            foreach (var (name, property) in node.Properties)
            {
                properties[name] = Convert(property, enums);
            }

            schema["properties"] = properties;
        }

        if (node.Required.Count > 0)
        {
            schema["required"] = new JsonArray(node.Required.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray());
        }

        if (node.Items is { } items)
        {
            schema["items"] = Convert(items, enums);
        }

        if (node.AnyOf.Count > 0)
        {
            schema["anyOf"] = new JsonArray(node.AnyOf.Select(a => (JsonNode?)Convert(a, enums)).ToArray());
        }

        return schema;
    }

    private static void Add(JsonObject schema, string keyword, int? value)
    {
        if (value is { } number)
        {
            schema[keyword] = number;
        }
    }

    private static void Add(JsonObject schema, string keyword, double? value)
    {
        if (value is { } number)
        {
            schema[keyword] = number;
        }
    }

    /// <summary>A <c>$defs</c> name as a pointer token (RFC 6901) inside a URI fragment.</summary>
    private static string Escape(string name) => Uri.EscapeDataString(SchemaSites.Escape(name));
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;

namespace SharesGen.Generator.Tests.WholeApi;

/// <summary>
/// A valid JSON value for an OpenAPI schema, read from the spec itself (Microsoft.OpenApi's model, not SharesGen's), so
/// the arguments the whole-API client is called with do not depend on the generator they test: the first enum value,
/// else the spec's example or default when it meets the schema's own pattern and lengths, else a value made from the
/// type, format, pattern, lengths and bounds; objects with their required members (every <c>allOf</c> branch merged),
/// arrays of <c>max(1, minItems)</c> items, the first alternative of a <c>oneOf</c>/<c>anyOf</c>.
/// </summary>
internal static class SchemaValues
{
    private const int MaxDepth = 12;

    /// <summary>Strings tried, in order, against a pattern the spec gives no example for.</summary>
    private static readonly string[] s_patternCandidates =
    [
        "023e105f4ecef8ad9ca31a8372d0c353", "example.com", "www.example.com", "a", "abc", "1", "123", "a1", "example",
        "192.0.2.1", "2001:db8::1", "192.0.2.0/24", "user@example.com", "https://example.com", "2014-01-01T05:20:00Z",
        "2014-01-01", "00000000-0000-0000-0000-000000000000", "AbCdEf123456", "A", "ab-cd", "ab_cd", "US", "true",
    ];

    public static JsonNode? For(OpenApiSchema? schema, int depth = 0)
    {
        if (schema is null || depth > MaxDepth)
        {
            return null;
        }

        if (schema.AllOf.Count > 0)
        {
            return Merged(schema, depth);
        }

        if (schema.Enum.Count > 0)
        {
            return Json(schema.Enum.FirstOrDefault(e => e is not OpenApiNull) ?? schema.Enum[0]);
        }

        if (schema.OneOf.Count > 0)
        {
            return OneOf(schema, depth);
        }

        if (schema.AnyOf.FirstOrDefault() is { } alternative)
        {
            // `required` beside an anyOf names members the alternative defines.
            return schema.Properties.Count == 0 && schema.Required.Count == 0 ? For(alternative, depth + 1) : Object([schema, alternative], depth);
        }

        if (schema.Type == "array" && schema.Example is OpenApiArray { Count: > 0 } example)
        {
            return Json(example); // the spec's own list (page-rule targets), items and all
        }

        if (schema.Type is not ("object" or "array") && FromSpec(schema) is { } given)
        {
            return given;
        }

        return schema.Type switch
        {
            "string" => JsonValue.Create(MakeString(schema)),
            "integer" => JsonValue.Create((long)Number(schema, integer: true)),
            "number" => JsonValue.Create(Number(schema, integer: false)),
            "boolean" => JsonValue.Create(true),
            "array" => Array(schema, depth),
            _ when schema.Properties.Count > 0 || schema.Type == "object" => Object([schema], depth),
            _ => JsonValue.Create(MakeString(schema)), // untyped (image_variant_identifier has only a pattern): a string that fits it
        };
    }

    /// <summary>An <c>allOf</c>: the object every branch describes, or the first branch's value when they are not objects.</summary>
    private static JsonNode? Merged(OpenApiSchema schema, int depth)
    {
        var branches = Flatten(schema).ToArray();
        if (branches.Any(b => b.Properties.Count > 0 || b.Type == "object"))
        {
            return Object(branches, depth);
        }

        // Not objects: a branch's enum value, else the first branch's value that every branch's pattern and lengths admit.
        var enumerated = branches.Where(b => b.Enum.Count > 0).ToArray();
        if (enumerated.Length > 0)
        {
            // The first value every branch's enum admits (RuleAction's `block` … `skip`, narrowed by SkipRule to `skip`).
            var values = enumerated[0].Enum.Where(e => e is not OpenApiNull).Select(Json).ToArray();
            return values.FirstOrDefault(v => enumerated.All(b => b.Enum.Any(e => JsonNode.DeepEquals(Json(e), v)))) ?? values.FirstOrDefault() ?? Json(enumerated[0].Enum[0]);
        }

        // Typed branches first: base-HC9WfEWF's untyped `value` (example "on") beside proxy_read_timeout_value's number.
        var candidates = branches.Where(b => b != schema).OrderBy(b => b.Type is null ? 1 : 0).Select(b => For(b, depth + 1)).Where(v => v is not null).ToArray();
        return candidates.FirstOrDefault(v => v is not JsonValue value || value.GetValueKind() != System.Text.Json.JsonValueKind.String || branches.All(b => Fits(value.GetValue<string>(), b)))
            ?? candidates.FirstOrDefault();
    }

    private static IEnumerable<OpenApiSchema> Flatten(OpenApiSchema schema)
        => new[] { schema }.Concat(schema.AllOf.SelectMany(Flatten));

    private static JsonObject Object(IReadOnlyList<OpenApiSchema> given, int depth)
    {
        // Members named in `required` beside a oneOf may be defined in the alternative's own allOf (dns-record's base).
        var branches = given.SelectMany(Flatten).Distinct().ToArray();
        var value = new JsonObject();
        var required = branches.SelectMany(b => b.Required).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var name in required)
        {
            // Every branch's word on the member holds (base-HC9WfEWF's untyped `value`, nel's `value: {$ref: nel_value}`).
            var members = branches.Select(b => b.Properties.TryGetValue(name, out var p) ? p : null).OfType<OpenApiSchema>().ToList();
            value[name] = members.Count switch
            {
                0 => JsonValue.Create("example"),
                1 => For(members[0], depth + 1),
                _ => For(new OpenApiSchema { AllOf = members }, depth + 1),
            };
        }

        // A oneOf/anyOf beside the properties (Cloudflare's records): the chosen alternative's members too.
        foreach (var chosen in branches.Select(b => b.OneOf.Count > 0 ? OneOf(new OpenApiSchema { OneOf = b.OneOf }, depth) : b.AnyOf.Count > 0 ? For(b.AnyOf[0], depth + 1) : null).OfType<JsonObject>())
        {
            foreach (var (name, member) in chosen.ToArray())
            {
                if (!value.ContainsKey(name))
                {
                    chosen.Remove(name);
                    value[name] = member;
                }
            }
        }

        return value;
    }

    /// <summary>
    /// A value for a schema with a <c>oneOf</c> that exactly one alternative admits (<see cref="SchemaMatch"/> checks the
    /// whole schema, the members beside the <c>oneOf</c> too): for each alternative in turn, its required members, then
    /// also the members that tell it apart (an <c>enum</c>: IP access rules' <c>target</c>, ruleset rules' <c>action</c>),
    /// then all its members. The first such value wins; none (the alternatives cannot be told apart) gives the first.
    /// </summary>
    private static JsonNode? OneOf(OpenApiSchema schema, int depth)
    {
        JsonNode? first = null;
        foreach (var alternative in schema.OneOf)
        {
            foreach (var members in new[] { Members.Required, Members.Telling, Members.All })
            {
                var candidate = schema.Properties.Count == 0 && schema.Required.Count == 0 && schema.AllOf.Count == 0
                    ? For(alternative, depth + 1)
                    : Object([Without(schema), alternative], depth);
                if (members != Members.Required && candidate is JsonObject value)
                {
                    AddOptional(value, alternative, members, depth);
                }

                first ??= candidate;
                if (SchemaMatch.Admits(schema, candidate))
                {
                    return candidate;
                }
            }
        }

        // Alternatives that admit whatever another admits (identity providers: facebook, github, google, linkedin and
        // yandex are one schema): only a value the others refuse, by a member the chosen one leaves open, tells them apart.
        foreach (var alternative in schema.OneOf)
        {
            if (For(alternative, depth + 1) is JsonObject candidate && SetApart(candidate, alternative, schema.OneOf.Where(o => o != alternative).ToArray()) && SchemaMatch.Admits(schema, candidate))
            {
                return candidate;
            }
        }

        return first;
    }

    /// <summary>
    /// Adds to <paramref name="value"/>, for each of <paramref name="others"/> that still admits it, a member it defines
    /// and <paramref name="chosen"/> does not (at the top or one object down), given a value of a type it refuses.
    /// </summary>
    private static bool SetApart(JsonObject value, OpenApiSchema chosen, IReadOnlyList<OpenApiSchema> others)
    {
        foreach (var other in others)
        {
            if (SchemaMatch.Admits(other, value) && !Refuse(value, chosen, other, depth: 0))
            {
                return false;
            }
        }

        return SchemaMatch.Admits(chosen, value);
    }

    private static bool Refuse(JsonObject value, OpenApiSchema? chosen, OpenApiSchema other, int depth)
    {
        var chosenBranches = chosen is null ? [] : Flatten(chosen).ToArray();
        foreach (var (name, definitions) in Definitions(other))
        {
            var chosenDefinitions = chosenBranches.Select(b => b.Properties.TryGetValue(name, out var p) ? p : null).OfType<OpenApiSchema>().ToList();
            var definition = new OpenApiSchema { AllOf = definitions };
            if (chosenDefinitions.Count == 0 && !value.ContainsKey(name) && chosenBranches.All(b => b.AdditionalPropertiesAllowed))
            {
                foreach (var wrong in new JsonNode?[] { JsonValue.Create(0), JsonValue.Create("-"), new JsonArray() })
                {
                    value[name] = wrong;
                    if (!SchemaMatch.Admits(other, value))
                    {
                        return true;
                    }
                }

                value.Remove(name);
            }
            else if (depth == 0 && value[name] is JsonObject member
                     && Refuse(member, chosenDefinitions.Count == 0 ? null : new OpenApiSchema { AllOf = chosenDefinitions }, definition, depth + 1)
                     && !SchemaMatch.Admits(other, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each member a schema defines, with every definition its <c>allOf</c> branches give it.</summary>
    private static IEnumerable<(string Name, List<OpenApiSchema> Definitions)> Definitions(OpenApiSchema schema)
    {
        var branches = Flatten(schema).ToArray();
        return branches.SelectMany(b => b.Properties.Keys).Distinct(StringComparer.Ordinal)
            .Select(name => (name, branches.Select(b => b.Properties.TryGetValue(name, out var p) ? p : null).OfType<OpenApiSchema>().ToList()));
    }

    private enum Members
    {
        Required,
        Telling,
        All,
    }

    /// <summary>The alternative's optional members: those with an <c>enum</c> (what tells alternatives apart), or all.</summary>
    private static void AddOptional(JsonObject value, OpenApiSchema alternative, Members members, int depth)
    {
        var branches = Flatten(alternative).ToArray();
        foreach (var name in branches.SelectMany(b => b.Properties.Keys).Distinct(StringComparer.Ordinal).Where(n => !value.ContainsKey(n)).ToArray())
        {
            // Every branch's word on the member holds: Rule's `action` is any RuleAction, BlockRule's only `block`.
            var definitions = branches.Select(b => b.Properties.TryGetValue(name, out var p) ? p : null).OfType<OpenApiSchema>().ToList();
            if (!definitions.Any(d => d.ReadOnly) && (members == Members.All || definitions.SelectMany(Flatten).Any(d => d.Enum.Count > 0)))
            {
                value[name] = For(definitions.Count == 1 ? definitions[0] : new OpenApiSchema { AllOf = definitions }, depth + 1);
            }
        }
    }

    /// <summary>The schema without its <c>oneOf</c>: the members beside it, which the chosen alternative joins.</summary>
    private static OpenApiSchema Without(OpenApiSchema schema) => new(schema) { OneOf = new List<OpenApiSchema>() };

    private static JsonArray Array(OpenApiSchema schema, int depth)
    {
        var array = new JsonArray();
        var count = Math.Max(1, schema.MinItems ?? 0);
        for (var i = 0; i < count; i++)
        {
            array.Add(For(schema.Items, depth + 1) ?? JsonValue.Create("example"));
        }

        return array;
    }

    /// <summary>The spec's own example or default, when it is a scalar that meets the schema's pattern and lengths.</summary>
    private static JsonNode? FromSpec(OpenApiSchema schema)
    {
        foreach (var given in new[] { schema.Example, schema.Default })
        {
            var value = given is null or OpenApiNull ? null : Json(given);
            if (value is JsonValue && (value.GetValueKind() != System.Text.Json.JsonValueKind.String ? schema.Type != "string" : Fits(value.GetValue<string>(), schema)))
            {
                return value;
            }
        }

        return null;
    }

    private static string MakeString(OpenApiSchema schema)
    {
        var text = schema.Format switch
        {
            "date-time" => "2014-01-01T05:20:00Z",
            "date" => "2014-01-01",
            "time" => "05:20:00",
            "uuid" => "00000000-0000-4000-8000-000000000000",
            "email" => "user@example.com",
            "ipv4" => "192.0.2.1",
            "ipv6" => "2001:db8::1",
            "uri" or "url" => "https://example.com",
            "hostname" => "example.com",
            "byte" => "ZXhhbXBsZQ==",
            _ => null,
        };
        if (text is not null && Fits(text, schema))
        {
            return text;
        }

        if (s_patternCandidates.FirstOrDefault(c => Fits(c, schema)) is { } candidate)
        {
            return candidate;
        }

        var length = Math.Max(1, schema.MinLength ?? 1);
        return new string('a', Math.Min(length, schema.MaxLength ?? length));
    }

    private static bool Fits(string text, OpenApiSchema schema) => SchemaMatch.StringFits(text, schema);

    private static double Number(OpenApiSchema schema, bool integer)
    {
        var value = schema.Minimum is { } minimum ? (double)minimum + (schema.ExclusiveMinimum == true ? 1 : 0) : 1;
        if (schema.Maximum is { } maximum && value > (double)maximum)
        {
            value = (double)maximum - (schema.ExclusiveMaximum == true ? 1 : 0);
        }

        if (schema.MultipleOf is { } step && step > 0)
        {
            value = Math.Ceiling(value / (double)step) * (double)step;
        }

        return integer ? Math.Ceiling(value) : value;
    }

    internal static JsonNode? Json(IOpenApiAny value) => value switch
    {
        OpenApiNull => null,
        OpenApiString s => JsonValue.Create(s.Value),
        OpenApiPassword s => JsonValue.Create(s.Value),
        OpenApiBoolean b => JsonValue.Create(b.Value),
        OpenApiInteger i => JsonValue.Create(i.Value),
        OpenApiLong l => JsonValue.Create(l.Value),
        OpenApiFloat f => JsonValue.Create(f.Value),
        OpenApiDouble d => JsonValue.Create(d.Value),
        OpenApiDate d => JsonValue.Create(d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        OpenApiDateTime d => JsonValue.Create(d.Value.ToString("O", CultureInfo.InvariantCulture)),
        OpenApiByte b => JsonValue.Create(Convert.ToBase64String(b.Value)),
        OpenApiArray a => new JsonArray(a.Select(Json).ToArray()),
        OpenApiObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Json(p.Value)))),
        _ => JsonValue.Create(value.ToString()),
    };
}

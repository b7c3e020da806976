using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharesGen.Generator.Tests.WholeApi;

/// <summary>
/// A JSON value made from the spec (<see cref="SchemaValues"/>) as the argument a generated method's parameter takes,
/// by the parameter's CLR type: strings, numbers, booleans and date-times; the generated extensible enums (through the
/// generated <c>{Client}Json.Options</c>, which knows every generated type, or their value constructor); lists and
/// arrays of any of these; the generated DTOs and lists of them for JSON bodies (through the same options, so the
/// generated converters read them); the generated forms (one property per part, by its name) and a
/// <c>MultipartFormBody</c> for forms whose schema names no parts; and <see cref="Stream"/>, <see cref="string"/>
/// and <c>byte[]</c> for other bodies.
/// It follows the types, not today's signatures, so the same code calls parameters typed <c>string</c> and typed ones.
/// </summary>
internal sealed class ClrArguments(JsonSerializerOptions generatedOptions)
{
    public object? Convert(JsonNode? json, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (json is null)
        {
            return null;
        }

        if (target == typeof(string))
        {
            return Text(json);
        }

        if (target == typeof(byte[]))
        {
            return Encoding.UTF8.GetBytes(Text(json));
        }

        if (target == typeof(Stream))
        {
            return new MemoryStream(Encoding.UTF8.GetBytes(Text(json)), writable: false);
        }

        if (target == typeof(SharesGen.Runtime.MultipartFormBody))
        {
            return Form(json);
        }

        if (typeof(SharesGen.Runtime.IMultipartForm).IsAssignableFrom(target))
        {
            return TypedForm(json, target);
        }

        if (target == typeof(JsonElement))
        {
            return JsonSerializer.SerializeToElement(json);
        }

        if (target == typeof(JsonNode) || target == typeof(JsonObject))
        {
            return json.DeepClone();
        }

        if (ElementTypeOf(target) is { } element && !Knows(target))
        {
            var items = json is JsonArray array ? array.ToArray() : [json];
            var converted = System.Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                converted.SetValue(Convert(items[i], element), i);
            }

            return converted;
        }

        if (json is JsonArray single && single.Count > 0 && ElementTypeOf(target) is null)
        {
            return Convert(single[0], type); // a scalar parameter typed string for an array schema: one item reads the same in every style
        }

        if (Knows(target))
        {
            return JsonSerializer.Deserialize(json.ToJsonString(), target, generatedOptions);
        }

        if (target.IsValueType && FromValueConstructor(json, target) is { } made)
        {
            return made;
        }

        return JsonSerializer.Deserialize(json.ToJsonString(), target, JsonSerializerOptions.Default);
    }

    private bool Knows(Type type)
    {
        try
        {
            return generatedOptions.TypeInfoResolver?.GetTypeInfo(type, generatedOptions) is not null;
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>An extensible enum the generated options do not list, by its constructor over the wire value.</summary>
    /// <summary>A form body (<c>multipart/form-data</c>): one part per member of the value made from its schema, text as it is, anything else as JSON text.</summary>
    private static SharesGen.Runtime.MultipartFormBody Form(JsonNode json)
    {
        var form = new SharesGen.Runtime.MultipartFormBody();
        if (json is JsonObject members)
        {
            foreach (var (name, value) in members)
            {
                if (value is not null)
                {
                    form.Add(name, value is JsonValue text && text.TryGetValue<string>(out var s) ? s : value.ToJsonString());
                }
            }
        }

        return form;
    }

    /// <summary>
    /// A generated form: each member of the value made from its schema sets the part property of its name (compared
    /// as letters and digits, without case: <c>requireSignedURLs</c> is <c>RequireSignedUrls</c>); a member no property
    /// names goes in <c>AdditionalParts</c>.
    /// </summary>
    private object TypedForm(JsonNode json, Type type)
    {
        var form = Activator.CreateInstance(type)!;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != "AdditionalParts").ToDictionary(p => Letters(p.Name), StringComparer.Ordinal);
        var extra = new SharesGen.Runtime.MultipartFormBody();
        foreach (var (name, value) in json as JsonObject ?? [])
        {
            if (value is null)
            {
                continue;
            }

            if (!properties.TryGetValue(Letters(name), out var property))
            {
                extra.Add(name, value is JsonValue text && text.TryGetValue<string>(out var s) ? s : value.ToJsonString());
                continue;
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(form, propertyType == typeof(SharesGen.Runtime.FormFile) ? File(value)
                : ElementTypeOf(propertyType) == typeof(SharesGen.Runtime.FormFile) ? (value as JsonArray ?? [value.DeepClone()]).Select(item => File(item!)).ToList()
                : Convert(value, property.PropertyType));
        }

        type.GetProperty("AdditionalParts")!.SetValue(form, extra.Count == 0 ? null : extra);
        return form;

        static string Letters(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

        static SharesGen.Runtime.FormFile File(JsonNode content) => new(Encoding.UTF8.GetBytes(Text(content)), "file.bin");
    }

    private static object? FromValueConstructor(JsonNode json, Type type)
    {
        foreach (var constructor in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Where(c => c.GetParameters().Length == 1))
        {
            var parameter = constructor.GetParameters()[0].ParameterType;
            if (parameter == typeof(string) || parameter == typeof(long) || parameter == typeof(int) || parameter == typeof(double) || parameter == typeof(bool))
            {
                return constructor.Invoke([parameter == typeof(string) ? Text(json) : JsonSerializer.Deserialize(json.ToJsonString(), parameter)]);
            }
        }

        return null;
    }

    private static Type? ElementTypeOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type == typeof(string) || !type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IList<>)
               || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static string Text(JsonNode json) => json switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? "true" : "false",
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        JsonArray array => string.Join(",", array.Select(item => item is null ? string.Empty : Text(item))),
        _ => json.ToJsonString(),
    };
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Turns schemas into <see cref="TypeRef"/>s, creating a DTO or enum model the first time a schema that needs
/// one is met. Only what operations reach is generated: envelopes are unwrapped, not emitted.
/// </summary>
internal sealed class SchemaReader
{
    /// <summary>Members every C# type inherits; a spec member of that name would hide one.</summary>
    private static readonly string[] ObjectMemberNames = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };

    private readonly ReadContext _context;
    private readonly string _componentPrefix;
    private readonly Dictionary<OpenApiSchema, TypeRef> _resolved = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OpenApiSchema, string> _pointers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OpenApiSchema, SchemaView> _views = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<OpenApiSchema> _reportedCycles = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<OpenApiSchema> _resolving = new(ReferenceEqualityComparer.Instance);
    private readonly NameScope _typeNames;
    private readonly BrokenParts _broken;
    private readonly List<ObjectModel> _objects = new();
    private readonly List<EnumModel> _enums = new();

    public SchemaReader(ReadContext context, OpenApiComponents? components, NameScope typeNames, BrokenParts broken)
    {
        _context = context;
        _typeNames = typeNames;
        _broken = broken;
        var names = components?.Schemas.Keys.ToList() ?? new List<string>();
        _componentPrefix = Naming.SharedPrefix(names);
        if (components is not null)
        {
            // A component that is not a map in the spec is a null schema here (the reader reported it).
            foreach (var pair in components.Schemas.Where(p => p.Value is not null))
            {
                _pointers[pair.Value] = "#/components/schemas/" + Escape(pair.Key);
            }
        }
    }

    public IReadOnlyList<ObjectModel> Objects => _objects;

    /// <summary>The generated type a schema already resolved to, if any (for examples).</summary>
    public TypeRef? Generated(OpenApiSchema schema)
    {
        foreach (var current in AliasChain(schema))
        {
            if (_resolved.TryGetValue(current, out var type))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The C# type name of a component, as <see cref="Resolve"/> would name it.</summary>
    public string ComponentTypeName(string componentId) => Naming.TypeNameFromComponent(componentId, _componentPrefix);

    public IReadOnlyList<EnumModel> Enums => _enums;

    /// <summary>The schema merged through its <c>allOf</c>, reporting (once) any cycle it contains.</summary>
    public SchemaView View(OpenApiSchema schema, string pointer)
    {
        // Operations, properties and the contract all ask for the same schemas' merged views; flatten each once.
        // A view depends on the schema alone (the pointer only places a cycle's diagnostic, reported once anyway).
        // (A null schema, where the spec has a non-map, gets an empty view and is not cached.)
        if (schema is null)
        {
            return SchemaView.Flatten(schema!, cyclic => ReportCycle(cyclic, pointer));
        }

        if (!_views.TryGetValue(schema, out var view))
        {
            view = SchemaView.Flatten(schema, cyclic => ReportCycle(cyclic, pointer));
            _views[schema] = view;
        }

        return view;
    }

    private void ReportCycle(OpenApiSchema cyclic, string pointer)
    {
        if (_reportedCycles.Add(cyclic))
        {
            _context.Report(DiagnosticDescriptors.CircularSchema, PointerOf(cyclic, pointer), cyclic.Reference?.Id ?? pointer);
        }
    }

    /// <summary>The C# type for <paramref name="schema"/>.</summary>
    /// <param name="nameHint">The name an inline object or enum gets, e.g. <c>RecipientResource</c>.</param>
    /// <param name="pointer">Where the schema is, for diagnostics.</param>
    public TypeRef Resolve(OpenApiSchema? schema, string nameHint, string pointer)
    {
        if (schema is null)
        {
            return TypeRef.Json;
        }

        if (schema.UnresolvedReference)
        {
            _context.Report(DiagnosticDescriptors.UnresolvedReference, pointer, schema.Reference?.ReferenceV3 ?? schema.Reference?.Id ?? "?", DiagnosticDescriptors.KeptAsJson);
            return TypeRef.Json;
        }

        if (_resolved.TryGetValue(schema, out var known))
        {
            return known;
        }

        // Objects and enums register their type before they look inside, so a property of their own type is
        // fine. A schema met again before it has a type cannot have one: `a: {allOf: [$ref a]}`, two schemas that
        // wrap each other, `a: {type: array, items: $ref a}`. Following it would recurse until the stack
        // overflowed, taking the compiler down with it.
        if (!_resolving.Add(schema))
        {
            ReportCycle(schema, pointer);
            return TypeRef.Json;
        }

        try
        {
            return ResolveNew(schema, nameHint, pointer);
        }
        finally
        {
            _resolving.Remove(schema);
        }
    }

    private TypeRef ResolveNew(OpenApiSchema schema, string nameHint, string pointer)
    {
        if (AliasTarget(schema) is { } target)
        {
            return Resolve(target, nameHint, pointer + "/allOf/0");
        }

        pointer = PointerOf(schema, pointer);
        if (IsBroken(schema))
        {
            // Its error said so: the value stays reachable as raw JSON.
            _resolved[schema] = TypeRef.Json;
            return TypeRef.Json;
        }

        var view = View(schema, pointer);
        if (view.Enum.Count > 0 && ResolveEnum(schema, view, nameHint, pointer) is { } enumType)
        {
            return enumType;
        }

        var type = view.Type switch
        {
            "string" => view.Format is "date-time" ? TypeRef.DateTimeOffset : TypeRef.String,
            // Only int32 promises 32 bits: an integer without a format (Cloudflare's resource_version: 5000000000) or
            // of any other format is read as 64 bits, the range the payload validator checks too (JsonIntegers).
            "integer" => view.Format is "int32" ? TypeRef.Int32 : TypeRef.Int64,
            "number" => TypeRef.Double,
            "boolean" => TypeRef.Boolean,
            "array" => TypeRef.ArrayOf(Resolve(view.Items, Naming.Singularize(nameHint), pointer + "/items")),
            "object" or null => ResolveObject(schema, view, nameHint, pointer),
            _ => Unsupported($"The type '{view.Type}'", pointer),
        };
        _resolved[schema] = type;
        return type;
    }

    /// <summary>
    /// A wrapped reference, <c>allOf: [ {$ref} ]</c> beside only annotations (description, deprecated, …),
    /// means the referenced type itself.
    /// </summary>
    public static OpenApiSchema? AliasTarget(OpenApiSchema schema)
        => schema.AllOf.Count == 1
           && schema.Properties.Count == 0
           && schema.Type is null
           && schema.Items is null
           && schema.Enum.Count == 0
           && schema.AnyOf.Count == 0
           && schema.OneOf.Count == 0
            ? schema.AllOf[0]
            : null;

    /// <summary>The description of a property: its own, or that of the schema it wraps or refers to.</summary>
    public static string? DescriptionOf(OpenApiSchema schema)
    {
        foreach (var current in AliasChain(schema))
        {
            if (!string.IsNullOrWhiteSpace(current.Description))
            {
                return current.Description;
            }
        }

        return null;
    }

    /// <summary><paramref name="schema"/> and the schemas it wraps, in order, stopping before one repeats.</summary>
    private static IEnumerable<OpenApiSchema> AliasChain(OpenApiSchema schema)
    {
        var seen = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        for (var current = schema; current is not null && seen.Add(current); current = AliasTarget(current))
        {
            yield return current;
        }
    }

    private TypeRef? ResolveEnum(OpenApiSchema schema, SchemaView view, string nameHint, string pointer)
    {
        var values = view.Enum.Where(v => v is not OpenApiNull).ToList();
        if (values.Count == 0)
        {
            // enum: [null], as in the failure envelope's result: nothing to name, keep the raw JSON.
            return null;
        }

        if (values.Any(v => v is not OpenApiString))
        {
            _context.Report(DiagnosticDescriptors.InvalidEnum, pointer, pointer, "has values that are not strings", "its underlying type");
            return null;
        }

        var name = ClaimTypeName(schema, nameHint, pointer);
        var type = TypeRef.Enum(name);
        _resolved[schema] = type;

        var memberNames = new NameScope(ObjectMemberNames.Concat(new[] { "Value", "IsKnown", "KnownValues", name }).ToArray());
        var members = new List<EnumMemberModel>();
        foreach (var value in values.Cast<OpenApiString>().Select(v => v.Value).Distinct(System.StringComparer.Ordinal))
        {
            var memberName = memberNames.Claim(Naming.ToPascalCase(value), value, out var collided);
            if (collided is not null)
            {
                _context.Report(DiagnosticDescriptors.NameCollision, pointer, collided, value, Naming.ToPascalCase(value), memberName);
            }

            members.Add(new EnumMemberModel(value, memberName));
        }

        _enums.Add(new EnumModel(name, view.Description, members.ToEquatableArray()));
        return type;
    }

    private TypeRef ResolveObject(OpenApiSchema schema, SchemaView view, string nameHint, string pointer)
    {
        if (view.Properties.Count == 0)
        {
            // No properties: free-form (meta) or a composition we cannot type. Either way keep the JSON.
            return view.UnsupportedKeyword is { } keyword ? Unsupported($"'{keyword}' at '{pointer}'", pointer) : TypeRef.Json;
        }

        var name = ClaimTypeName(schema, nameHint, pointer);
        var type = TypeRef.Object(name);
        _resolved[schema] = type;   // before the properties: a schema may refer to itself.

        var memberNames = new NameScope(ObjectMemberNames.Concat(new[] { name, "AdditionalProperties" }).ToArray());
        var properties = new List<PropertyModel>();
        foreach (var pair in view.Properties)
        {
            var propertyPointer = pointer + "/properties/" + Escape(pair.Key);
            var propertySchema = pair.Value;
            var wanted = Naming.ToPascalCase(pair.Key);
            var memberName = memberNames.Claim(wanted, pair.Key, out var collided);
            if (collided is not null)
            {
                _context.Report(DiagnosticDescriptors.NameCollision, propertyPointer, collided, pair.Key, wanted, memberName);
            }

            var propertyType = Resolve(propertySchema, name + Naming.ToPascalCase(pair.Key), propertyPointer);
            var propertyView = View(propertySchema, propertyPointer);
            var description = DescriptionOf(propertySchema);
            properties.Add(new PropertyModel(
                JsonName: pair.Key,
                Name: memberName,
                Type: propertyType,
                IsRequired: view.Required.Contains(pair.Key),
                IsNullable: propertyView.Nullable,
                Description: description,
                ObsoleteMessage: propertyView.Deprecated ? description ?? "Deprecated by the API." : null,
                Constraints: propertyView.Constraints));
        }

        _objects.Add(new ObjectModel(name, view.Description, properties.ToEquatableArray()));
        return type;
    }

    private string ClaimTypeName(OpenApiSchema schema, string nameHint, string pointer)
    {
        var componentId = schema.Reference?.Id;
        var wanted = componentId is null ? Naming.ToPascalCase(nameHint, "Model") : Naming.TypeNameFromComponent(componentId, _componentPrefix);
        var owner = componentId ?? pointer;
        var name = _typeNames.Claim(wanted, owner, out var collided);
        if (collided is not null)
        {
            _context.Report(DiagnosticDescriptors.NameCollision, pointer, collided, owner, wanted, name);
        }

        return name;
    }

    private TypeRef Unsupported(string what, string pointer)
    {
        _context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, what, DiagnosticDescriptors.KeptAsJson);
        return TypeRef.Json;
    }

    /// <summary>Whether <paramref name="schema"/> is a component an error of the reader broke.</summary>
    public bool IsBroken(OpenApiSchema schema) => _pointers.TryGetValue(schema, out var pointer) && _broken.IsSchemaBroken(pointer);

    private string PointerOf(OpenApiSchema schema, string fallback)
        => _pointers.TryGetValue(schema, out var pointer) ? pointer : fallback;

    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>
/// <c>oneOf</c>/<c>anyOf</c>. With a discriminator over component objects: a hierarchy (an abstract base, the objects
/// deriving from it). Otherwise: a union over the raw JSON with a typed accessor per alternative. What reads as
/// something simpler is that: one alternative (or alternatives of one C# type) is that type; alternatives that only
/// add <c>required</c> lists constrain, they do not type; properties stated beside object alternatives make one DTO
/// with every alternative's members optional; a stated non-object <c>type</c> wins.
/// </summary>
internal sealed partial class SchemaReader
{
    /// <summary>The type of a composition, or null when the composition does not change the type (then the rest of the schema decides).</summary>
    private TypeRef? ResolveComposition(OpenApiSchema schema, SchemaView view, string nameHint, string pointer)
    {
        var keyword = view.CompositionKeyword!;
        var alternatives = view.Alternatives.Where(a => a is not null).ToList();
        if (alternatives.Count == 0 || alternatives.All(IsConstraintOnly))
        {
            // `oneOf: [{required: [ip]}, {required: [hostname]}]`: which members must be there, not what they are.
            return null;
        }

        if (view.CompositionOwner is { } owner && !ReferenceEquals(owner, schema) && view.Properties.Count == 0)
        {
            // allOf: [{$ref: RuleRequest}, {required: [id]}]: the composition of the member, with more members required.
            return Resolve(owner, nameHint, pointer + "/allOf");
        }

        if (view.Type is { } declared && declared != "object")
        {
            // `type: array` with `items` beside `anyOf` of objects: the stated type is what the value is.
            if (alternatives.Any(a => View(a, pointer).Type is { } type && type != declared))
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"'{keyword}' at '{pointer}' with alternatives that are not '{declared}' beside 'type: {declared}'", "the value is typed as the stated type");
            }

            return null;
        }

        if (view.Properties.Count > 0)
        {
            return ResolveObjectWithAlternatives(schema, view, alternatives, keyword, nameHint, pointer);
        }

        if (alternatives.Count == 1)
        {
            return Resolve(alternatives[0], nameHint, pointer + "/" + keyword + "/0");
        }

        if (view.Discriminator is { PropertyName: { Length: > 0 } } discriminator && ResolveHierarchy(schema, view, alternatives, discriminator, keyword, nameHint, pointer) is { } hierarchy)
        {
            return hierarchy;
        }

        return ResolveUnion(schema, view, alternatives, keyword, nameHint, pointer);
    }

    /// <summary>An alternative that only says what is required, or nothing: no type of its own.</summary>
    private static bool IsConstraintOnly(OpenApiSchema alternative)
        => alternative.Reference is null && alternative.Type is null && alternative.Properties.Count == 0 && alternative.Items is null
           && alternative.Enum.Count == 0 && alternative.AllOf.Count == 0 && alternative.AnyOf.Count == 0 && alternative.OneOf.Count == 0
           && alternative.AdditionalProperties is null;

    /// <summary>
    /// Properties beside a <c>oneOf</c> of objects (Cloudflare's image upload: its own <c>metadata</c>, and a
    /// <c>file</c> or a <c>url</c>): one DTO with its own members and every alternative's, the latter optional.
    /// </summary>
    private TypeRef ResolveObjectWithAlternatives(OpenApiSchema schema, SchemaView view, List<OpenApiSchema> alternatives, string keyword, string nameHint, string pointer)
    {
        // Cloudflare's list item: properties ip, redirect, hostname, asn beside `oneOf` of those same four schemas. An
        // alternative that is one of the object's own members says which member is set: a constraint, typed already.
        bool IsOwnMember(OpenApiSchema alternative)
            => view.Properties.Any(p => ReferenceEquals(p.Value, alternative)
                || (alternative.Reference?.Id is { } id && p.Value.Reference?.Id == id));
        var others = alternatives.Where(a => !IsConstraintOnly(a) && !IsOwnMember(a)).ToList();
        var objects = others.Select(a => View(a, pointer)).Where(a => a.Properties.Count > 0).ToList();
        if (objects.Count < others.Count)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"'{keyword}' at '{pointer}' beside properties, with alternatives that are not objects,", "the object's own members and those of its object alternatives are typed; anything else is kept in AdditionalProperties");
        }

        return ResolveObject(schema, view.WithMembersOf(objects), nameHint, pointer);
    }

    private TypeRef? ResolveHierarchy(OpenApiSchema schema, SchemaView view, List<OpenApiSchema> alternatives, OpenApiDiscriminator discriminator, string keyword, string nameHint, string pointer)
    {
        var propertyName = discriminator.PropertyName;
        var variants = new List<(OpenApiSchema Schema, ObjectModel Model)>();
        for (var i = 0; i < alternatives.Count; i++)
        {
            // Each variant must be a DTO of its own (a component), not yet another hierarchy's, with the discriminator member.
            if (alternatives[i].Reference?.Id is null
                || ObjectOf(Resolve(alternatives[i], nameHint, pointer + "/" + keyword + "/" + i)) is not { BaseType: null } model
                || !model.Properties.Any(p => p.JsonName == propertyName)
                || variants.Any(v => v.Model.Name == model.Name))
            {
                return null;
            }

            variants.Add((alternatives[i], model));
        }

        var values = DiscriminatorValues(discriminator, alternatives);
        if (variants.Any(v => !values.Any(value => ReferenceEquals(value.Schema, v.Schema))))
        {
            return null;
        }

        var named = Name(schema, nameHint, pointer, TypeShape.Hierarchy);
        if (named.Existing is { } existing)
        {
            return existing;
        }

        var name = named.Name;
        var type = Register(schema, named, TypeRef.Object(name));
        var unknown = _namer.Claim("Unknown" + name, pointer, _site, pointer);
        var unknownMember = new NameScope(ReservedMembers(TypeShape.Union, unknown)).Claim(Naming.ToPascalCase(propertyName), propertyName, out _);
        foreach (var (variantSchema, model) in variants)
        {
            var own = values.Where(v => ReferenceEquals(v.Schema, variantSchema)).Select(v => v.Value).ToList();
            Replace(model with
            {
                BaseType = name,
                Properties = model.Properties.Select(p => p.JsonName == propertyName && own.Count == 1 && !p.IsRequired && IsStringTyped(p.Type)
                    ? p with { DiscriminatorValue = own[0] }
                    : p).ToEquatableArray(),
            });
        }

        _hierarchies.Add(new HierarchyModel(
            name,
            view.Description,
            propertyName,
            values.Select(v => new HierarchyVariantModel(v.Value, variants.First(variant => ReferenceEquals(variant.Schema, v.Schema)).Model.Name)).ToEquatableArray(),
            unknown,
            unknownMember));
        return type;
    }

    /// <summary>
    /// The discriminator values and the alternative each names: the mapping's, then, for an alternative it does not
    /// name, the component's name (OpenAPI's implicit mapping).
    /// </summary>
    private static List<(string Value, OpenApiSchema Schema)> DiscriminatorValues(OpenApiDiscriminator discriminator, List<OpenApiSchema> alternatives)
    {
        var values = new List<(string Value, OpenApiSchema Schema)>();
        foreach (var pair in discriminator.Mapping ?? new Dictionary<string, string>())
        {
            var target = pair.Value.StartsWith("#/components/schemas/", System.StringComparison.Ordinal) ? pair.Value.Substring("#/components/schemas/".Length) : pair.Value;
            if (alternatives.FirstOrDefault(a => a.Reference?.Id == target) is { } alternative)
            {
                values.Add((pair.Key, alternative));
            }
        }

        foreach (var alternative in alternatives.Where(a => a.Reference?.Id is not null && values.All(v => !ReferenceEquals(v.Schema, a))))
        {
            if (values.All(v => v.Value != alternative.Reference.Id))
            {
                values.Add((alternative.Reference.Id, alternative));
            }
        }

        return values;
    }

    private bool IsStringTyped(TypeRef type)
        => type.Kind == TypeKind.String || (type.Kind == TypeKind.Enum && _enumKinds.TryGetValue(type.Name!, out var kind) && kind == EnumValueKind.String);

    private TypeRef ResolveUnion(OpenApiSchema schema, SchemaView view, List<OpenApiSchema> alternatives, string keyword, string nameHint, string pointer)
    {
        var resolved = new List<(OpenApiSchema Schema, SchemaView View, TypeRef Type, string Label)>();
        for (var i = 0; i < alternatives.Count; i++)
        {
            var alternative = alternatives[i];
            if (IsConstraintOnly(alternative))
            {
                continue;
            }

            var alternativeView = View(alternative, pointer);
            var inlineLabel = InlineLabel(alternativeView, i);
            var type = Resolve(alternative, nameHint + inlineLabel, pointer + "/" + keyword + "/" + i);
            if (resolved.All(r => r.Type != type))
            {
                resolved.Add((alternative, alternativeView, type, inlineLabel));
            }
        }

        if (resolved.Count == 1)
        {
            // Alternatives of one C# type (two string formats, say): that type.
            return resolved[0].Type;
        }

        var named = Name(schema, nameHint, pointer, TypeShape.Union);
        if (named.Existing is { } existing)
        {
            return existing;
        }

        var name = named.Name;
        var unionType = Register(schema, named, TypeRef.Object(name));
        var mapping = view.Discriminator is { PropertyName: { Length: > 0 } } discriminator ? DiscriminatorValues(discriminator, alternatives) : null;
        // Accessors are Is…, TryGet… and From… of a label: labels only need to differ from each other.
        var labels = new NameScope();
        var branches = new List<UnionBranchModel>();
        foreach (var (alternative, alternativeView, type, inlineLabel) in resolved)
        {
            var wanted = Label(type, alternative, inlineLabel);
            var label = labels.Claim(wanted, wanted, out var collided);
            if (collided is not null)
            {
                _context.Report(DiagnosticDescriptors.NameCollision, pointer, collided, wanted, wanted, label);
            }

            var fixedByMapping = mapping?.Where(m => ReferenceEquals(m.Schema, alternative)).Select(m => m.Value).ToList();
            branches.Add(new UnionBranchModel(label, type, ShapeOf(type, alternativeView, view.Discriminator?.PropertyName, fixedByMapping)));
        }

        _unions.Add(new UnionModel(name, view.Description, keyword, branches.ToEquatableArray()));
        return unionType;
    }

    /// <summary>How an inline alternative is called: its title, the one value it fixes, or its place.</summary>
    private string InlineLabel(SchemaView alternative, int index)
    {
        if (!string.IsNullOrWhiteSpace(alternative.Title))
        {
            return Naming.ToPascalCase(alternative.Title!);
        }

        if (alternative.Enum.Count == 1 && alternative.Enum[0] is OpenApiString only && only.Value.Length > 0)
        {
            // `anyOf: [{type: number}, {enum: [auto]}]`: the alternative is that one value.
            return Naming.MemberName(only.Value);
        }

        var fixedValues = FixedMembers(alternative).SelectMany(m => m.Values).ToList();
        return fixedValues.Count == 1 ? Naming.ToPascalCase(fixedValues[0]) : "Option" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The accessor suffix of an alternative: a component's type name, an inline one's label, or its JSON type.</summary>
    private static string Label(TypeRef type, OpenApiSchema alternative, string inlineLabel) => type.Kind switch
    {
        TypeKind.Object or TypeKind.Enum => alternative.Reference is null ? inlineLabel : type.Name!,
        TypeKind.Json => alternative.Reference is null ? inlineLabel : Naming.ToPascalCase(alternative.Reference.Id),
        _ => ElementLabel(type),
    };

    /// <summary>The label of a type by its kind alone: that of a list's or a map's element, and of any primitive alternative.</summary>
    private static string ElementLabel(TypeRef element) => element.Kind switch
    {
        TypeKind.Object or TypeKind.Enum => element.Name!,
        TypeKind.String => "String",
        TypeKind.DateTimeOffset => "DateTime",
        TypeKind.Int32 or TypeKind.Int64 => "Integer",
        TypeKind.Double => "Number",
        TypeKind.Boolean => "Boolean",
        TypeKind.Array => ElementLabel(element.Element!) + "List",
        TypeKind.Map => ElementLabel(element.Element!) + "Map",
        _ => "Json",
    };

    /// <summary>What the JSON of an alternative looks like, for the union's <c>Is…</c> checks.</summary>
    private JsonShape ShapeOf(TypeRef type, SchemaView alternative, string? discriminator, List<string>? discriminatorValues)
    {
        switch (type.Kind)
        {
            case TypeKind.String:
                return JsonShape.Of(JsonKind.String);
            case TypeKind.DateTimeOffset:
                return JsonShape.Of(JsonKind.DateTime);
            case TypeKind.Int32 or TypeKind.Int64:
                return JsonShape.Of(JsonKind.Integer);
            case TypeKind.Double:
                return JsonShape.Of(JsonKind.Number);
            case TypeKind.Boolean:
                return JsonShape.Of(JsonKind.Boolean);
            case TypeKind.Array:
                return JsonShape.Of(JsonKind.Array);
            case TypeKind.Map:
                return JsonShape.Of(JsonKind.Object);
            case TypeKind.Enum when alternative.Enum.Count == 1 && alternative.Enum[0] is OpenApiString literal:
                // A one-value enum beside other alternatives is a constant: only that value is it.
                return JsonShape.Of(JsonKind.String) with { Literal = literal.Value };
            case TypeKind.Enum:
                return JsonShape.Of(_enumKinds.TryGetValue(type.Name!, out var kind) ? kind switch
                {
                    EnumValueKind.Integer => JsonKind.Integer,
                    EnumValueKind.Number => JsonKind.Number,
                    EnumValueKind.Boolean => JsonKind.Boolean,
                    _ => JsonKind.String,
                } : JsonKind.String);
            case TypeKind.Object when ObjectOf(type) is { } model:
                var fixedMembers = FixedMembers(alternative).ToList();
                if (discriminator is not null && discriminatorValues is { Count: > 0 })
                {
                    fixedMembers.RemoveAll(m => m.JsonName == discriminator);
                    fixedMembers.Add(new FixedMember(discriminator, discriminatorValues.ToEquatableArray()));
                }

                return new JsonShape(
                    JsonKind.Object,
                    model.Properties.Where(p => p.IsRequired).Select(p => p.JsonName).ToEquatableArray(),
                    fixedMembers.ToEquatableArray());
            case TypeKind.Object:
                // A hierarchy is an object; a nested union may be anything.
                return JsonShape.Of(_hierarchies.Any(h => h.Name == type.Name) || alternative.Type == "object" ? JsonKind.Object : JsonKind.Any);
            default:
                return JsonShape.Of(alternative.Type switch
                {
                    "object" => JsonKind.Object,
                    "array" => JsonKind.Array,
                    "string" => JsonKind.String,
                    "integer" => JsonKind.Integer,
                    "number" => JsonKind.Number,
                    "boolean" => JsonKind.Boolean,
                    _ => JsonKind.Any,
                });
        }
    }

    /// <summary>Members an object fixes to one string value (<c>type: {enum: [txt]}</c>), which tell alternatives apart.</summary>
    private IEnumerable<FixedMember> FixedMembers(SchemaView alternative)
    {
        foreach (var property in alternative.Properties)
        {
            var values = View(property.Value, string.Empty).Enum;
            if (values.Count == 1 && values[0] is OpenApiString)
            {
                yield return new FixedMember(property.Key, values.Cast<OpenApiString>().Select(v => v.Value).ToEquatableArray());
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>Objects: DTOs for schemas with properties, dictionaries for <c>additionalProperties</c>, raw JSON for the rest.</summary>
internal sealed partial class SchemaReader
{
    private TypeRef ResolveObject(OpenApiSchema schema, SchemaView view, string nameHint, string pointer)
    {
        if (view.Properties.Count == 0)
        {
            // A map (`additionalProperties: {schema}`, `{}` included: any value, but an object of them); otherwise
            // free-form (meta): keep the JSON.
            return view.AdditionalProperties is { } values
                ? TypeRef.MapOf(Resolve(values, ValueHint(nameHint), pointer + "/additionalProperties"))
                : TypeRef.Json;
        }

        var named = Name(schema, nameHint, pointer, TypeShape.Object);
        if (named.Existing is { } existing)
        {
            return Remember(schema, existing);
        }

        var name = named.Name;
        var type = Register(schema, named, TypeRef.Object(name));   // before the properties: a schema may refer to itself.

        var memberNames = new NameScope(ReservedMembers(TypeShape.Object, name));
        var properties = new List<PropertyModel>();
        foreach (var pair in view.Properties)
        {
            var propertyPointer = pointer + "/properties/" + PointerSegment.Escape(pair.Key);
            var propertySchema = pair.Value;
            var wanted = Naming.MemberName(pair.Key);
            var memberName = memberNames.ClaimMember(wanted, pair.Key, out var collided);
            if (collided is not null)
            {
                _context.Report(DiagnosticDescriptors.NameCollision, propertyPointer, collided, pair.Key, wanted, memberName);
            }

            // Alternatives of a oneOf that define this member differently: whichever came is kept as sent.
            var conflicting = view.OtherDefinitions.TryGetValue(pair.Key, out var others)
                && others.Any(other => _namer.Structure(other) != _namer.Structure(propertySchema));
            var propertyType = conflicting ? TypeRef.Json : Resolve(propertySchema, name + Naming.ToPascalCase(pair.Key), propertyPointer);

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

        // Typed members beyond the properties; untyped ones (`additionalProperties: true`, or not said) stay raw JSON.
        var additional = view.AdditionalProperties is { } extra ? Resolve(extra, name + "Value", pointer + "/additionalProperties") : null;
        _objectIndex[name] = _objects.Count;
        _objects.Add(new ObjectModel(name, view.Description, properties.ToEquatableArray(), pointer, AdditionalPropertiesType: additional is { Kind: not TypeKind.Json } ? additional : null));
        return type;
    }

    /// <summary>The name a map's values get: <c>labels</c> → <c>Label</c>, <c>meta</c> → <c>MetaValue</c>.</summary>
    private static string ValueHint(string nameHint)
    {
        var singular = Naming.Singularize(nameHint);
        return singular == nameHint ? nameHint + "Value" : singular;
    }

    /// <summary>The DTO model of a generated object type, or null for unions, hierarchies and anything else.</summary>
    public ObjectModel? ObjectOf(TypeRef type)
        => type.Kind == TypeKind.Object && _objectIndex.TryGetValue(type.Name!, out var index) ? _objects[index] : null;

    private void Replace(ObjectModel model) => _objects[_objectIndex[model.Name]] = model;
}

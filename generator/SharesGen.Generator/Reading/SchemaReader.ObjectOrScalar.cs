using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Schemas with <c>properties</c> and no <c>type</c> whose examples are not always objects (<see cref="ScalarExamples"/>):
/// a union of the object and the kinds the examples show, so the value the spec itself gives (Cloudflare's page-rule
/// action <c>value: "on"</c>) is read, typed where it can be and kept as it came either way.
/// </summary>
internal sealed partial class SchemaReader
{
    private ScalarExamples? _scalarExamples;

    /// <summary>A typeless schema: the object it describes, or that object or a scalar when examples say it may be one.</summary>
    private TypeRef ResolveTypeless(OpenApiSchema schema, SchemaView view, string nameHint, string pointer)
    {
        var objectType = ResolveObject(schema, view, nameHint, pointer);
        if (objectType.Kind != TypeKind.Object || view.Properties.Count == 0)
        {
            return objectType;
        }

        _scalarExamples ??= ScalarExamples.Of(_document);
        var kinds = _scalarExamples.For(schema);
        if (kinds.Count == 0)
        {
            return objectType;
        }

        // An integer is a number: with both, one alternative takes them, or a value would be "exactly one" twice.
        var scalars = kinds.Where(k => !(k == JsonKind.Integer && kinds.Contains(JsonKind.Number))).Select(ScalarOf).ToList();
        var name = objectType.Name + "Or" + string.Concat(scalars.Select(s => s.Label));
        var qualifier = "|" + name;
        if (_namer.Existing(name, schema, qualifier) is { } existing)
        {
            return existing;
        }

        var unionType = TypeRef.Object(_namer.Claim(name, pointer, _site, pointer));
        _namer.Remember(name, schema, unionType, qualifier);
        // Accessors are Is…, TryGet… and From… of a label: an object named like a kind (`string`) yields the label to it.
        var objectLabel = new NameScope(scalars.Select(s => s.Label).ToArray()).Claim(objectType.Name!, objectType.Name!, out var collided);
        if (collided is not null)
        {
            _context.Report(DiagnosticDescriptors.NameCollision, pointer, collided, objectType.Name!, objectType.Name!, objectLabel);
        }

        var branches = new List<UnionBranchModel> { new(objectLabel, objectType, ShapeOf(objectType, view, null, null)) };
        branches.AddRange(scalars.Select(s => new UnionBranchModel(s.Label, s.Type, JsonShape.Of(s.Kind))));
        _unions.Add(new UnionModel(unionType.Name!, view.Description, "oneOf", branches.ToEquatableArray()));
        return unionType;
    }

    /// <summary>The alternative for a JSON kind an example shows: its C# type and its accessors' label.</summary>
    private static (TypeRef Type, string Label, JsonKind Kind) ScalarOf(JsonKind kind) => kind switch
    {
        JsonKind.Boolean => (TypeRef.Boolean, "Boolean", kind),
        JsonKind.Integer => (TypeRef.Int64, "Integer", kind),
        JsonKind.Number => (TypeRef.Double, "Number", kind),
        JsonKind.Array => (TypeRef.ArrayOf(TypeRef.Json), "JsonList", kind),
        _ => (TypeRef.String, "String", JsonKind.String),
    };
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Enums: extensible enums over strings, integers (<c>long</c>), numbers (<c>double</c>) and booleans, the JSON type
/// the schema declares or, without one, the type all its values share. <c>null</c> among the values makes the member
/// nullable, not a value of the enum.
/// </summary>
internal sealed partial class SchemaReader
{
    private TypeRef? ResolveEnum(OpenApiSchema schema, SchemaView view, string nameHint, string pointer)
    {
        var values = view.Enum.Where(v => v is not OpenApiNull).ToList();
        if (values.Count == 0)
        {
            // enum: [null], as in the failure envelope's result: nothing to name, keep the raw JSON.
            return null;
        }

        if (view.Type is "object" or "array" || view.Properties.Count > 0)
        {
            // Cloudflare's verification_info lists its members' names as an enum of an object: the object is what comes.
            _context.Report(DiagnosticDescriptors.InvalidEnum, pointer, pointer, "is given to an object or array, whose values cannot be one of its", "that object or array");
            return null;
        }

        if (KindOf(view.Type, values) is not { } kind || values.Select(v => WireValue(v, kind)).ToList() is var wire && wire.Any(v => v is null))
        {
            _context.Report(DiagnosticDescriptors.InvalidEnum, pointer, pointer, "has values that are not all of one JSON type (string, integer, number or boolean)", "its underlying type");
            return null;
        }

        var named = Name(schema, nameHint, pointer, TypeShape.Enum);
        if (named.Existing is { } existing)
        {
            return Remember(schema, existing);
        }

        var name = named.Name;
        var type = Register(schema, named, TypeRef.Enum(name));
        var memberNames = new NameScope(ReservedMembers(TypeShape.Enum, name));
        var members = new List<EnumMemberModel>();
        foreach (var value in wire.Select(v => v!).Distinct(System.StringComparer.Ordinal))
        {
            var wanted = Naming.EnumMemberName(value, kind);
            var memberName = memberNames.ClaimMember(wanted, value, out var collided);
            if (collided is not null)
            {
                _context.Report(DiagnosticDescriptors.NameCollision, pointer, collided, value, wanted, memberName);
            }

            members.Add(new EnumMemberModel(value, memberName));
        }

        _enumKinds[name] = kind;
        _enums.Add(new EnumModel(name, view.Description, members.ToEquatableArray(), kind));
        return type;
    }

    /// <summary>The JSON type the enum wraps: the declared one, or the one all values share; null when they share none.</summary>
    private static EnumValueKind? KindOf(string? declared, IReadOnlyList<IOpenApiAny> values) => declared switch
    {
        "string" => EnumValueKind.String,
        "integer" => EnumValueKind.Integer,
        "number" => EnumValueKind.Number,
        "boolean" => EnumValueKind.Boolean,
        null when values.All(v => v is OpenApiString) => EnumValueKind.String,
        null when values.All(v => v is OpenApiBoolean) => EnumValueKind.Boolean,
        null when values.All(v => v is OpenApiInteger or OpenApiLong) => EnumValueKind.Integer,
        null when values.All(v => v is OpenApiInteger or OpenApiLong or OpenApiFloat or OpenApiDouble) => EnumValueKind.Number,
        _ => null,
    };

    /// <summary>A value as JSON writes it for an enum of <paramref name="kind"/>, or null when it is not a value of that kind.</summary>
    private static string? WireValue(IOpenApiAny value, EnumValueKind kind) => (kind, value) switch
    {
        (EnumValueKind.String, OpenApiString text) => text.Value,
        (EnumValueKind.Boolean, OpenApiBoolean flag) => flag.Value ? "true" : "false",
        (EnumValueKind.Integer, OpenApiInteger number) => number.Value.ToString(CultureInfo.InvariantCulture),
        (EnumValueKind.Integer, OpenApiLong number) => number.Value.ToString(CultureInfo.InvariantCulture),
        (EnumValueKind.Integer, OpenApiDouble number) when number.Value == System.Math.Floor(number.Value) && System.Math.Abs(number.Value) < 9.2e18
            => ((long)number.Value).ToString(CultureInfo.InvariantCulture),
        (EnumValueKind.Number, OpenApiInteger number) => ((double)number.Value).ToString("R", CultureInfo.InvariantCulture),
        (EnumValueKind.Number, OpenApiLong number) => ((double)number.Value).ToString("R", CultureInfo.InvariantCulture),
        // Through its own shortest text: (double)0.1f is 0.10000000149011612, not the 0.1 the spec says.
        (EnumValueKind.Number, OpenApiFloat number) => double.Parse(number.Value.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        (EnumValueKind.Number, OpenApiDouble number) => number.Value.ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };
}

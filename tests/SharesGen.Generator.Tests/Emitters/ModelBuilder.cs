using System.Linq;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Tests.Emitters;

/// <summary>
/// Models built by hand, without spec text, so an emitter test states exactly what the emitter is given. Defaults are
/// the plainest value of each field; a test names only what it is about.
/// </summary>
internal static class ModelBuilder
{
    public const string Namespace = "Tests.Emitted";

    public static PropertyModel Property(string jsonName, string name, TypeRef type, bool required = false, bool nullable = false, string? description = null, string? obsolete = null)
        => new(jsonName, name, type, required, nullable, description, obsolete, Constraints.None);

    public static ObjectModel Object(string name, params PropertyModel[] properties)
        => new(name, Description: null, properties.ToEquatableArray(), SpecPointer: "#/components/schemas/" + name);

    public static EnumModel StringEnum(string name, params string[] values)
        => new(name, Description: null, values.Select(v => new EnumMemberModel(v, Reading.Naming.ToPascalCase(v))).ToEquatableArray());

    public static UnionBranchModel Branch(string label, TypeRef type, JsonKind kind, params string[] requiredMembers)
        => new(label, type, new JsonShape(kind, requiredMembers.ToEquatableArray(), EquatableArray<FixedMember>.Empty));

    public static ParameterModel PathParameter(string wireName, string name)
        => new(name, wireName, ParameterLocation.Path, TypeRef.String, IsRequired: true, Description: null, Constraints.None, Explode: false, ParameterStyle.Simple, ObsoleteMessage: null);

    public static OperationModel Operation(string operationId, string method, string path, string methodName, ResultModel result, RequestBodyModel? body = null, params ParameterModel[] parameters)
        => new(
            operationId,
            method,
            path,
            Group: new[] { "Things" }.ToEquatableArray(),
            methodName,
            Summary: null,
            Description: null,
            IsDeprecated: false,
            parameters.ToEquatableArray(),
            body,
            result,
            Security: EquatableArray<SecurityRequirementModel>.Empty)
        {
            GroupNames = new[] { new SubClientName("Things", "ThingsOperations") }.ToEquatableArray(),
        };
}

using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Model;

/// <summary>
/// Everything the emitters need from one spec file, as plain values with structural equality. The emitters
/// never see OpenAPI.NET or Roslyn types; tests can build this by hand.
/// </summary>
internal sealed record ApiModel(
    string Namespace,
    string ClientName,
    string? Title,
    string? Description,
    string? DefaultBaseAddress,
    EquatableArray<ObjectModel> Objects,
    EquatableArray<EnumModel> Enums,
    EquatableArray<OperationModel> Operations,
    ContractModel? Contract,
    EquatableArray<UnionModel> Unions = default,
    EquatableArray<HierarchyModel> Hierarchies = default,
    EquatableArray<FormModel> Forms = default);

/// <summary>A generated DTO.</summary>
/// <param name="BaseType">The hierarchy it is a variant of (<see cref="HierarchyModel"/>), if any.</param>
/// <param name="AdditionalPropertiesType">
/// The type of members beyond <paramref name="Properties"/> when the spec gives one (<c>additionalProperties</c>);
/// null keeps them as raw JSON, whatever they are.
/// </param>
/// <param name="SpecPointer">
/// Where the spec defines it (<c>#/components/schemas/share</c>, or an inline schema's pointer): the summary names it
/// when the spec gives no description.
/// </param>
internal sealed record ObjectModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    string SpecPointer,
    string? BaseType = null,
    TypeRef? AdditionalPropertiesType = null);

/// <summary>One member of a DTO.</summary>
/// <param name="JsonName">The name on the wire, exactly as the spec spells it.</param>
/// <param name="Name">The C# member name.</param>
/// <param name="IsRequired">The spec lists the property under <c>required</c>.</param>
/// <param name="IsNullable">The spec allows <c>null</c> (<c>nullable: true</c>).</param>
/// <param name="ObsoleteMessage">Set when the spec marks the property <c>deprecated</c>.</param>
/// <param name="DiscriminatorValue">
/// The wire value a hierarchy variant's discriminator member starts with, so that a variant made in code says which
/// one it is without the caller repeating it.
/// </param>
internal sealed record PropertyModel(
    string JsonName,
    string Name,
    TypeRef Type,
    bool IsRequired,
    bool IsNullable,
    string? Description,
    string? ObsoleteMessage,
    Constraints Constraints,
    string? DiscriminatorValue = null)
{
    /// <summary>The C# member may hold null: it is optional or the spec allows null.</summary>
    public bool IsNullableInCSharp => !IsRequired || IsNullable;
}

/// <summary>The validation keywords a value carries, where the spec gives them.</summary>
internal sealed record Constraints(
    int? MinLength = null,
    int? MaxLength = null,
    double? Minimum = null,
    double? Maximum = null,
    int? MinItems = null,
    int? MaxItems = null,
    string? Format = null)
{
    public static readonly Constraints None = new();
}

/// <summary>An extensible enum: a value type over the wire value.</summary>
internal sealed record EnumModel(
    string Name,
    string? Description,
    EquatableArray<EnumMemberModel> Members,
    EnumValueKind ValueKind = EnumValueKind.String);

/// <summary>What an extensible enum wraps: the JSON type of its values.</summary>
internal enum EnumValueKind
{
    String,

    /// <summary>Integers, held as <c>long</c>.</summary>
    Integer,

    /// <summary>Numbers, held as <c>double</c>.</summary>
    Number,

    Boolean,
}

/// <summary>A known value of an extensible enum.</summary>
/// <param name="Value">The value as JSON writes it: <c>custom-ruleset</c>, <c>301</c>, <c>1.5</c>, <c>true</c>.</param>
internal sealed record EnumMemberModel(string Value, string Name);

/// <summary>A JSON example from the spec, by a stable C# name.</summary>
/// <param name="Name">The C# member name, e.g. <c>SharesCreateResponse</c>.</param>
/// <param name="Source">The JSON pointer of the example in the spec.</param>
/// <param name="Json">The example as compact JSON.</param>
/// <param name="Schema">The schema the example should satisfy.</param>
/// <param name="Dto">The generated type it deserializes into, when there is one.</param>
/// <param name="IsEnvelope">The DTO is the envelope's <c>result</c>, not the whole example.</param>
internal sealed record ExampleModel(string Name, string Source, string Json, SchemaNodeModel? Schema, TypeRef? Dto, bool IsEnvelope);

using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Model;

/// <summary>
/// The spec as data for run-time checks: every component schema (allOf merged), every operation's contract,
/// and every example. The contract-test kit validates payloads and requests against it without parsing the
/// spec at run time.
/// </summary>
internal sealed record ContractModel(
    string Namespace,
    string ClientName,
    EquatableArray<NamedSchemaModel> Schemas,
    EquatableArray<OperationContractModel> Operations,
    EquatableArray<ExampleModel> Examples);

/// <summary>A component schema by its spec name.</summary>
internal sealed record NamedSchemaModel(string Name, SchemaNodeModel Schema);

/// <summary>
/// One schema for validation, its allOf members merged in. <see cref="Ref"/> names a component instead of
/// repeating it (components may be recursive). <see cref="Example"/> and <see cref="Default"/> are JSON text, for
/// the kit's server to make up conforming values where the spec gives no example response.
/// </summary>
internal sealed record SchemaNodeModel(
    string? Ref = null,
    string? Type = null,
    bool Nullable = false,
    EquatableArray<string> Enum = default,
    bool EnumAllowsNull = false,
    Constraints? Constraints = null,
    EquatableArray<PropertyNodeModel> Properties = default,
    EquatableArray<string> Required = default,
    SchemaNodeModel? Items = null,
    EquatableArray<SchemaNodeModel> AnyOf = default,
    bool Deprecated = false,
    string? Example = null,
    string? Default = null)
{
    /// <summary>The validation keywords and format, the same record the DTOs' properties carry.</summary>
    public Constraints Constraints { get; init; } = Constraints ?? Constraints.None;
}

/// <summary>A property of a <see cref="SchemaNodeModel"/>.</summary>
internal sealed record PropertyNodeModel(string Name, SchemaNodeModel Schema);

/// <summary>
/// What the server expects of one operation and answers on success. <see cref="RequestExample"/> and
/// <see cref="ResponseExample"/> index <see cref="ContractModel.Examples"/>.
/// </summary>
internal sealed record OperationContractModel(
    string OperationId,
    string Method,
    string PathTemplate,
    EquatableArray<ParameterContractModel> Parameters,
    SchemaNodeModel? RequestBody,
    bool RequestBodyRequired,
    int SuccessStatus,
    SchemaNodeModel? SuccessSchema,
    SchemaNodeModel? FailureSchema,
    EquatableArray<SecurityAlternativeModel> Security,
    int? RequestExample,
    int? ResponseExample)
{
    /// <summary>
    /// The media type of a success body that is not JSON (<c>text/plain</c>, an image, …), which a server answers with
    /// instead of an envelope; null when the success body is JSON or there is none.
    /// </summary>
    public string? SuccessMediaType { get; init; }
}

/// <summary>A parameter as the server checks it.</summary>
internal sealed record ParameterContractModel(string Name, string In, bool Required, SchemaNodeModel Schema, bool Explode);

/// <summary>One way to authenticate: every header in it must be present.</summary>
internal sealed record SecurityAlternativeModel(EquatableArray<string> Headers);

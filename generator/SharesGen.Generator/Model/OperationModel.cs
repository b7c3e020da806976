using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Model;

/// <summary>One HTTP operation of the spec, named and placed in the client tree.</summary>
/// <param name="Group">The sub-client path, e.g. <c>["Shares", "Recipients"]</c>.</param>
/// <param name="MethodName">The method name without the <c>Async</c> suffix, e.g. <c>Create</c>.</param>
/// <param name="PathTemplate">The path as the spec writes it, e.g. <c>/accounts/{account_id}/shares</c>.</param>
/// <param name="Security">The ways it accepts to authenticate: any one alternative; none when the spec declares none.</param>
internal sealed record OperationModel(
    string OperationId,
    string HttpMethod,
    string PathTemplate,
    EquatableArray<string> Group,
    string MethodName,
    string? Summary,
    string? Description,
    bool IsDeprecated,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? Body,
    ResultModel Result,
    EquatableArray<SecurityRequirementModel> Security)
{
    /// <summary>
    /// The C# names of the sub-clients from the root client down to this operation's, one per segment of
    /// <see cref="Group"/>; empty for an operation of the root client itself. Set once every operation is read
    /// (<c>ClientLayout</c>), since names are unique across all of them and the generated types.
    /// </summary>
    public EquatableArray<SubClientName> GroupNames { get; init; }

    /// <summary>
    /// The operation's own options class (<c>SharesListOptions</c>), holding its query and header parameters; null when
    /// it has none, and the method takes the runtime's <c>ApiCallOptions</c>.
    /// </summary>
    public string? OptionsTypeName { get; init; }
}

/// <summary>How a sub-client is reached and called: its parent's property (<c>Recipients</c>) and its class (<c>SharesRecipientsOperations</c>).</summary>
internal sealed record SubClientName(string Property, string Class)
{
    /// <summary>
    /// The path segments every operation under it shares (<c>/accounts/{account_id}/shares</c>), for its docs; null when
    /// they share none. Set when the client is split into files (<c>ClientUnits</c>), not on an operation's names.
    /// </summary>
    public string? PathPrefix { get; init; }
}

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

/// <summary>A path, query or header parameter.</summary>
/// <param name="Name">
/// Its C# name: a path parameter is a method parameter (<c>accountId</c>); a query or header parameter is a property of
/// the operation's options class (<c>PerPage</c>), so a spec that adds, removes or reorders one cannot rebind a call.
/// </param>
internal sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string? Description,
    Constraints Constraints,
    bool Explode,
    ParameterStyle Style,
    string? ObsoleteMessage)
{
    /// <summary>
    /// For a query parameter whose value is an object (<see cref="TypeKind.Object"/>), the generated type's members, each
    /// a scalar, written by name per <see cref="Style"/>; empty for any other parameter.
    /// </summary>
    /// <remarks>The members the spec does not describe (its <c>AdditionalProperties</c>) are sent after them.</remarks>
    public EquatableArray<PropertyModel> Members { get; init; }
}

/// <summary>The OpenAPI <c>style</c> a parameter's value is written in, of those the request API writes.</summary>
internal enum ParameterStyle
{
    /// <summary>A query's default: <c>id=1&amp;id=2</c> exploded, <c>id=1,2</c> not.</summary>
    Form,

    /// <summary>A path's or a header's: the value itself.</summary>
    Simple,

    /// <summary>A query list joined by spaces when not exploded: <c>id=1%202</c>.</summary>
    SpaceDelimited,

    /// <summary>A query list joined by pipes when not exploded: <c>id=1%7C2</c>.</summary>
    PipeDelimited,

    /// <summary>A path value after a dot: <c>/items/.5</c>.</summary>
    Label,

    /// <summary>A path value after a semicolon and its name: <c>/items/;id=5</c>.</summary>
    Matrix,

    /// <summary>A query object, a key per member: <c>color[R]=100&amp;color[G]=200</c>.</summary>
    DeepObject,
}

/// <summary>The request body.</summary>
/// <param name="Type">
/// The JSON body's type; for a <see cref="BodyKind.Form"/>, the generated form (<see cref="FormModel"/>);
/// <see cref="TypeRef.String"/> for a body of another kind.
/// </param>
/// <param name="MediaType">The media type sent, as the spec writes it (<c>application/json</c>, <c>multipart/form-data</c>).</param>
internal sealed record RequestBodyModel(TypeRef Type, bool IsRequired, string? Description, BodyKind Kind, string MediaType);

/// <summary>What a request body is sent as, and so what the method takes.</summary>
internal enum BodyKind
{
    /// <summary>JSON written by the type's generated converter.</summary>
    Json,

    /// <summary><c>multipart/form-data</c> whose schema names its parts: the generated form, which writes itself.</summary>
    Form,

    /// <summary><c>multipart/form-data</c> whose schema names no parts: the runtime's <c>MultipartFormBody</c>, as the caller fills it.</summary>
    Multipart,

    /// <summary>A <c>text/*</c> body, or one whose schema is a string that is not binary: a <c>string</c> sent as UTF-8.</summary>
    Text,

    /// <summary>Any other media type (<c>application/octet-stream</c>, <c>image/*</c>): the bytes, as given.</summary>
    Binary,
}

internal enum ResultKind
{
    /// <summary>No body is read (e.g. 204).</summary>
    None,

    /// <summary>The envelope's <c>result</c> is one value.</summary>
    Single,

    /// <summary>The envelope's <c>result</c> is an array, with <c>result_info</c> when paginated.</summary>
    List,

    /// <summary>The body is the value itself, with no envelope.</summary>
    Bare,

    /// <summary>The body is not JSON: its bytes (<c>image/png</c>, a packet capture); <see cref="ResultModel.MediaType"/> says which.</summary>
    Bytes,

    /// <summary>The body is text (<c>text/plain</c>), decoded as UTF-8.</summary>
    Text,
}

/// <summary>What a successful call returns.</summary>
/// <param name="StatusCode">The success status the result is read from (the lowest <c>2xx</c> the spec answers).</param>
/// <param name="IsPaginated">A list whose envelope has <c>result_info</c>: the call returns pages.</param>
internal sealed record ResultModel(ResultKind Kind, TypeRef? Type, int StatusCode, bool IsPaginated, string? Description)
{
    /// <summary>Whether the body is Cloudflare's envelope, the result being its <c>result</c>.</summary>
    public bool IsEnveloped => Kind is ResultKind.Single or ResultKind.List;

    /// <summary>
    /// The query parameter a paginated list is walked by (its wire name, <c>page</c>); null when the list cannot ask
    /// for another page (no such parameter, or it pages by cursor), and the first page is the whole answer.
    /// </summary>
    public string? PageParameter { get; init; }

    /// <summary>The media type a <see cref="ResultKind.Bytes"/> or <see cref="ResultKind.Text"/> result asks for in <c>Accept</c>; null for JSON.</summary>
    public string? MediaType { get; init; }

    /// <summary>
    /// Whether a success may carry no value and still be valid: the body's schema admits JSON <c>null</c> (it states no
    /// <c>type</c>, or is nullable), or, for an envelope, every definition of its <c>result</c> does. The call then
    /// returns null (the type's default for a value type) rather than failing.
    /// </summary>
    public bool MayBeNull { get; init; }
}

/// <summary>
/// One way an operation accepts to authenticate: every scheme in it, together. An operation has any number of these
/// (any one will do); none at all means the spec declares nothing, and one with no schemes means anonymous calls.
/// </summary>
internal sealed record SecurityRequirementModel(EquatableArray<SecuritySchemeModel> Schemes);

internal enum SecuritySchemeKind
{
    /// <summary>An API key in a header; <see cref="SecuritySchemeModel.Name"/> is the header.</summary>
    ApiKeyHeader,

    /// <summary>A token in <c>Authorization: Bearer</c>: HTTP bearer, OAuth2, OpenID Connect.</summary>
    Bearer,

    /// <summary>Anything a client's credentials cannot present (HTTP basic, an API key in the query or a cookie); <see cref="SecuritySchemeModel.Name"/> says what.</summary>
    Other,
}

/// <summary>One security scheme, by what a caller sends.</summary>
/// <param name="Name">The header of an API key; for the others, what the scheme is, for messages.</param>
/// <param name="Header">The header the scheme travels in (<c>Authorization</c> for every HTTP scheme); null for a query or cookie key.</param>
internal sealed record SecuritySchemeModel(SecuritySchemeKind Kind, string Name, string? Header);

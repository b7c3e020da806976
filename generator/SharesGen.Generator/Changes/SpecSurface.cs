using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Changes;

/// <summary>
/// What a client of an API depends on, read from one spec for comparison with another: operations with their
/// parameters, bodies and security, and every component schema. Plain values with structural equality, with the
/// JSON pointer of each part, so that a change found here can be reported at its line in the spec.
/// </summary>
/// <param name="Server">The first server's URL: the generated client's default base address.</param>
internal sealed record SpecSurface(
    string? Server,
    EquatableArray<OperationSurface> Operations,
    EquatableArray<NamedShape> Components);

/// <summary>One HTTP operation.</summary>
/// <param name="Security">Each way to authenticate, as a label of what is sent (<c>header 'X-Auth-Key'</c>).</param>
internal sealed record OperationSurface(
    string Method,
    string Path,
    string? OperationId,
    string Pointer,
    bool Deprecated,
    EquatableArray<ParameterSurface> Parameters,
    BodySurface? RequestBody,
    ResponseSurface Response,
    EquatableArray<string> Security,
    string SecurityPointer)
{
    /// <summary>How diagnostics name the operation: <c>POST /accounts/{account_id}/shares (share-create)</c>.</summary>
    public string Display => OperationId is null ? Method + " " + Path : Method + " " + Path + " (" + OperationId + ")";

    /// <summary>How diagnostics list the operations a change reaches.</summary>
    public string Usage => OperationId ?? Method + " " + Path;
}

/// <summary>A path, query, header or cookie parameter.</summary>
/// <param name="ListPointer">The entry in the operation's (or path item's) parameter list.</param>
/// <param name="DefinitionPointer">Where the parameter's own keywords are: a component parameter, or the entry itself.</param>
internal sealed record ParameterSurface(
    string Name,
    string In,
    bool Required,
    bool Deprecated,
    string ListPointer,
    string DefinitionPointer,
    SchemaShape? Schema);

/// <summary>The JSON request body.</summary>
internal sealed record BodySurface(bool Required, string Pointer, SchemaShape? Schema);

/// <summary>The success response a generated client reads: the lowest 2xx, and its JSON schema when it has one.</summary>
internal sealed record ResponseSurface(string? Status, string Pointer, SchemaShape? Schema);

/// <summary>A component schema by its name in <c>#/components/schemas</c>.</summary>
internal sealed record NamedShape(string Name, SchemaShape Shape);

/// <summary>
/// A schema with its <c>allOf</c> merged, later members refining earlier ones. A reference to a component stays a
/// reference (<see cref="Ref"/>): components are compared once, by name, and may refer to themselves.
/// </summary>
/// <param name="Pointer">Where the schema is written: for a reference, the place that refers.</param>
/// <param name="Ref">The component this schema refers to (or wraps, with <c>allOf: [$ref]</c>); then only <see cref="Nullable"/> and <see cref="Deprecated"/> are its own.</param>
/// <param name="Type">The declared type; null when the schema states none.</param>
/// <param name="IsComposite">An <c>anyOf</c>/<c>oneOf</c> that nothing narrowed: any value of its alternatives.</param>
/// <param name="Enum">The allowed values as JSON text (strings unquoted).</param>
/// <param name="Required">The names the schema's <c>required</c> lists hold, each with the list that names it.</param>
/// <param name="Sources">For each keyword, the pointer of the schema that set it (allOf members set them in turn).</param>
internal sealed record SchemaShape(
    string Pointer,
    string? Ref = null,
    string? Type = null,
    string? Format = null,
    bool IsComposite = false,
    bool Nullable = false,
    bool Deprecated = false,
    EquatableArray<string> Enum = default,
    Bounds? Bounds = null,
    EquatableArray<PropertyShape> Properties = default,
    EquatableArray<KeywordSource> Required = default,
    SchemaShape? Items = null,
    EquatableArray<KeywordSource> Sources = default)
{
    /// <summary>The pointer of the schema that set <paramref name="keyword"/>, or this schema's.</summary>
    public string PointerOf(string keyword)
    {
        foreach (var source in Sources)
        {
            if (source.Keyword == keyword)
            {
                return source.Pointer;
            }
        }

        return Pointer;
    }

    /// <summary>Whether a <c>required</c> list names <paramref name="property"/>.</summary>
    public bool Requires(string property) => RequiredListOf(property) is not null;

    /// <summary>The pointer of the <c>required</c> list that names <paramref name="property"/>, if any.</summary>
    public string? RequiredListOf(string property)
    {
        foreach (var entry in Required)
        {
            if (entry.Keyword == property)
            {
                return entry.Pointer;
            }
        }

        return null;
    }
}

/// <summary>One property of an object schema.</summary>
/// <param name="DeclaredIn">The component whose <c>properties</c> declare it, when it came from a referenced <c>allOf</c> member; null when the schema itself declares it.</param>
internal sealed record PropertyShape(string Name, string Pointer, string? DeclaredIn, SchemaShape Schema);

/// <summary>Which schema set a keyword (or, in <see cref="SchemaShape.Required"/>, named a property), for pointing at the line that changed.</summary>
internal sealed record KeywordSource(string Keyword, string Pointer);

/// <summary>The validation keywords that limit which values are valid.</summary>
internal sealed record Bounds(
    int? MinLength = null,
    int? MaxLength = null,
    decimal? Minimum = null,
    decimal? Maximum = null,
    bool ExclusiveMinimum = false,
    bool ExclusiveMaximum = false,
    int? MinItems = null,
    int? MaxItems = null,
    bool UniqueItems = false,
    string? Pattern = null,
    decimal? MultipleOf = null)
{
    public static readonly Bounds None = new();
}

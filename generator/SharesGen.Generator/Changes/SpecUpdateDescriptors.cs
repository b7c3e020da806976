using Microsoft.CodeAnalysis;

namespace SharesGen.Generator.Diagnostics;

/// <summary>
/// The spec-update diagnostics, SHARESGEN100-199: what changed between a spec and its baseline, classified by what it
/// does to a caller built from the baseline (docs/spec-updates.md has the rule table). Errors break such callers at
/// run time, warnings may, infos cannot. Every message but the first ends in <c>{n}</c>, the operations a change
/// reaches (" (in share-create, shares-list and 3 more)"), empty for operation-level changes.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Where each diagnostic is explained; the id, lower-cased, is the anchor.</summary>
    public const string HelpLinkBase = "https://github.com/sharesgen/sharesgen/blob/main/docs/diagnostics.md#";

    private const string SpecUpdateCategory = "SharesGen.SpecUpdates";

    public static readonly DiagnosticDescriptor BaselineUnreadable = SpecUpdate(100, DiagnosticSeverity.Warning,
        "The baseline spec cannot be read",
        "The baseline '{0}' of '{1}' cannot be read: {2}; spec updates are not reported");

    public static readonly DiagnosticDescriptor OperationRemoved = SpecUpdate(101, DiagnosticSeverity.Error,
        "An operation was removed",
        "The operation {0} was removed{1}: callers of it fail{2}");

    public static readonly DiagnosticDescriptor OperationMoved = SpecUpdate(102, DiagnosticSeverity.Error,
        "An operation moved to another path or method",
        "The operation '{0}' moved from {1} to {2}: callers of the old address fail{3}");

    public static readonly DiagnosticDescriptor OperationAdded = SpecUpdate(103, DiagnosticSeverity.Info,
        "An operation was added",
        "The operation {0} was added{1}");

    public static readonly DiagnosticDescriptor OperationIdChanged = SpecUpdate(104, DiagnosticSeverity.Info,
        "An operationId changed",
        "The operationId of {0} changed from '{1}' to '{2}'; the call is the same, but SharesGenOperationNames entries for the old id no longer apply{3}");

    public static readonly DiagnosticDescriptor SecurityAlternativeRemoved = SpecUpdate(105, DiagnosticSeverity.Error,
        "An operation no longer accepts a way to authenticate",
        "The operation {0} no longer accepts {1}: callers that authenticate that way are refused{2}");

    public static readonly DiagnosticDescriptor SecurityAlternativeAdded = SpecUpdate(106, DiagnosticSeverity.Info,
        "An operation accepts a new way to authenticate",
        "The operation {0} also accepts {1}{2}");

    public static readonly DiagnosticDescriptor ServerChanged = SpecUpdate(107, DiagnosticSeverity.Warning,
        "The default server changed",
        "The first server changed from '{0}' to '{1}': clients built from the baseline still call the old one{2}");

    public static readonly DiagnosticDescriptor OperationDeprecated = SpecUpdate(108, DiagnosticSeverity.Warning,
        "An operation is deprecated",
        "The operation {0} is deprecated: the API may remove it{1}");

    public static readonly DiagnosticDescriptor RequiredParameterAdded = SpecUpdate(110, DiagnosticSeverity.Error,
        "A required parameter was added",
        "The required {0} parameter '{1}' was added: calls built from the baseline do not send it{2}");

    public static readonly DiagnosticDescriptor ParameterBecameRequired = SpecUpdate(111, DiagnosticSeverity.Error,
        "A parameter became required",
        "The {0} parameter '{1}' became required: calls that leave it out are refused{2}");

    public static readonly DiagnosticDescriptor ParameterRemoved = SpecUpdate(112, DiagnosticSeverity.Warning,
        "A parameter was removed",
        "The {0} parameter '{1}' was removed: the server may ignore or refuse it where callers still send it{2}");

    public static readonly DiagnosticDescriptor OptionalParameterAdded = SpecUpdate(113, DiagnosticSeverity.Info,
        "An optional parameter was added",
        "The optional {0} parameter '{1}' was added{2}");

    public static readonly DiagnosticDescriptor ParameterBecameOptional = SpecUpdate(114, DiagnosticSeverity.Info,
        "A parameter became optional",
        "The {0} parameter '{1}' became optional{2}");

    public static readonly DiagnosticDescriptor PathParameterRenamed = SpecUpdate(115, DiagnosticSeverity.Info,
        "A path parameter was renamed",
        "The path parameter '{0}' is now '{1}'; the URL is the same, the generated argument is renamed{2}");

    public static readonly DiagnosticDescriptor ParameterDeprecated = SpecUpdate(116, DiagnosticSeverity.Warning,
        "A parameter is deprecated",
        "The {0} parameter '{1}' is deprecated: the API may remove it{2}");

    public static readonly DiagnosticDescriptor RequestBodyBecameRequired = SpecUpdate(120, DiagnosticSeverity.Error,
        "A request body became required",
        "The request body is now required ({0}): calls without one are refused{1}");

    public static readonly DiagnosticDescriptor RequestBodyRemoved = SpecUpdate(121, DiagnosticSeverity.Warning,
        "A request body was removed",
        "The request body was removed: the server may refuse calls that still send one{0}");

    public static readonly DiagnosticDescriptor RequestBodyBecameOptional = SpecUpdate(122, DiagnosticSeverity.Info,
        "A request body became optional",
        "The request body is now optional ({0}){1}");

    public static readonly DiagnosticDescriptor ResponseBodyRemoved = SpecUpdate(125, DiagnosticSeverity.Error,
        "A success response lost its JSON body",
        "The {0} response no longer has a JSON body: clients built from the baseline fail to read it{1}");

    public static readonly DiagnosticDescriptor ResponseBodyAdded = SpecUpdate(126, DiagnosticSeverity.Info,
        "A success response gained a JSON body",
        "The {0} response now has a JSON body{1}");

    public static readonly DiagnosticDescriptor RequiredRequestPropertyAdded = SpecUpdate(130, DiagnosticSeverity.Error,
        "A required request property was added",
        "The required request property {0} was added: requests built from the baseline lack it{1}");

    public static readonly DiagnosticDescriptor RequestPropertyBecameRequired = SpecUpdate(131, DiagnosticSeverity.Error,
        "A request property became required",
        "The request property {0} became required: requests that leave it out are refused{1}");

    public static readonly DiagnosticDescriptor RequestPropertyRemoved = SpecUpdate(132, DiagnosticSeverity.Warning,
        "A request property was removed",
        "The request property {0} was removed: a server that refuses unknown members fails requests that still send it{1}");

    public static readonly DiagnosticDescriptor RequestBecameNotNullable = SpecUpdate(133, DiagnosticSeverity.Warning,
        "A request value may no longer be null",
        "{0} may no longer be null in requests: requests that send null are refused{1}");

    public static readonly DiagnosticDescriptor RequestPropertyDeprecated = SpecUpdate(134, DiagnosticSeverity.Warning,
        "A request property is deprecated",
        "The request property {0} is deprecated: the API may remove it{1}");

    public static readonly DiagnosticDescriptor OptionalRequestPropertyAdded = SpecUpdate(135, DiagnosticSeverity.Info,
        "An optional request property was added",
        "The optional request property {0} was added{1}");

    public static readonly DiagnosticDescriptor RequestPropertyBecameOptional = SpecUpdate(136, DiagnosticSeverity.Info,
        "A request property became optional",
        "The request property {0} became optional{1}");

    public static readonly DiagnosticDescriptor RequestBecameNullable = SpecUpdate(137, DiagnosticSeverity.Info,
        "A request value may now be null",
        "{0} may now be null in requests{1}");

    public static readonly DiagnosticDescriptor RequiredResponsePropertyRemoved = SpecUpdate(140, DiagnosticSeverity.Error,
        "A required response property was removed",
        "The required response property {0} was removed: clients built from the baseline fail to read responses without it{1}");

    public static readonly DiagnosticDescriptor ResponsePropertyBecameOptional = SpecUpdate(141, DiagnosticSeverity.Error,
        "A response property became optional",
        "The response property {0} became optional: clients built from the baseline fail to read responses without it{1}");

    public static readonly DiagnosticDescriptor ResponseBecameNullable = SpecUpdate(142, DiagnosticSeverity.Error,
        "A response value the client requires may now be null",
        "{0} may now be null in responses: clients built from the baseline fail to read a null there{1}");

    public static readonly DiagnosticDescriptor OptionalResponsePropertyRemoved = SpecUpdate(143, DiagnosticSeverity.Warning,
        "An optional response property was removed",
        "The response property {0} was removed: code that reads it finds it missing{1}");

    public static readonly DiagnosticDescriptor ResponsePropertyAdded = SpecUpdate(144, DiagnosticSeverity.Info,
        "A response property was added",
        "The response property {0} was added; clients built from the baseline keep it in AdditionalProperties{1}");

    public static readonly DiagnosticDescriptor ResponsePropertyBecameRequired = SpecUpdate(145, DiagnosticSeverity.Info,
        "A response property became required",
        "The response property {0} became required{1}");

    public static readonly DiagnosticDescriptor OptionalResponseBecameNullable = SpecUpdate(146, DiagnosticSeverity.Info,
        "An optional response property may now be null",
        "{0} may now be null in responses; it is optional, so its generated member is nullable already{1}");

    public static readonly DiagnosticDescriptor ResponseBecameNotNullable = SpecUpdate(147, DiagnosticSeverity.Info,
        "A response value is no longer nullable",
        "{0} is no longer nullable in responses{1}");

    public static readonly DiagnosticDescriptor ResponsePropertyDeprecated = SpecUpdate(148, DiagnosticSeverity.Info,
        "A response property is deprecated",
        "The response property {0} is deprecated{1}");

    public static readonly DiagnosticDescriptor TypeChanged = SpecUpdate(150, DiagnosticSeverity.Error,
        "A type or format changed incompatibly",
        "The type of {0} changed from {1} to {2}: {3}{4}");

    public static readonly DiagnosticDescriptor RequestTypeNarrowed = SpecUpdate(151, DiagnosticSeverity.Warning,
        "A request type or format narrowed",
        "The type of {0} narrowed from {1} to {2} in requests: some values valid today are refused{3}");

    public static readonly DiagnosticDescriptor TypeChangedCompatibly = SpecUpdate(152, DiagnosticSeverity.Info,
        "A type or format changed compatibly",
        "The type of {0} changed from {1} to {2}; {3}{4}");

    public static readonly DiagnosticDescriptor RequestEnumValueRemoved = SpecUpdate(155, DiagnosticSeverity.Error,
        "An enum value accepted in requests was removed",
        "The value '{1}' was removed from {0}: requests that send it are refused{2}");

    public static readonly DiagnosticDescriptor RequestBecameEnum = SpecUpdate(156, DiagnosticSeverity.Warning,
        "A request value is now limited to an enum",
        "{0} is now limited to {1} values in requests: other values are refused{2}");

    public static readonly DiagnosticDescriptor EnumValueAdded = SpecUpdate(157, DiagnosticSeverity.Info,
        "An enum value was added",
        "The value '{1}' was added to {0}{2}");

    public static readonly DiagnosticDescriptor ResponseEnumValueRemoved = SpecUpdate(158, DiagnosticSeverity.Info,
        "An enum value was removed from responses",
        "The value '{1}' was removed from {0}; the server no longer sends it{2}");

    public static readonly DiagnosticDescriptor EnumRestrictionChanged = SpecUpdate(159, DiagnosticSeverity.Info,
        "A value became, or stopped being, an enum",
        "{0} {1}{2}");

    public static readonly DiagnosticDescriptor RequestConstraintTightened = SpecUpdate(160, DiagnosticSeverity.Warning,
        "A request constraint was tightened",
        "The request constraint {1} of {0} was tightened from {2} to {3}: some values valid today are refused{4}");

    public static readonly DiagnosticDescriptor RequestConstraintRelaxed = SpecUpdate(161, DiagnosticSeverity.Info,
        "A request constraint was relaxed",
        "The request constraint {1} of {0} was relaxed from {2} to {3}{4}");

    public static readonly DiagnosticDescriptor ResponseConstraintRelaxed = SpecUpdate(162, DiagnosticSeverity.Info,
        "A response constraint was relaxed",
        "The response constraint {1} of {0} was relaxed from {2} to {3}: the server may send values outside the old limit{4}");

    public static readonly DiagnosticDescriptor SchemaRenamed = SpecUpdate(170, DiagnosticSeverity.Info,
        "A component schema was renamed",
        "The schema '{0}' is now '{1}'{2}{3}");

    public static readonly DiagnosticDescriptor SchemaExtracted = SpecUpdate(171, DiagnosticSeverity.Info,
        "An inline schema is now a component",
        "{0} is now the schema '{1}'; its generated type is now {2}{3}");

    /// <summary>Every spec-update descriptor, in id order: for the docs' and the release file's completeness tests.</summary>
    public static readonly DiagnosticDescriptor[] SpecUpdates =
    {
        BaselineUnreadable,
        OperationRemoved,
        OperationMoved,
        OperationAdded,
        OperationIdChanged,
        SecurityAlternativeRemoved,
        SecurityAlternativeAdded,
        ServerChanged,
        OperationDeprecated,
        RequiredParameterAdded,
        ParameterBecameRequired,
        ParameterRemoved,
        OptionalParameterAdded,
        ParameterBecameOptional,
        PathParameterRenamed,
        ParameterDeprecated,
        RequestBodyBecameRequired,
        RequestBodyRemoved,
        RequestBodyBecameOptional,
        ResponseBodyRemoved,
        ResponseBodyAdded,
        RequiredRequestPropertyAdded,
        RequestPropertyBecameRequired,
        RequestPropertyRemoved,
        RequestBecameNotNullable,
        RequestPropertyDeprecated,
        OptionalRequestPropertyAdded,
        RequestPropertyBecameOptional,
        RequestBecameNullable,
        RequiredResponsePropertyRemoved,
        ResponsePropertyBecameOptional,
        ResponseBecameNullable,
        OptionalResponsePropertyRemoved,
        ResponsePropertyAdded,
        ResponsePropertyBecameRequired,
        OptionalResponseBecameNullable,
        ResponseBecameNotNullable,
        ResponsePropertyDeprecated,
        TypeChanged,
        RequestTypeNarrowed,
        TypeChangedCompatibly,
        RequestEnumValueRemoved,
        RequestBecameEnum,
        EnumValueAdded,
        ResponseEnumValueRemoved,
        EnumRestrictionChanged,
        RequestConstraintTightened,
        RequestConstraintRelaxed,
        ResponseConstraintRelaxed,
        SchemaRenamed,
        SchemaExtracted,
    };

    private static DiagnosticDescriptor SpecUpdate(int number, DiagnosticSeverity severity, string title, string messageFormat)
    {
        var id = "SHARESGEN" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new DiagnosticDescriptor(id, title, messageFormat, SpecUpdateCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}

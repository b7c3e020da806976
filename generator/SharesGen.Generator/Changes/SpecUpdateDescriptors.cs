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
    private const string SpecUpdateCategory = "SharesGen.SpecUpdates";

    public static readonly DiagnosticDescriptor BaselineUnreadable = new(
        id: "SHARESGEN100",
        title: "The baseline spec cannot be read",
        messageFormat: "The baseline '{0}' of '{1}' cannot be read: {2}; spec updates are not reported",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN100"));

    public static readonly DiagnosticDescriptor OperationRemoved = new(
        id: "SHARESGEN101",
        title: "An operation was removed",
        messageFormat: "The operation {0} was removed{1}: callers of it fail{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN101"));

    public static readonly DiagnosticDescriptor OperationMoved = new(
        id: "SHARESGEN102",
        title: "An operation moved to another path or method",
        messageFormat: "The operation '{0}' moved from {1} to {2}: callers of the old address fail{3}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN102"));

    public static readonly DiagnosticDescriptor OperationAdded = new(
        id: "SHARESGEN103",
        title: "An operation was added",
        messageFormat: "The operation {0} was added{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN103"));

    public static readonly DiagnosticDescriptor OperationIdChanged = new(
        id: "SHARESGEN104",
        title: "An operationId changed",
        messageFormat: "The operationId of {0} changed from '{1}' to '{2}'; the call is the same, but SharesGenOperationNames entries for the old id no longer apply{3}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN104"));

    public static readonly DiagnosticDescriptor SecurityAlternativeRemoved = new(
        id: "SHARESGEN105",
        title: "An operation no longer accepts a way to authenticate",
        messageFormat: "The operation {0} no longer accepts {1}: callers that authenticate that way are refused{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN105"));

    public static readonly DiagnosticDescriptor SecurityAlternativeAdded = new(
        id: "SHARESGEN106",
        title: "An operation accepts a new way to authenticate",
        messageFormat: "The operation {0} also accepts {1}{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN106"));

    public static readonly DiagnosticDescriptor ServerChanged = new(
        id: "SHARESGEN107",
        title: "The default server changed",
        messageFormat: "The first server changed from '{0}' to '{1}': clients built from the baseline still call the old one{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN107"));

    public static readonly DiagnosticDescriptor OperationDeprecated = new(
        id: "SHARESGEN108",
        title: "An operation is deprecated",
        messageFormat: "The operation {0} is deprecated: the API may remove it{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN108"));

    public static readonly DiagnosticDescriptor RequiredParameterAdded = new(
        id: "SHARESGEN110",
        title: "A required parameter was added",
        messageFormat: "The required {0} parameter '{1}' was added: calls built from the baseline do not send it{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN110"));

    public static readonly DiagnosticDescriptor ParameterBecameRequired = new(
        id: "SHARESGEN111",
        title: "A parameter became required",
        messageFormat: "The {0} parameter '{1}' became required: calls that leave it out are refused{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN111"));

    public static readonly DiagnosticDescriptor ParameterRemoved = new(
        id: "SHARESGEN112",
        title: "A parameter was removed",
        messageFormat: "The {0} parameter '{1}' was removed: the server may ignore or refuse it where callers still send it{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN112"));

    public static readonly DiagnosticDescriptor OptionalParameterAdded = new(
        id: "SHARESGEN113",
        title: "An optional parameter was added",
        messageFormat: "The optional {0} parameter '{1}' was added{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN113"));

    public static readonly DiagnosticDescriptor ParameterBecameOptional = new(
        id: "SHARESGEN114",
        title: "A parameter became optional",
        messageFormat: "The {0} parameter '{1}' became optional{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN114"));

    public static readonly DiagnosticDescriptor PathParameterRenamed = new(
        id: "SHARESGEN115",
        title: "A path parameter was renamed",
        messageFormat: "The path parameter '{0}' is now '{1}'; the URL is the same, the generated argument is renamed{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN115"));

    public static readonly DiagnosticDescriptor ParameterDeprecated = new(
        id: "SHARESGEN116",
        title: "A parameter is deprecated",
        messageFormat: "The {0} parameter '{1}' is deprecated: the API may remove it{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN116"));

    public static readonly DiagnosticDescriptor RequestBodyBecameRequired = new(
        id: "SHARESGEN120",
        title: "A request body became required",
        messageFormat: "The request body is now required ({0}): calls without one are refused{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN120"));

    public static readonly DiagnosticDescriptor RequestBodyRemoved = new(
        id: "SHARESGEN121",
        title: "A request body was removed",
        messageFormat: "The request body was removed: the server may refuse calls that still send one{0}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN121"));

    public static readonly DiagnosticDescriptor RequestBodyBecameOptional = new(
        id: "SHARESGEN122",
        title: "A request body became optional",
        messageFormat: "The request body is now optional ({0}){1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN122"));

    public static readonly DiagnosticDescriptor ResponseBodyRemoved = new(
        id: "SHARESGEN125",
        title: "A success response lost its JSON body",
        messageFormat: "The {0} response no longer has a JSON body: clients built from the baseline fail to read it{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN125"));

    public static readonly DiagnosticDescriptor ResponseBodyAdded = new(
        id: "SHARESGEN126",
        title: "A success response gained a JSON body",
        messageFormat: "The {0} response now has a JSON body{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN126"));

    public static readonly DiagnosticDescriptor RequiredRequestPropertyAdded = new(
        id: "SHARESGEN130",
        title: "A required request property was added",
        messageFormat: "The required request property {0} was added: requests built from the baseline lack it{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN130"));

    public static readonly DiagnosticDescriptor RequestPropertyBecameRequired = new(
        id: "SHARESGEN131",
        title: "A request property became required",
        messageFormat: "The request property {0} became required: requests that leave it out are refused{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN131"));

    public static readonly DiagnosticDescriptor RequestPropertyRemoved = new(
        id: "SHARESGEN132",
        title: "A request property was removed",
        messageFormat: "The request property {0} was removed: a server that refuses unknown members fails requests that still send it{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN132"));

    public static readonly DiagnosticDescriptor RequestBecameNotNullable = new(
        id: "SHARESGEN133",
        title: "A request value may no longer be null",
        messageFormat: "{0} may no longer be null in requests: requests that send null are refused{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN133"));

    public static readonly DiagnosticDescriptor RequestPropertyDeprecated = new(
        id: "SHARESGEN134",
        title: "A request property is deprecated",
        messageFormat: "The request property {0} is deprecated: the API may remove it{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN134"));

    public static readonly DiagnosticDescriptor OptionalRequestPropertyAdded = new(
        id: "SHARESGEN135",
        title: "An optional request property was added",
        messageFormat: "The optional request property {0} was added{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN135"));

    public static readonly DiagnosticDescriptor RequestPropertyBecameOptional = new(
        id: "SHARESGEN136",
        title: "A request property became optional",
        messageFormat: "The request property {0} became optional{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN136"));

    public static readonly DiagnosticDescriptor RequestBecameNullable = new(
        id: "SHARESGEN137",
        title: "A request value may now be null",
        messageFormat: "{0} may now be null in requests{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN137"));

    public static readonly DiagnosticDescriptor RequiredResponsePropertyRemoved = new(
        id: "SHARESGEN140",
        title: "A required response property was removed",
        messageFormat: "The required response property {0} was removed: clients built from the baseline fail to read responses without it{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN140"));

    public static readonly DiagnosticDescriptor ResponsePropertyBecameOptional = new(
        id: "SHARESGEN141",
        title: "A response property became optional",
        messageFormat: "The response property {0} became optional: clients built from the baseline fail to read responses without it{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN141"));

    public static readonly DiagnosticDescriptor ResponseBecameNullable = new(
        id: "SHARESGEN142",
        title: "A response value the client requires may now be null",
        messageFormat: "{0} may now be null in responses: clients built from the baseline fail to read a null there{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN142"));

    public static readonly DiagnosticDescriptor OptionalResponsePropertyRemoved = new(
        id: "SHARESGEN143",
        title: "An optional response property was removed",
        messageFormat: "The response property {0} was removed: code that reads it finds it missing{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN143"));

    public static readonly DiagnosticDescriptor ResponsePropertyAdded = new(
        id: "SHARESGEN144",
        title: "A response property was added",
        messageFormat: "The response property {0} was added; clients built from the baseline keep it in AdditionalProperties{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN144"));

    public static readonly DiagnosticDescriptor ResponsePropertyBecameRequired = new(
        id: "SHARESGEN145",
        title: "A response property became required",
        messageFormat: "The response property {0} became required{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN145"));

    public static readonly DiagnosticDescriptor OptionalResponseBecameNullable = new(
        id: "SHARESGEN146",
        title: "An optional response property may now be null",
        messageFormat: "{0} may now be null in responses; it is optional, so its generated member is nullable already{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN146"));

    public static readonly DiagnosticDescriptor ResponseBecameNotNullable = new(
        id: "SHARESGEN147",
        title: "A response value is no longer nullable",
        messageFormat: "{0} is no longer nullable in responses{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN147"));

    public static readonly DiagnosticDescriptor ResponsePropertyDeprecated = new(
        id: "SHARESGEN148",
        title: "A response property is deprecated",
        messageFormat: "The response property {0} is deprecated{1}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN148"));

    public static readonly DiagnosticDescriptor TypeChanged = new(
        id: "SHARESGEN150",
        title: "A type or format changed incompatibly",
        messageFormat: "The type of {0} changed from {1} to {2}: {3}{4}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN150"));

    public static readonly DiagnosticDescriptor RequestTypeNarrowed = new(
        id: "SHARESGEN151",
        title: "A request type or format narrowed",
        messageFormat: "The type of {0} narrowed from {1} to {2} in requests: some values valid today are refused{3}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN151"));

    public static readonly DiagnosticDescriptor TypeChangedCompatibly = new(
        id: "SHARESGEN152",
        title: "A type or format changed compatibly",
        messageFormat: "The type of {0} changed from {1} to {2}; {3}{4}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN152"));

    public static readonly DiagnosticDescriptor RequestEnumValueRemoved = new(
        id: "SHARESGEN155",
        title: "An enum value accepted in requests was removed",
        messageFormat: "The value '{1}' was removed from {0}: requests that send it are refused{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN155"));

    public static readonly DiagnosticDescriptor RequestBecameEnum = new(
        id: "SHARESGEN156",
        title: "A request value is now limited to an enum",
        messageFormat: "{0} is now limited to {1} values in requests: other values are refused{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN156"));

    public static readonly DiagnosticDescriptor EnumValueAdded = new(
        id: "SHARESGEN157",
        title: "An enum value was added",
        messageFormat: "The value '{1}' was added to {0}{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN157"));

    public static readonly DiagnosticDescriptor ResponseEnumValueRemoved = new(
        id: "SHARESGEN158",
        title: "An enum value was removed from responses",
        messageFormat: "The value '{1}' was removed from {0}; the server no longer sends it{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN158"));

    public static readonly DiagnosticDescriptor EnumRestrictionChanged = new(
        id: "SHARESGEN159",
        title: "A value became, or stopped being, an enum",
        messageFormat: "{0} {1}{2}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN159"));

    public static readonly DiagnosticDescriptor RequestConstraintTightened = new(
        id: "SHARESGEN160",
        title: "A request constraint was tightened",
        messageFormat: "The request constraint {1} of {0} was tightened from {2} to {3}: some values valid today are refused{4}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN160"));

    public static readonly DiagnosticDescriptor RequestConstraintRelaxed = new(
        id: "SHARESGEN161",
        title: "A request constraint was relaxed",
        messageFormat: "The request constraint {1} of {0} was relaxed from {2} to {3}{4}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN161"));

    public static readonly DiagnosticDescriptor ResponseConstraintRelaxed = new(
        id: "SHARESGEN162",
        title: "A response constraint was relaxed",
        messageFormat: "The response constraint {1} of {0} was relaxed from {2} to {3}: the server may send values outside the old limit{4}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN162"));

    public static readonly DiagnosticDescriptor SchemaRenamed = new(
        id: "SHARESGEN170",
        title: "A component schema was renamed",
        messageFormat: "The schema '{0}' is now '{1}'{2}{3}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN170"));

    public static readonly DiagnosticDescriptor SchemaExtracted = new(
        id: "SHARESGEN171",
        title: "An inline schema is now a component",
        messageFormat: "{0} is now the schema '{1}'; its generated type is now {2}{3}",
        category: SpecUpdateCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN171"));

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
}

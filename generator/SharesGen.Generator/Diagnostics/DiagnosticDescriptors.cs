using Microsoft.CodeAnalysis;

namespace SharesGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic SharesGen reports. Ids are stable: never reuse or renumber one; document each in the
/// README's table, in docs/diagnostics.md (its help link) and in AnalyzerReleases.Unshipped.md (RS2008 checks that).
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Every id's help link is this plus the id in lower case, the id's heading anchor in docs/diagnostics.md.</summary>
    public const string HelpLinkBase = "https://github.com/sharesgen/sharesgen/blob/main/docs/diagnostics.md#";

    private const string Category = "SharesGen";

    public static readonly DiagnosticDescriptor UnreadableSpec = new(
        id: "SHARESGEN001",
        title: "The spec file cannot be read",
        messageFormat: "The spec '{0}' is not valid YAML or JSON: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN001"));

    public static readonly DiagnosticDescriptor UnsupportedSpecVersion = new(
        id: "SHARESGEN002",
        title: "The spec is not OpenAPI 3.0",
        messageFormat: "The spec '{0}' is not an OpenAPI 3.0 document ({1}); SharesGen reads OpenAPI 3.0 documents only",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN002"));

    public static readonly DiagnosticDescriptor InvalidSpec = new(
        id: "SHARESGEN003",
        title: "The spec is not valid OpenAPI",
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN003"));

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        id: "SHARESGEN004",
        title: "A $ref cannot be resolved",
        messageFormat: "The reference '{0}' does not resolve to anything in the spec; {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN004"));

    public static readonly DiagnosticDescriptor MissingOperationId = new(
        id: "SHARESGEN005",
        title: "An operation has no operationId",
        messageFormat: "The operation {0} {1} has no operationId; its method is named from its path",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN005"));

    public static readonly DiagnosticDescriptor DuplicateOperationId = new(
        id: "SHARESGEN006",
        title: "Two operations share an operationId",
        messageFormat: "The operationId '{0}' is used by more than one operation",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN006"));

    public static readonly DiagnosticDescriptor NameCollision = new(
        id: "SHARESGEN007",
        title: "Two spec names map to the same C# name",
        messageFormat: "'{0}' and '{1}' both map to the C# name '{2}'; the second is emitted as '{3}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN007"));

    /// <summary>The fallback SHARESGEN008 names for a schema: the value is kept losslessly.</summary>
    public const string KeptAsJson = "the value is kept as raw JSON (JsonElement)";

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        id: "SHARESGEN008",
        title: "A schema construct is not supported",
        messageFormat: "{0} is not supported; {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN008"));

    public static readonly DiagnosticDescriptor InvalidEnum = new(
        id: "SHARESGEN009",
        title: "An enum has no usable values",
        messageFormat: "The enum at '{0}' {1}; the value is kept as {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN009"));

    public static readonly DiagnosticDescriptor CircularSchema = new(
        id: "SHARESGEN010",
        title: "A schema refers to itself through allOf or array items",
        messageFormat: "The schema '{0}' includes itself through allOf or array items; the cycle is cut there",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN010"));

    public static readonly DiagnosticDescriptor InvalidOption = new(
        id: "SHARESGEN011",
        title: "A SharesGen option is not valid",
        messageFormat: "The {0} value '{1}' is not a valid C# {2}; '{3}' is used instead",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN011"));

    public static readonly DiagnosticDescriptor DuplicateOutput = new(
        id: "SHARESGEN012",
        title: "Two specs generate the same file",
        messageFormat: "The specs '{0}' and '{1}' both generate {2}; give each its own SharesGenNamespace. Nothing is generated from '{1}' until then.",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN012"));

    public static readonly DiagnosticDescriptor TooDeep = new(
        id: "SHARESGEN013",
        title: "The spec is nested too deeply",
        messageFormat: "The spec '{0}' nests more than {1} levels deep at this line; SharesGen stops here rather than risk the compiler's stack",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN013"));

    public static readonly DiagnosticDescriptor ToleratedDeviation = new(
        id: "SHARESGEN014",
        title: "The spec bends an OpenAPI rule, but its meaning is clear",
        messageFormat: "{0} is not valid OpenAPI 3.0, but its meaning is clear: SharesGen reads it as {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN014"));

    public static readonly DiagnosticDescriptor UnsupportedConsumer = new(
        id: "SHARESGEN015",
        title: "The project cannot compile the generated code",
        messageFormat: "The code SharesGen generates from '{0}' needs {1}; this project {2}. Nothing is generated from it until the project meets that minimum.",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN015"));

    public static readonly DiagnosticDescriptor InvalidSelector = new(
        id: "SHARESGEN016",
        title: "An entry of SharesGenInclude or SharesGenExclude selects nothing",
        messageFormat: "The {0} entry '{1}' {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN016"));

    public static readonly DiagnosticDescriptor InternalError = new(
        id: "SHARESGEN099",
        title: "SharesGen failed unexpectedly",
        messageFormat: "SharesGen could not process '{0}': {1}. Please report this with the spec.",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("SHARESGEN099"));

    /// <summary>The help link of <paramref name="id"/>: its anchor in docs/diagnostics.md.</summary>
    private static string HelpLink(string id) => HelpLinkBase + id.ToLowerInvariant();
}

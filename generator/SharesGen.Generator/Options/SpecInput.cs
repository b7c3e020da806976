using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharesGen.Generator.Options;

/// <summary>One opted-in spec file with its options: the first step of the pipeline.</summary>
/// <param name="Path">The file's full path, as MSBuild gives it; used for diagnostics.</param>
/// <param name="Text">The file's content.</param>
/// <param name="Namespace">The <c>SharesGenNamespace</c> metadata, or null for the default.</param>
/// <param name="ClientName">The <c>SharesGenClientName</c> metadata, or null for the default.</param>
/// <param name="DefaultNamespace">The project's root namespace, the default for <paramref name="Namespace"/>.</param>
/// <param name="OperationNames">The <c>SharesGenOperationNames</c> metadata: <c>operationId=Group.Method;…</c> overrides.</param>
/// <param name="EmitContract">
/// Whether to emit <c>{Client}Contract</c> and <c>{Client}Examples</c> for the contract-test kit: the file's
/// <c>SharesGenContract</c> metadata, else the project's <c>SharesGenContract</c> property (which the SharesGen.Testing
/// package sets), else false, so production assemblies carry no contract data.
/// </param>
/// <param name="Baseline">The <c>SharesGenBaseline</c> metadata: the previous revision of the spec, to report what changed.</param>
/// <param name="ClientValidation">
/// The <c>SharesGenClientValidation</c> metadata: <c>true</c> makes the client check the spec's <c>maxLength</c>,
/// <c>minimum</c>/<c>maximum</c> and <c>maxItems</c> of parameters before sending. Off by default: the server enforces
/// them, and a newer server may accept what an older spec forbids.
/// </param>
/// <param name="Include">The <c>SharesGenInclude</c> metadata: the operations to generate (<see cref="OperationSelection"/>).</param>
/// <param name="Exclude">The <c>SharesGenExclude</c> metadata: operations left out of those.</param>
/// <param name="TypeNames">The <c>SharesGenTypeNames</c> metadata: <c>component-or-pointer=TypeName;…</c> overrides.</param>
internal sealed record SpecInput(string Path, string Text, string? Namespace, string? ClientName, string? DefaultNamespace, string? OperationNames = null, bool EmitContract = false, string? Baseline = null, bool ClientValidation = false, string? Include = null, string? Exclude = null, string? TypeNames = null)
{
    /// <summary>The MSBuild item metadata that opts an AdditionalFile in.</summary>
    public const string OptInMetadata = "SharesGen";

    public const string NamespaceMetadata = "SharesGenNamespace";

    public const string ClientNameMetadata = "SharesGenClientName";

    public const string OperationNamesMetadata = "SharesGenOperationNames";

    public const string TypeNamesMetadata = "SharesGenTypeNames";

    /// <summary>Item metadata and project property alike: <c>true</c> emits the contract and examples.</summary>
    public const string ContractSwitch = "SharesGenContract";

    public const string BaselineMetadata = "SharesGenBaseline";

    public const string ClientValidationMetadata = "SharesGenClientValidation";

    /// <summary>True when the file carries <c>SharesGen="true"</c>.</summary>
    public static bool IsOptedIn(AnalyzerConfigOptions options)
        => options.TryGetValue(MetadataKey(OptInMetadata), out var value)
           && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    public static SpecInput? Create(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, System.Threading.CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!IsOptedIn(options))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        optionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        return new SpecInput(
            file.Path,
            text,
            NonEmpty(options, NamespaceMetadata),
            NonEmpty(options, ClientNameMetadata),
            string.IsNullOrWhiteSpace(rootNamespace) ? null : rootNamespace!.Trim(),
            NonEmpty(options, OperationNamesMetadata),
            IsTrue(NonEmpty(options, ContractSwitch) ?? Global(optionsProvider, ContractSwitch)),
            NonEmpty(options, BaselineMetadata),
            IsTrue(NonEmpty(options, ClientValidationMetadata)),
            NonEmpty(options, OperationSelection.IncludeMetadata),
            NonEmpty(options, OperationSelection.ExcludeMetadata),
            NonEmpty(options, TypeNamesMetadata));
    }

    private static string? Global(AnalyzerConfigOptionsProvider provider, string property)
        => provider.GlobalOptions.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsTrue(string? value) => string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase);

    private static string MetadataKey(string name) => "build_metadata.AdditionalFiles." + name;

    internal static string? NonEmpty(AnalyzerConfigOptions options, string name)
        => options.TryGetValue(MetadataKey(name), out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

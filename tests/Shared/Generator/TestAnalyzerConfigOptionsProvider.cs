using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharesGen.Tests.Shared;

/// <summary>
/// Serves what MSBuild writes into the generated .editorconfig: <c>build_property.*</c> globally and
/// <c>build_metadata.AdditionalFiles.*</c> per file. Options are keyed by path, so replacing an AdditionalText
/// with an edited one of the same path keeps its options (and keeps this provider unchanged for caching).
/// </summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, AnalyzerConfigOptions> _byPath;

    /// <param name="contract">
    /// The <c>SharesGenContract</c> property: on as in a test project that references SharesGen.Testing (whose props turn
    /// it on), off as in a production consumer.
    /// </param>
    public TestAnalyzerConfigOptionsProvider(IEnumerable<SpecFile> files, string? rootNamespace, bool contract = true)
    {
        _byPath = files.ToDictionary(f => f.Path, f => (AnalyzerConfigOptions)new DictionaryOptions(MetadataOf(f)));
        var global = contract
            ? ImmutableDictionary<string, string>.Empty.Add("build_property.SharesGenContract", "true")
            : ImmutableDictionary<string, string>.Empty;
        GlobalOptions = new DictionaryOptions(rootNamespace is null ? global : global.Add("build_property.RootNamespace", rootNamespace));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private static ImmutableDictionary<string, string> MetadataOf(SpecFile file)
    {
        const string Prefix = "build_metadata.AdditionalFiles.";
        var metadata = ImmutableDictionary<string, string>.Empty;
        if (file.OptedIn is { } optedIn)
        {
            metadata = metadata.Add(Prefix + "SharesGen", optedIn);
        }

        if (file.Namespace is { } @namespace)
        {
            metadata = metadata.Add(Prefix + "SharesGenNamespace", @namespace);
        }

        if (file.ClientName is { } clientName)
        {
            metadata = metadata.Add(Prefix + "SharesGenClientName", clientName);
        }

        foreach (var (name, value) in file.OtherMetadata)
        {
            metadata = metadata.SetItem(Prefix + name, value);
        }

        return metadata;
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        // The compiler compares option keys case-insensitively; so must we.
        private readonly ImmutableDictionary<string, string> _values = values.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}

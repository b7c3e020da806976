using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>
/// What MSBuild writes into the generated .editorconfig for a consumer of SharesGen: the opt-in and the two
/// options as <c>build_metadata.AdditionalFiles.*</c> for every AdditionalFile, and the root namespace.
/// </summary>
internal sealed class SpecOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _fileOptions;

    public SpecOptionsProvider(string @namespace, string clientName)
    {
        const string Prefix = "build_metadata.AdditionalFiles.";
        _fileOptions = new DictionaryOptions(ImmutableDictionary<string, string>.Empty
            .Add(Prefix + "SharesGen", "true")
            .Add(Prefix + "SharesGenNamespace", @namespace)
            .Add(Prefix + "SharesGenClientName", clientName));
        GlobalOptions = new DictionaryOptions(ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", "Consumer.App"));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _fileOptions;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        // The compiler compares option keys case-insensitively; so must we.
        private readonly ImmutableDictionary<string, string> _values = values.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}

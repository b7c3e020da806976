using System.Collections.Generic;
using SharesGen.Generator.Diagnostics;

namespace SharesGen.Generator.Reading;

/// <summary>What every reader of one spec shares: where to report, and how to find a place in the text.</summary>
internal sealed class ReadContext
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public ReadContext(string path, string text)
    {
        Path = path;
        Locator = new SpecLocator(path, text);
    }

    public string Path { get; }

    public SpecLocator Locator { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string pointer, params string[] args)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, Locator.At(pointer), args));

    public void Report(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SharesGen.Benchmarks.Generator;

/// <summary>
/// The driver floor: a generator that does nothing but add, for each AdditionalFile, the exact files SharesGen emits
/// for it, computed beforehand. Run through the same <see cref="GeneratorDriver"/> over the same inputs, it pays what
/// any generator emitting that code pays (the driver's state tables, <c>AddSource</c>'s checks, a
/// <see cref="Microsoft.CodeAnalysis.Text.SourceText"/> and a lazily parsed tree per file, adding the trees to the
/// compilation) and none of SharesGen's own work: the full run beyond this and the parse is ours.
/// </summary>
internal sealed class DriverFloorGenerator(IReadOnlyList<GeneratedFile> files) : IIncrementalGenerator
{
    private readonly GeneratedFile[] _files = files.ToArray();

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // One output per file, from the AdditionalFile, as SharesGen's units are: the same number of table entries.
        var files = context.AdditionalTextsProvider.SelectMany((_, _) => _files);
        context.RegisterSourceOutput(files, static (output, file) => output.AddSource(file.HintName, file.Text));
    }
}

/// <summary>One generated file: its hint name and its text, as SharesGen added it.</summary>
internal readonly record struct GeneratedFile(string HintName, string Text)
{
    /// <summary>The files a run added, in order.</summary>
    public static GeneratedFile[] Of(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().GeneratedSources.Select(s => new GeneratedFile(s.HintName, s.SourceText.ToString())).ToArray();
}

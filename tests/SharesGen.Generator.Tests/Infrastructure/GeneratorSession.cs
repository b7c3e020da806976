using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// A generator driver kept across edits, as in an IDE: run, edit a spec or the C# code, run again, and read
/// from the second run's step tracking what the pipeline recomputed.
/// </summary>
internal sealed class GeneratorSession
{
    private readonly Dictionary<string, AdditionalText> _texts;
    private GeneratorDriver _driver;
    private Compilation _compilation;

    public GeneratorSession(params SpecFile[] specs)
    {
        _driver = GeneratorHarness.CreateDriver(specs, out var texts);
        _texts = texts.ToDictionary(t => t.Path, StringComparer.Ordinal);
        _compilation = GeneratorHarness.CreateCompilation();
    }

    public Compilation Compilation => _compilation;

    /// <summary>Runs the generator over the current specs and code; the driver keeps this run's state for the next.</summary>
    public GeneratorRun Run()
    {
        // Run over the consumer's own compilation, not the previous output: that is what the compiler does.
        var run = GeneratorHarness.Run(_driver, _compilation);
        _driver = run.Driver;
        return run;
    }

    /// <summary>Replaces the text of the spec at <paramref name="path"/> the way an IDE does on save.</summary>
    public void EditSpec(string path, Func<string, string> edit)
    {
        var old = _texts[path];
        var text = old.GetText()!.ToString();
        var edited = edit(text);
        if (edited == text)
        {
            throw new InvalidOperationException("The edit changed nothing: the test would prove nothing.");
        }

        var replacement = new InMemoryAdditionalText(path, edited);
        _driver = _driver.ReplaceAdditionalText(old, replacement);
        _texts[path] = replacement;
    }

    /// <summary>Edits the consumer's C# code (add, replace or remove syntax trees).</summary>
    public void EditCompilation(Func<Compilation, Compilation> edit) => _compilation = edit(_compilation);
}

using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Emitters;

/// <summary>What hand-built-model emitter tests check of the code: it builds as a consumer's would, warnings counted.</summary>
internal static class EmittedCode
{
    /// <summary>The sources, with SharesGen.Runtime and .NET 10, compile without a warning or an error.</summary>
    public static void CompilesCleanly(params string[] sources)
    {
        var diagnostics = GeneratorHarness.CreateCompilation(sources)
            .GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.That(DiagnosticText.Format(diagnostics), Is.Empty, "the emitted code does not compile cleanly");
    }
}

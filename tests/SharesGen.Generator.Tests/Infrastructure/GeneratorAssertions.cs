using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>Assertions that read like what a consumer's build would show.</summary>
internal static class GeneratorAssertions
{
    /// <summary>The generator neither threw (CS8785) nor reported anything.</summary>
    public static void ReportedNothing(GeneratorRun run)
    {
        DidNotCrash(run);
        Assert.That(DiagnosticText.Format(run.GeneratorDiagnostics), Is.Empty, "SharesGen reported diagnostics");
    }

    /// <summary>
    /// The generator did not throw (an exception would surface as CS8785 and hide every output), and it caught no
    /// exception of its own either: SHARESGEN099 is a bug reported politely, not an outcome.
    /// </summary>
    public static void DidNotCrash(GeneratorRun run)
    {
        Assert.That(run.Result.Exception, Is.Null, "the generator threw");
        Assert.That(run.DriverDiagnostics.Select(d => d.Id), Has.No.Member("CS8785"), "the driver reported a generator failure");
        Assert.That(DiagnosticText.Format(run.Reported(DiagnosticDescriptors.InternalError)), Is.Empty, "the generator failed internally");
    }

    /// <summary>The consumer project, generated code included, builds without a single warning or error.</summary>
    public static void CompilesCleanly(GeneratorRun run)
        => Assert.That(DiagnosticText.Format(run.CompilationDiagnostics), Is.Empty, "the generated code does not compile cleanly");

    /// <summary>What <paramref name="run"/> reported with <paramref name="descriptor"/>.</summary>
    public static Diagnostic[] Reported(this GeneratorRun run, DiagnosticDescriptor descriptor)
        => run.GeneratorDiagnostics.Where(d => d.Descriptor.Equals(descriptor)).ToArray();
}

using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// A spec and its baseline as a consumer's build hands them to the generator: the spec with
/// <c>SharesGenBaseline</c>, the baseline as an AdditionalFile of its own marked <c>SharesGenBaselineOf</c> (what the
/// package's build/SharesGen.props adds).
/// </summary>
internal static class SpecUpdate
{
    public const string BaselineFileName = "test.baseline.yaml";

    /// <summary>Runs the generator over <paramref name="current"/> with <paramref name="baseline"/>, an edit of it, as its baseline.</summary>
    public static UpdateReport Between(string baseline, string current)
    {
        // An edit that matched nothing would compare a spec with itself and prove nothing.
        Assert.That(current, Is.Not.EqualTo(baseline), "the edit changed nothing: the test would prove nothing");
        return Between(new SpecFile(SpecFile.InMemoryPath(BaselineFileName), baseline, OptedIn: null), SpecFile.Inline(current));
    }

    public static UpdateReport Between(SpecFile baseline, SpecFile current)
    {
        var (spec, marked) = Pair(baseline, current);
        return new UpdateReport(GeneratorHarness.Run(spec, marked), current.Text);
    }

    /// <summary>The spec with its option, and the baseline with its marker.</summary>
    public static (SpecFile Spec, SpecFile Baseline) Pair(SpecFile baseline, SpecFile current)
        => (current with { OtherMetadata = current.OtherMetadata.SetItem("SharesGenBaseline", System.IO.Path.GetFileName(baseline.Path)) },
            baseline with { OptedIn = null, OtherMetadata = baseline.OtherMetadata.SetItem("SharesGenBaselineOf", current.Path) });
}

/// <summary>What one spec update reported, read the way a reviewer reads a build log.</summary>
internal sealed class UpdateReport
{
    private readonly string _currentText;

    public UpdateReport(GeneratorRun run, string currentText)
    {
        Run = run;
        _currentText = currentText;
        GeneratorAssertions.DidNotCrash(run);
        Diagnostics = run.GeneratorDiagnostics
            .Where(d => DiagnosticDescriptors.SpecUpdates.Contains(d.Descriptor) || d.Descriptor.Equals(DiagnosticDescriptors.InternalError))
            .ToImmutableArray();
    }

    public GeneratorRun Run { get; }

    /// <summary>The spec-update diagnostics (SHARESGEN100-199, and SHARESGEN099 should one ever appear).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The only spec-update diagnostic, which must be a <paramref name="descriptor"/>.</summary>
    public Diagnostic Single(DiagnosticDescriptor descriptor)
    {
        Assert.That(Diagnostics.Select(d => d.Descriptor), Is.EqualTo(new[] { descriptor }), "the update should report exactly one " + descriptor.Id + ":\n" + Text);
        return Diagnostics[0];
    }

    /// <summary>
    /// The update reports exactly one diagnostic: a <paramref name="descriptor"/> of <paramref name="severity"/>, on the
    /// line of the new spec that holds <paramref name="atLineOf"/>, whose message contains <paramref name="saying"/>.
    /// </summary>
    public Diagnostic Expect(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string atLineOf, string saying)
    {
        var diagnostic = Single(descriptor);
        AssertIs(diagnostic, severity, atLineOf, saying);
        return diagnostic;
    }

    /// <summary>One diagnostic among others, checked like <see cref="Expect"/>.</summary>
    public Diagnostic ExpectAmongOthers(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string atLineOf, string saying)
    {
        var diagnostic = One(descriptor);
        AssertIs(diagnostic, severity, atLineOf, saying);
        return diagnostic;
    }

    /// <summary>Nothing changed that a client could notice (and the new spec reads: an edit that broke it would prove nothing).</summary>
    public void ExpectNothing()
    {
        AssertTheSpecReads();
        Assert.That(Text, Is.Empty, "the update should report nothing");
    }

    /// <summary>The new spec generates without an error of its own: a test's edit has not broken it.</summary>
    public void AssertTheSpecReads()
        => Assert.That(
            DiagnosticText.Format(Run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !Diagnostics.Contains(d))),
            Is.Empty,
            "the edited spec must still read");

    private void AssertIs(Diagnostic diagnostic, DiagnosticSeverity severity, string atLineOf, string saying)
        => Assert.Multiple(() =>
        {
            AssertTheSpecReads();
            Assert.That(diagnostic.Severity, Is.EqualTo(severity), "severity of " + diagnostic.Id);
            Assert.That(diagnostic.Location.Kind, Is.EqualTo(LocationKind.ExternalFile), "the diagnostic must point into the spec");
            Assert.That(diagnostic.Location.GetMappedLineSpan().Path, Is.EqualTo(SpecFile.InMemoryPath("test.yaml")), "the diagnostic must point into the new spec");
            Assert.That(Line(diagnostic), Is.EqualTo(LineOf(atLineOf)), "line of " + DiagnosticText.Format(diagnostic));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain(saying));
            Assert.That(diagnostic.Descriptor.HelpLinkUri, Is.EqualTo(DiagnosticDescriptors.HelpLinkBase + diagnostic.Id.ToLowerInvariant()));
        });

    /// <summary>The one diagnostic of <paramref name="descriptor"/> among others.</summary>
    public Diagnostic One(DiagnosticDescriptor descriptor)
    {
        var found = Diagnostics.Where(d => d.Descriptor.Equals(descriptor)).ToList();
        Assert.That(found, Has.Count.EqualTo(1), "expected one " + descriptor.Id + " in:\n" + DiagnosticText.Format(Diagnostics));
        return found[0];
    }

    /// <summary>The 1-based line of the current spec that holds <paramref name="text"/>, which must occur once.</summary>
    public int LineOf(string text)
    {
        var lines = _currentText.Split('\n');
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"'{text}' should occur on exactly one line of the spec");
        return matches[0] + 1;
    }

    public static int Line(Diagnostic diagnostic) => diagnostic.Location.GetMappedLineSpan().StartLinePosition.Line + 1;

    public string Text => DiagnosticText.Format(Diagnostics);
}

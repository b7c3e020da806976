using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// How a baseline reaches the generator, and what happens when it cannot be used: one clear SHARESGEN100 on the
/// baseline (or, when there is none, on the spec), never SHARESGEN099 or an exception, and the spec's code generated
/// as if no baseline had been asked for.
/// </summary>
public class BaselineTests
{
    private static string BaselinePath => SpecFile.InMemoryPath(SpecUpdate.BaselineFileName);

    public static IEnumerable<TestCaseData> UnreadableBaselines()
    {
        yield return new TestCaseData("", "the file is empty", 1).SetArgDisplayNames("empty");
        yield return new TestCaseData("openapi: 3.0.3\ninfo:\n  title: [T\n  version: '1'\n", "it is not valid YAML or JSON", 4).SetArgDisplayNames("unclosed flow sequence");
        yield return new TestCaseData("swagger: '2.0'\ninfo:\n  title: T\n  version: '1'\npaths: {}\n", "it is not an OpenAPI 3.0 document", 1).SetArgDisplayNames("Swagger 2.0");
        yield return new TestCaseData("- just\n- a list\n", "it is not an OpenAPI 3.0 document (it has no 'openapi' version)", 1).SetArgDisplayNames("a list");
        yield return new TestCaseData("\u0000\u0001\u0002binary", "it is not valid YAML or JSON", 1).SetArgDisplayNames("binary");
        yield return new TestCaseData(
            "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\nx-deep:\n" + string.Concat(Enumerable.Range(1, 140).Select(i => new string(' ', i * 2) + "a:\n")) + "end\n",
            "it nests more than 128 levels deep",
            133).SetArgDisplayNames("nesting bomb");
    }

    [TestCaseSource(nameof(UnreadableBaselines))]
    public void UnreadableBaselineIsOneWarningOnTheBaselineAndTheSpecStillGenerates(string baseline, string reason, int line)
    {
        var report = SpecUpdate.Between(new SpecFile(BaselinePath, baseline, OptedIn: null), SpecFile.Inline(Widgets.Spec));

        var diagnostic = report.Single(DiagnosticDescriptors.BaselineUnreadable);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(diagnostic.GetMessage(), Does.StartWith("The baseline 'test.baseline.yaml' of 'test.yaml' cannot be read: " + reason));
            Assert.That(diagnostic.GetMessage(), Does.EndWith("; spec updates are not reported"));
            Assert.That(diagnostic.Location.GetMappedLineSpan().Path, Is.EqualTo(BaselinePath));
            Assert.That(UpdateReport.Line(diagnostic), Is.EqualTo(line));
            Assert.That(report.Run.GeneratorDiagnostics, Is.EquivalentTo(report.Diagnostics), "the baseline must not add diagnostics of its own reading");
            Assert.That(report.Run.HintNames, Is.EqualTo(GeneratorHarness.Run(SpecFile.Inline(Widgets.Spec)).HintNames));
        });
    }

    /// <summary>The spec asks for a baseline that never arrived: the file is missing, or the props that hand it over are not imported.</summary>
    [Test]
    public void BaselineAskedForButNotHandedOverIsOneWarningOnTheSpec()
    {
        var spec = SpecFile.Inline(Widgets.Spec) with { OtherMetadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("SharesGenBaseline", "spec/widgets.baseline.yaml") };

        var run = GeneratorHarness.Run(spec);

        var diagnostic = run.GeneratorDiagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Descriptor, Is.EqualTo(DiagnosticDescriptors.BaselineUnreadable));
            Assert.That(diagnostic.GetMessage(), Does.Contain("The baseline 'spec/widgets.baseline.yaml' of 'test.yaml' cannot be read: no AdditionalFile is its baseline"));
            Assert.That(diagnostic.GetMessage(), Does.Contain("import SharesGen's build/SharesGen.props"));
            Assert.That(diagnostic.Location.GetMappedLineSpan().Path, Is.EqualTo(spec.Path));
            Assert.That(run.HintNames, Is.Not.Empty);
        });
    }

    /// <summary>The marker alone is enough (a ProjectReference consumer may write the baseline item by hand).</summary>
    [Test]
    public void BaselineMarkedForTheSpecIsComparedEvenWithoutTheSpecOption()
    {
        var spec = SpecFile.Inline(Widgets.Spec.Replace("operationId: widgets-list", "operationId: widgets-list\n      deprecated: true"));
        var baseline = new SpecFile(BaselinePath, Widgets.Spec, OptedIn: null) { OtherMetadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("SharesGenBaselineOf", spec.Path) };

        var report = new UpdateReport(GeneratorHarness.Run(spec, baseline), spec.Text);

        report.Single(DiagnosticDescriptors.OperationDeprecated);
    }

    /// <summary>MSBuild on Windows may write the spec's path with other separators and case than the compiler.</summary>
    [Test]
    public void BaselineFindsItsSpecWhateverTheSeparatorsAndCase()
    {
        var spec = SpecFile.Inline(Widgets.Spec.Replace("operationId: widgets-list", "operationId: widgets-list\n      deprecated: true"));
        var (withOption, baseline) = SpecUpdate.Pair(new SpecFile(BaselinePath, Widgets.Spec), spec);
        var otherSpelling = baseline with { OtherMetadata = baseline.OtherMetadata.SetItem("SharesGenBaselineOf", spec.Path.Replace('/', '\\').ToUpperInvariant()) };

        var report = new UpdateReport(GeneratorHarness.Run(withOption, otherSpelling), spec.Text);

        report.Single(DiagnosticDescriptors.OperationDeprecated);
    }

    /// <summary>A spec that cannot be read says so itself (SHARESGEN001); there is nothing to compare, and no more to say.</summary>
    [Test]
    public void UnreadableSpecWithABaselineReportsOnlyItsOwnError()
    {
        var report = SpecUpdate.Between(Widgets.Spec, "openapi: 3.0.3\ninfo:\n  title: [T\n");

        Assert.Multiple(() =>
        {
            Assert.That(report.Diagnostics, Is.Empty, report.Text);
            Assert.That(report.Run.GeneratorDiagnostics.Select(d => d.Descriptor), Is.EqualTo(new[] { DiagnosticDescriptors.UnreadableSpec }));
        });
    }

    /// <summary>Two specs, two baselines: each update is reported on its own spec, from its own baseline.</summary>
    [Test]
    public void EachSpecIsComparedWithItsOwnBaseline()
    {
        var first = SpecUpdate.Pair(new SpecFile(SpecFile.InMemoryPath("a.baseline.yaml"), Widgets.Spec), SpecFile.Inline(Widgets.Spec.Replace("operationId: widgets-list", "operationId: widgets-list\n      deprecated: true"), "a.yaml") with { Namespace = "Tests.A" });
        var second = SpecUpdate.Pair(new SpecFile(SpecFile.InMemoryPath("b.baseline.yaml"), Widgets.Spec), SpecFile.Inline(Widgets.Spec.Replace("https://api.example.com/v1", "https://api.example.com/v2"), "b.yaml") with { Namespace = "Tests.B" });

        var run = GeneratorHarness.Run(first.Spec, first.Baseline, second.Spec, second.Baseline);

        var updates = run.GeneratorDiagnostics.Select(d => Path.GetFileName(d.Location.GetMappedLineSpan().Path) + " " + d.Id);
        Assert.That(updates, Is.EquivalentTo(new[] { "a.yaml " + DiagnosticDescriptors.OperationDeprecated.Id, "b.yaml " + DiagnosticDescriptors.ServerChanged.Id }));
    }

    /// <summary>A baseline is read, never generated from, and the spec's code is the same with or without one.</summary>
    [Test]
    public void BaselineChangesNoGeneratedCode()
    {
        var withBaseline = SpecUpdate.Between(Widgets.Spec, Widgets.Spec.Replace("https://api.example.com/v1", "https://api.example.com/v2"));
        var without = GeneratorHarness.Run(SpecFile.Inline(Widgets.Spec.Replace("https://api.example.com/v1", "https://api.example.com/v2")));

        Assert.That(
            withBaseline.Run.Sources.Select(s => s.HintName + "\n" + s.SourceText),
            Is.EqualTo(without.Sources.Select(s => s.HintName + "\n" + s.SourceText)));
        GeneratorAssertions.CompilesCleanly(withBaseline.Run);
    }

    public static IEnumerable<TestCaseData> KnownSpecs()
    {
        yield return new TestCaseData(RepositoryPaths.SharesSpec).SetArgDisplayNames("spec/shares.yaml, the official fragment");
        yield return new TestCaseData(RepositoryPaths.SeedRevisionSpec).SetArgDisplayNames("the seed revision");
        yield return new TestCaseData(UpdateSpecs.OwnRevision).SetArgDisplayNames("our own revision");
        yield return new TestCaseData(Path.Combine(RepositoryPaths.TestProject, "Specs", "hostile.yaml")).SetArgDisplayNames("the hostile spec");
        yield return new TestCaseData(Widgets.Spec).SetArgDisplayNames("widgets");
    }

    [TestCaseSource(nameof(KnownSpecs))]
    public void SpecComparedWithItselfReportsNothing(string pathOrText)
    {
        var text = File.Exists(pathOrText) ? File.ReadAllText(pathOrText) : pathOrText;

        var report = SpecUpdate.Between(new SpecFile(BaselinePath, text), SpecFile.Inline(text));

        // The hostile spec has errors of its own by design; only the update must be silent.
        Assert.That(report.Text, Is.Empty);
    }
}

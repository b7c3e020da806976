using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// The pipeline must do no work that an edit does not call for: in an IDE the generator reruns on every
/// keystroke. After the approach of System.Text.Json's JsonSourceGeneratorIncrementalTests and the
/// NetEscapades.EnumGenerators helpers: run a driver, edit, rerun, and read each tracked step's run reasons.
/// </summary>
public class IncrementalCachingTests
{
    private static readonly string s_inlinePath = SpecFile.InMemoryPath("test.yaml");

    /// <summary>
    /// The shares spec, plus a small one with a warning so the Diagnostics step has outputs too, and a baseline of the
    /// small one so the spec-update steps have outputs.
    /// </summary>
    internal static GeneratorSession NewSession()
    {
        var (spec, baseline) = UpdateReports.SpecUpdate.Pair(
            new SpecFile(SpecFile.InMemoryPath(UpdateReports.SpecUpdate.BaselineFileName), TestSpecs.WithAnyOfWarning.Replace("enum: [red, green]", "enum: [red, green, blue]")),
            SpecFile.Inline(TestSpecs.WithAnyOfWarning));
        return new(SpecFile.Shares(), spec, baseline);
    }

    [Test]
    public void EveryTrackingNameIsAStepThatRuns()
    {
        var run = NewSession().Run();

        // A step renamed in the generator but not in TrackingNames (or never tracked) would make every caching
        // assertion below vacuous.
        Assert.That(run.Result.TrackedSteps.Keys, Is.SupersetOf(IncrementalSteps.AllTrackingNames));
    }

    [TestCase(CSharpEdit.AddTree)]
    [TestCase(CSharpEdit.EditTree)]
    [TestCase(CSharpEdit.RemoveTree)]
    public void UnrelatedCSharpEditReusesEveryStep(CSharpEdit edit)
    {
        var session = NewSession();
        session.EditCompilation(c => c.AddSyntaxTrees(Parse("namespace Consumer.App; internal static class Existing { }", "Existing.cs")));
        session.Run();

        session.EditCompilation(compilation => Apply(edit, compilation));
        var rerun = session.Run();

        // SharesGen reads only AdditionalFiles and their options: C# edits must not reach any of its steps.
        var redone = IncrementalSteps.TrackedOutputs(rerun).Concat(IncrementalSteps.SourceOutputsFedBy(rerun, TrackingNames.Units))
            .Where(o => !o.IsReused)
            .ToList();
        Assert.That(redone, Is.Empty, IncrementalSteps.Describe(redone));
    }

    [Test]
    public void YamlCommentEditDoesNotReEmitAnySource()
    {
        var session = NewSession();
        var lineBefore = WarningLine(session.Run());

        // A comment on top moves every line of the spec, and with it every diagnostic's location.
        session.EditSpec(RepositoryPaths.SharesSpec, text => "# Reviewed by the API team.\n" + text);
        session.EditSpec(s_inlinePath, text => "# Reviewed by the API team.\n" + text);
        var rerun = session.Run();

        Assert.Multiple(() =>
        {
            var model = IncrementalSteps.Outputs(rerun, TrackingNames.Model);
            Assert.That(model.Where(o => !o.IsReused), Is.Empty, "the model changed: " + IncrementalSteps.Describe(model));

            var units = IncrementalSteps.Outputs(rerun, TrackingNames.Units);
            Assert.That(units, Is.Not.Empty);
            Assert.That(units.Where(o => !o.IsReused), Is.Empty, "units were recomputed: " + IncrementalSteps.Describe(units));

            var emitted = IncrementalSteps.SourceOutputsFedBy(rerun, TrackingNames.Units);
            Assert.That(emitted.Where(o => !o.IsReused), Is.Empty, "sources were re-emitted: " + IncrementalSteps.Describe(emitted));

            // Diagnostics travel apart from the model precisely so that this is the only thing that moves.
            Assert.That(WarningLine(rerun), Is.EqualTo(lineBefore + 1), "the warning should follow its line down by one");
        });
    }

    private static int WarningLine(GeneratorRun run) => run.Reported(DiagnosticDescriptors.UnsupportedConstruct).Single().Location.GetMappedLineSpan().StartLinePosition.Line;

    /// <summary>An edit to one description re-emits only the file(s) that show that description.</summary>
    [TestCase(
        "description: Whether the error is terminal or will be continually retried.",
        "description: Whether the error is terminal; a terminal error is not retried.",
        new[] { "Contoso.Cloudflare.ShareRecipientResource.g.cs" },
        TestName = "{m}(schema property description)")]
    [TestCase(
        "summary: Delete a share\n",
        "summary: Delete a share (asynchronously)\n",
        // One file per sub-client: the other sub-clients and the root client stay cached.
        new[] { "Contoso.Cloudflare.SharesOperations.g.cs" },
        TestName = "{m}(operation summary)")]
    [TestCase(
        "The current state of the recipient relative to the share. The\n",
        "Where the recipient is in its association lifecycle. The\n",
        // The enum's description is also the doc comment of the property that uses it.
        new[] { "Contoso.Cloudflare.RecipientAssociationStatus.g.cs", "Contoso.Cloudflare.ShareRecipient.g.cs" },
        TestName = "{m}(enum description)")]
    public void DescriptionEditReEmitsOnlyTheAffectedUnits(string before, string after, string[] affectedHintNames)
    {
        var session = NewSession();
        session.Run();

        session.EditSpec(RepositoryPaths.SharesSpec, text => text.Replace(before, after));
        var rerun = session.Run();

        var units = IncrementalSteps.Outputs(rerun, TrackingNames.Units);
        var modified = units.Where(o => !o.IsReused).Select(o => ((Emitting.EmitUnit)o.Value).HintName).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(modified, Is.EquivalentTo(affectedHintNames), IncrementalSteps.Describe(units));
            Assert.That(
                IncrementalSteps.SourceOutputsFedBy(rerun, TrackingNames.Units).Count(o => !o.IsReused),
                Is.EqualTo(affectedHintNames.Length),
                "sources re-emitted");
            Assert.That(rerun.Sources.Single(s => s.HintName == affectedHintNames[0]).SourceText.ToString(), Does.Contain((after.Contains(": ") ? after.Split(": ", 2)[1] : after).Trim()));
        });
    }

    /// <summary>
    /// The check that two specs do not generate the same file sees each spec's file names only: an edit that keeps them
    /// (a summary) reruns none of it, and reaches the emitters of the edited unit alone.
    /// </summary>
    [Test]
    public void DescriptionEditLeavesTheCrossSpecCollisionCheckCached()
    {
        var session = NewSession();
        session.Run();

        session.EditSpec(RepositoryPaths.SharesSpec, text => text.Replace("summary: Delete a share\n", "summary: Delete a share (asynchronously)\n"));
        var rerun = session.Run();

        var collisionSteps = IncrementalSteps.Outputs(rerun, TrackingNames.Outputs, TrackingNames.Collisions);
        Assert.That(collisionSteps.Select(o => o.Step).Distinct(), Is.EquivalentTo(new[] { TrackingNames.Outputs, TrackingNames.Collisions }));
        Assert.That(collisionSteps.Where(o => !o.IsReused), Is.Empty, IncrementalSteps.Describe(collisionSteps));
    }

    /// <summary>
    /// Models hold plain values only. A symbol, syntax node, location or compilation in a cached value would keep a
    /// whole compilation alive and compare by reference, so no edit would ever be "unchanged".
    /// </summary>
    [Test]
    public void PipelineValuesHoldNoRoslynTypes()
    {
        var run = NewSession().Run();

        var outputs = IncrementalSteps.TrackedOutputs(run);
        Assert.That(outputs.Select(o => o.Step).Distinct(), Is.EquivalentTo(IncrementalSteps.AllTrackingNames), "every step should have been walked");
        var forbidden = outputs.SelectMany(o => RoslynTypeWalker.FindForbidden(o.Value, o.Step + "(" + o.Value.GetType().Name + ")")).Distinct().ToList();
        Assert.That(forbidden, Is.Empty);
    }

    /// <summary>The walker itself must find what it looks for, or the test above proves nothing.</summary>
    [Test]
    public void RoslynTypeWalkerFindsASyntaxTreeDeepInAModel()
    {
        var tree = Parse("class C { }", "C.cs");
        var model = new Holder("outer", new List<object> { 1, new Holder("inner", new[] { tree.GetRoot().GetLocation() }) });

        var found = RoslynTypeWalker.FindForbidden(model, "model");

        Assert.That(found, Is.EquivalentTo(new[] { "model.Value[1].Value[0] is a SourceLocation" }));
    }

    public enum CSharpEdit
    {
        AddTree,
        EditTree,
        RemoveTree,
    }

    private static Compilation Apply(CSharpEdit edit, Compilation compilation)
    {
        var existing = compilation.SyntaxTrees.Single(t => t.FilePath == "Existing.cs");
        return edit switch
        {
            CSharpEdit.AddTree => compilation.AddSyntaxTrees(Parse("namespace Consumer.App; internal static class Added { }", "Added.cs")),
            CSharpEdit.EditTree => compilation.ReplaceSyntaxTree(existing, Parse("namespace Consumer.App; internal static class Existing { private const int Edited = 1; }", "Existing.cs")),
            _ => compilation.RemoveSyntaxTrees(existing),
        };
    }

    private static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path);

    private sealed record Holder(string Name, object Value);
}

using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// The spec-update branch only ever reports: editing a baseline must re-emit no code and re-read nothing of the spec,
/// and editing a spec must not re-read its baseline. (<see cref="IncrementalCachingTests"/> covers unrelated edits and
/// walks these steps' values for Roslyn and OpenAPI.NET objects.)
/// </summary>
public class SpecUpdateCachingTests
{
    private static readonly string s_baselinePath = SpecFile.InMemoryPath(SpecUpdate.BaselineFileName);

    [Test]
    public void BaselineEditReEmitsNoCodeAndRereadsNoSpec()
    {
        var session = IncrementalCachingTests.NewSession();
        var first = session.Run();

        // The baseline loses the value the spec dropped, so the update no longer reports a removal.
        session.EditSpec(s_baselinePath, text => text.Replace("enum: [red, green, blue]", "enum: [red, green]"));
        var rerun = session.Run();

        Assert.Multiple(() =>
        {
            foreach (var step in new[] { TrackingNames.SpecInput, TrackingNames.SpecResult, TrackingNames.Model, TrackingNames.Units, TrackingNames.Diagnostics, TrackingNames.ComparedSpec })
            {
                // Cached, not merely Unchanged: the spec must not even be read again to find it equal.
                var outputs = IncrementalSteps.Outputs(rerun, step);
                Assert.That(outputs, Is.Not.Empty, step + " should have outputs");
                Assert.That(outputs.Where(o => o.Reason != Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached), Is.Empty, step + " was recomputed: " + IncrementalSteps.Describe(outputs));
            }

            var emitted = IncrementalSteps.SourceOutputsFedBy(rerun, TrackingNames.Units);
            Assert.That(emitted, Is.Not.Empty);
            Assert.That(emitted.Where(o => !o.IsReused), Is.Empty, "sources were re-emitted: " + IncrementalSteps.Describe(emitted));

            Assert.That(IncrementalSteps.Outputs(rerun, TrackingNames.BaselineSurface).Where(o => !o.IsReused), Is.Not.Empty, "the edited baseline must be read again");
            Assert.That(IncrementalSteps.Outputs(rerun, TrackingNames.SpecUpdates).Where(o => !o.IsReused), Is.Not.Empty, "the update must be compared again");
            Assert.That(first.GeneratorDiagnostics.Select(d => d.Descriptor), Does.Contain(DiagnosticDescriptors.ResponseEnumValueRemoved));
            Assert.That(rerun.GeneratorDiagnostics.Select(d => d.Descriptor), Does.Not.Contain(DiagnosticDescriptors.ResponseEnumValueRemoved));
        });
    }

    [Test]
    public void SpecEditDoesNotRereadItsBaseline()
    {
        var session = IncrementalCachingTests.NewSession();
        session.Run();

        session.EditSpec(SpecFile.InMemoryPath("test.yaml"), text => "# Reviewed.\n" + text);
        var rerun = session.Run();

        var baselines = IncrementalSteps.Outputs(rerun, TrackingNames.BaselineSurface);
        Assert.That(baselines, Is.Not.Empty);
        Assert.That(baselines.Where(o => o.Reason != Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached), Is.Empty, IncrementalSteps.Describe(baselines));
    }

    /// <summary>A spec without a baseline is not read a second time for comparison.</summary>
    [Test]
    public void SpecWithoutABaselineIsNotReadForComparison()
    {
        var run = IncrementalCachingTests.NewSession().Run();

        var compared = IncrementalSteps.Outputs(run, TrackingNames.ComparedSpec).Select(o => ((Changes.ComparedSpec)o.Value).Path).ToList();
        Assert.That(compared, Is.EqualTo(new[] { SpecFile.InMemoryPath("test.yaml") }));
    }
}

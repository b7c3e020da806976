using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Selection;

/// <summary>The selection is an option of the spec like any other: value-equal, so an edit it does not select reruns nothing downstream.</summary>
public class SelectionCachingTests
{
    [Test]
    public void Editing_an_operation_the_selection_leaves_out_re_emits_nothing()
    {
        var spec = OperationSelectionTests.Spec(SelectionSpecs.TwoProducts, "test.yaml", include: "tag:Widgets");
        var session = new GeneratorSession(spec);
        session.Run();

        session.EditSpec(spec.Path, text => text.Replace("description: The gadget.", "description: The gadget, as stored."));
        var rerun = session.Run();

        Assert.Multiple(() =>
        {
            var model = IncrementalSteps.Outputs(rerun, TrackingNames.Model);
            Assert.That(model, Is.Not.Empty);
            Assert.That(model.Where(o => !o.IsReused), Is.Empty, IncrementalSteps.Describe(model));
            var emitted = IncrementalSteps.SourceOutputsFedBy(rerun, TrackingNames.Units);
            Assert.That(emitted.Where(o => !o.IsReused), Is.Empty, IncrementalSteps.Describe(emitted));
        });
    }

    [Test]
    public void Editing_an_operation_the_selection_keeps_re_emits_its_file()
    {
        var spec = OperationSelectionTests.Spec(SelectionSpecs.TwoProducts, "test.yaml", include: "tag:Widgets");
        var session = new GeneratorSession(spec);
        session.Run();

        session.EditSpec(spec.Path, text => text.Replace("description: The widgets.", "description: Every widget."));
        var rerun = session.Run();

        var model = IncrementalSteps.Outputs(rerun, TrackingNames.Model);
        Assert.That(model.Where(o => !o.IsReused), Is.Not.Empty, "the selected part changed, so the model must too");
    }
}

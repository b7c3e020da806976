using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Selection;

/// <summary>
/// <c>SharesGenInclude</c>/<c>SharesGenExclude</c> choose operations by tag, path prefix or operationId; only those and
/// the schemas they reach are generated, named as if the selection were a spec of its own.
/// </summary>
public class OperationSelectionTests
{
    [Test]
    public void A_tag_selects_its_operations_and_the_types_they_reach()
    {
        var run = Run(include: "tag:Widgets");

        Assert.Multiple(() =>
        {
            Assert.That(OperationIds(run), Is.EqualTo(new[] { "widgets-list", "widgets-create" }));
            Assert.That(run.ModelTypeNames, Is.EqualTo(new[] { "Color", "CreateRequest", "Widget" }), "the prefix both reached components share is dropped");
        });
    }

    [Test]
    public void A_tag_is_matched_ignoring_case_and_surrounding_space()
        => Assert.That(OperationIds(Run(include: "  tag: gadgets ")), Is.EqualTo(new[] { "gadget-get", "archive-list" }));

    [Test]
    public void A_path_prefix_selects_whole_segments_and_any_template_parameter_name()
    {
        // {id} stands for {account_identifier}; /gadgets does not select /gadgets_archive.
        var run = Run(include: "path:/accounts/{id}/gadgets");

        Assert.Multiple(() =>
        {
            Assert.That(OperationIds(run), Is.EqualTo(new[] { "gadget-get" }));
            // One component shares a prefix with nothing: it keeps its whole name, as in a spec of its own.
            Assert.That(run.ModelTypeNames, Is.EqualTo(new[] { "GadgetsGadget" }));
        });
    }

    [Test]
    public void A_template_parameter_in_a_path_prefix_does_not_match_a_literal_segment()
    {
        var run = Run(include: "path:/{scope}/{id}/widgets");

        Assert.Multiple(() =>
        {
            Assert.That(OperationIds(run), Is.Empty);
            Assert.That(run.Reported(DiagnosticDescriptors.InvalidSelector).Select(d => d.GetMessage()), Is.EqualTo(new[] { "The SharesGenInclude entry 'path:/{scope}/{id}/widgets' matches no operation of the spec" }));
        });
    }

    [Test]
    public void An_operation_id_selects_exactly_that_operation()
    {
        var run = Run(include: "operationId:widgets-create");

        Assert.Multiple(() =>
        {
            Assert.That(OperationIds(run), Is.EqualTo(new[] { "widgets-create" }));
            Assert.That(run.ModelTypeNames, Is.EqualTo(new[] { "Color", "CreateRequest", "Widget" }));
        });
    }

    [Test]
    public void Several_entries_select_the_union_of_what_each_selects()
        => Assert.That(OperationIds(Run(include: "operationId:gadget-get;\ntag:Widgets")), Is.EqualTo(new[] { "widgets-list", "widgets-create", "gadget-get" }));

    [Test]
    public void An_exclusion_removes_operations_and_the_types_only_they_reach()
    {
        var run = Run(include: "tag:Widgets", exclude: "operationId:widgets-create");

        Assert.Multiple(() =>
        {
            Assert.That(OperationIds(run), Is.EqualTo(new[] { "widgets-list" }));
            Assert.That(run.ModelTypeNames, Is.EqualTo(new[] { "Color", "Widget" }));
            GeneratorAssertions.ReportedNothing(run);
        });
    }

    [Test]
    public void An_exclusion_alone_keeps_everything_else()
        => Assert.That(OperationIds(Run(exclude: "tag:Gadgets")), Is.EqualTo(new[] { "widgets-list", "widgets-create" }));

    [Test]
    public void Without_a_selection_every_operation_and_component_prefix_stays()
    {
        var run = Run();

        Assert.Multiple(() =>
        {
            Assert.That(OperationIds(run), Has.Length.EqualTo(4));
            Assert.That(run.ModelTypeNames, Does.Contain("WidgetsWidget").And.Contain("GadgetsGadget"), "two products share no prefix");
        });
    }

    [Test]
    public void An_entry_that_is_not_a_selector_is_reported_and_selects_nothing()
    {
        var run = Run(include: "Widgets;tag:");

        Assert.Multiple(() =>
        {
            Assert.That(run.Reported(DiagnosticDescriptors.InvalidSelector).Select(d => d.GetMessage()), Is.EqualTo(new[]
            {
                "The SharesGenInclude entry 'Widgets' is not 'tag:NAME', 'path:PREFIX' or 'operationId:ID'; it is ignored",
                "The SharesGenInclude entry 'tag:' is not 'tag:NAME', 'path:PREFIX' or 'operationId:ID'; it is ignored",
            }));
            Assert.That(OperationIds(run), Is.Empty, "an include with no valid entry selects nothing, not everything");
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [Test]
    public void Entries_that_match_nothing_are_reported_once_each()
    {
        var run = Run(include: "tag:Widgets;tag:Widgetz", exclude: "operationId:gadget-get;operationId:widgets-list");

        Assert.Multiple(() =>
        {
            Assert.That(run.Reported(DiagnosticDescriptors.InvalidSelector).Select(d => d.GetMessage()), Is.EqualTo(new[]
            {
                "The SharesGenInclude entry 'tag:Widgetz' matches no operation of the spec",
                "The SharesGenExclude entry 'operationId:gadget-get' matches no included operation; it removes nothing",
            }));
            Assert.That(OperationIds(run), Is.EqualTo(new[] { "widgets-create" }));
        });
    }

    [Test]
    public void A_json_spec_is_cut_the_same_way()
    {
        var yaml = Run(include: "tag:Widgets");
        var json = GeneratorHarness.Run(Spec(SpecText.ToJson(SelectionSpecs.TwoProducts), "test.json", include: "tag:Widgets"));

        Assert.That(Sources(json), Is.EqualTo(Sources(yaml)));
    }

    [Test]
    public void A_spec_the_text_cut_cannot_handle_is_selected_from_the_document_with_the_same_result()
    {
        // An anchor and its alias: cutting text could separate them, so the spec is read whole and cut afterwards.
        var anchored = SelectionSpecs.TwoProducts + "\nx-shared: &shared {note: kept}\nx-again: *shared\n";
        var cut = Run(include: "tag:Widgets");
        var whole = GeneratorHarness.Run(Spec(anchored, "test.yaml", include: "tag:Widgets"));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(whole);
            Assert.That(Sources(whole), Is.EqualTo(Sources(cut)));
        });
    }

    [TestCase("test.yaml", TestName = "A component that only names another is kept when a selected operation names it")]
    [TestCase("test.json", TestName = "A component that only names another is kept when a selected operation names it, in JSON")]
    public void A_selection_generates_what_the_selected_part_alone_generates_when_components_name_others(string fileName)
    {
        // OpenAPI.NET reads `widgets_page: {$ref: widgets_widget}` as the very object of widgets_widget, so a reference
        // to widgets_page reads as one to widgets_widget: the alias, reached only by name, must still be kept (it is a
        // component of the contract), and the alias no selected operation names must still go.
        var aliased = SelectionSpecs.Aliases(gadgetPath: true, gadgetAlias: true);
        var selectedPart = SelectionSpecs.Aliases(gadgetPath: false, gadgetAlias: false);
        var json = fileName.EndsWith(".json", System.StringComparison.Ordinal);
        var selected = GeneratorHarness.Run(Spec(json ? SpecText.ToJson(aliased) : aliased, fileName, include: "tag:Widgets"));
        var alone = GeneratorHarness.Run(Spec(json ? SpecText.ToJson(selectedPart) : selectedPart, fileName));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(selected);
            GeneratorAssertions.ReportedNothing(alone);
            Assert.That(Sources(selected), Is.EqualTo(Sources(alone)));
        });
    }

    [Test]
    public void A_spec_the_text_cut_cannot_handle_keeps_a_component_that_only_names_another_too()
    {
        // Read whole, the document cannot tell whether gadgets_widget, which names widgets_widget, is named by a
        // selected operation: it is kept with the component it names (README, Choosing what to generate).
        var anchored = SelectionSpecs.Aliases(gadgetPath: true, gadgetAlias: true) + "\nx-shared: &shared {note: kept}\nx-again: *shared\n";
        var alone = SelectionSpecs.Aliases(gadgetPath: false, gadgetAlias: true) + "\nx-shared: {note: kept}\nx-again: {note: kept}\n";
        var selected = GeneratorHarness.Run(Spec(anchored, "test.yaml", include: "tag:Widgets"));

        Assert.That(Sources(selected), Is.EqualTo(Sources(GeneratorHarness.Run(Spec(alone, "test.yaml")))));
    }

    [Test]
    public void The_reader_reports_nothing_about_operations_the_selection_leaves_out()
    {
        var broken = SelectionSpecs.TwoProducts.Replace("$ref: '#/components/schemas/gadgets_archive'", "$ref: '#/components/schemas/missing'");
        var run = GeneratorHarness.Run(Spec(broken, "test.yaml", include: "tag:Widgets"));

        GeneratorAssertions.ReportedNothing(run);
    }

    private static GeneratorRun Run(string? include = null, string? exclude = null)
        => GeneratorHarness.Run(Spec(SelectionSpecs.TwoProducts, "test.yaml", include, exclude));

    internal static SpecFile Spec(string text, string fileName, string? include = null, string? exclude = null)
    {
        var spec = SpecFile.Inline(text, fileName);
        if (include is not null)
        {
            spec = spec with { OtherMetadata = spec.OtherMetadata.Add("SharesGenInclude", include) };
        }

        if (exclude is not null)
        {
            spec = spec with { OtherMetadata = spec.OtherMetadata.Add("SharesGenExclude", exclude) };
        }

        return spec;
    }

    private static string[] OperationIds(GeneratorRun run) => run.Model.Operations.Select(o => o.OperationId).ToArray();

    private static string[] Sources(GeneratorRun run) => run.Sources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();
}

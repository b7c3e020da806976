using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Readers;
using NUnit.Framework;
using SharesGen.Generator.Options;
using SharesGen.Generator.Reading.Selection;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Selection;

/// <summary>
/// The cut that keeps a selection cheap: the reader is handed only the selected operations and what they reach, copied
/// from the spec's own text, so on the whole API it parses a fragment instead of 4.2 MB.
/// </summary>
public class SelectedTextTests
{
    [Test]
    public void The_cut_keeps_the_selected_operations_and_the_components_they_reach_and_nothing_else()
    {
        var cut = Cut(SelectionSpecs.TwoProducts, "tag:Widgets");

        Assert.Multiple(() =>
        {
            var document = Read(cut);
            Assert.That(document.Paths.Keys, Is.EqualTo(new[] { "/accounts/{account_id}/widgets" }));
            Assert.That(document.Components.Schemas.Keys, Is.EquivalentTo(new[] { "widgets_widget", "widgets_color", "widgets_create_request" }));
            Assert.That(cut, Does.Not.Contain("gadget"));
        });
    }

    [Test]
    public void An_operation_left_out_of_a_path_item_leaves_its_siblings_and_the_path_parameters_whole()
    {
        var cut = Cut(SelectionSpecs.TwoProducts, "operationId:widgets-list");
        var item = Read(cut).Paths["/accounts/{account_id}/widgets"];

        Assert.Multiple(() =>
        {
            Assert.That(item.Operations.Keys.Select(k => k.ToString()), Is.EqualTo(new[] { "Get" }));
            Assert.That(item.Parameters.Select(p => p.Name), Is.EqualTo(new[] { "account_id" }));
            Assert.That(cut, Does.Not.Contain("widgets_create_request"));
        });
    }

    [Test]
    public void A_json_spec_is_cut_to_json_that_reads_as_the_yaml_cut_does()
    {
        var yaml = Read(Cut(SelectionSpecs.TwoProducts, "tag:Gadgets;operationId:widgets-create"));
        var json = Read(Cut(SpecText.ToJson(SelectionSpecs.TwoProducts), "tag:Gadgets;operationId:widgets-create"));

        Assert.Multiple(() =>
        {
            Assert.That(json.Paths.Keys, Is.EqualTo(yaml.Paths.Keys));
            Assert.That(json.Components.Schemas.Keys, Is.EqualTo(yaml.Components.Schemas.Keys));
            Assert.That(json.Paths.Values.SelectMany(p => p.Operations.Values).Select(o => o.OperationId), Is.EqualTo(new[] { "widgets-create", "gadget-get", "archive-list" }));
        });
    }

    [Test]
    public void Resource_sharing_cut_from_the_whole_api_is_the_fragment_again()
    {
        var fragment = Read(System.IO.File.ReadAllText(RepositoryPaths.SharesSpec));
        var cut = Cut(SplicedWholeApi.Text, "tag:Resource Sharing");
        var document = Read(cut);

        Assert.Multiple(() =>
        {
            Assert.That(document.Paths.Keys, Is.EqualTo(fragment.Paths.Keys));
            Assert.That(document.Components.Schemas.Keys, Is.EquivalentTo(fragment.Components.Schemas.Keys));
            Assert.That(document.Components.Parameters.Keys, Is.EquivalentTo(fragment.Components.Parameters.Keys));
            Assert.That(document.Components.SecuritySchemes.Keys, Is.EquivalentTo(fragment.Components.SecuritySchemes.Keys));
            Assert.That(cut.Length, Is.LessThan(100_000), "the cut holds the fragment's 65 KB of the 4.2 MB, not the rest");
        });
    }

    [TestCase("x-a: &a 1\nx-b: *a\n", TestName = "An alias is not cut: its anchor could be cut away")]
    [TestCase("paths:\n  /x:\n    $ref: '#/components/pathItems/x'\n", TestName = "A path item by reference is not cut")]
    [TestCase("openapi: 3.0.3\nopenapi: 3.0.3\n", TestName = "A duplicate key is left to the reader to report")]
    [TestCase("a: [\n", TestName = "A syntax error is left to the reader to report")]
    public void What_cannot_be_cut_safely_is_read_whole(string text)
        => Assert.That(SelectedText.Cut(text, OperationSelection.Parse("tag:x", null), new HashSet<Selector>()), Is.Null);

    private static string Cut(string text, string include)
        => SelectedText.Cut(text, OperationSelection.Parse(include, null), new HashSet<Selector>())
           ?? throw new AssertionException("the spec was not cut");

    private static Microsoft.OpenApi.Models.OpenApiDocument Read(string text)
    {
        var document = new OpenApiStringReader().Read(text, out var diagnostic);
        Assert.That(diagnostic.Errors.Select(e => e.Pointer + ": " + e.Message), Is.Empty, "the cut text reads without errors");
        return document;
    }
}

using System.IO;
using System.Linq;
using Microsoft.OpenApi.Readers;
using NUnit.Framework;
using SharesGen.Generator.Options;
using SharesGen.Generator.Reading;
using SharesGen.Generator.Reading.Selection;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Selection;

/// <summary>
/// Cloudflare's whole API dropped in unchanged, Resource Sharing selected by its tag: the result is the fragment's,
/// byte for byte. Operation naming, the component prefix and the contract all see only the selected part.
/// </summary>
public class WholeApiSelectionTests
{
    private const string Namespace = "Cloudflare.Sharing";
    private const string ClientName = "SharesClient";

    [Test]
    public void Resource_sharing_selected_from_the_whole_api_generates_exactly_what_the_fragment_generates()
    {
        var fragment = GeneratorHarness.Run(SpecFile.FromDisk(RepositoryPaths.SharesSpec) with { Namespace = Namespace, ClientName = ClientName });
        var selected = GeneratorHarness.Run(WholeApi(SplicedWholeApi.Text));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(selected);
            Assert.That(selected.HintNames, Is.EqualTo(fragment.HintNames));
            foreach (var source in fragment.Sources)
            {
                Assert.That(selected.Source(source.HintName), Is.EqualTo(source.SourceText.ToString()), source.HintName);
            }
        });
    }

    [Test]
    public void Selected_from_the_document_when_the_text_cannot_be_cut_the_result_is_the_same()
    {
        // An alias makes the text cut step aside; the document is then read whole and cut after reading.
        var fragment = GeneratorHarness.Run(SpecFile.FromDisk(RepositoryPaths.SharesSpec) with { Namespace = Namespace, ClientName = ClientName });
        var selected = GeneratorHarness.Run(WholeApi(SplicedWholeApi.Text + "x-anchor: &anchor 1\nx-alias: *anchor\n"));

        Assert.Multiple(() =>
        {
            Assert.That(selected.HintNames, Is.EqualTo(fragment.HintNames));
            Assert.That(selected.Sources.Select(s => s.SourceText.ToString()), Is.EqualTo(fragment.Sources.Select(s => s.SourceText.ToString())));
        });
    }

    [Test]
    public void Every_operation_selected_from_the_whole_api_keeps_the_components_they_reach_and_only_those()
    {
        // 2,601 of the file's 3,164 components are reached from its operations (and its root `security`), counted by a
        // walk of its $refs, discriminator mappings and security requirements independent of SharesGen's. Three are
        // reached only by name through components that name another (`api-response-single-GpN0o6Bl: {$ref: ...}`),
        // which the reader makes one object with the one they name; three such components no operation names.
        var input = new SpecInput("openapi.yaml", File.ReadAllText(RepositoryPaths.CloudflareWholeApi), null, null, null, Exclude: "operationId:no-such-operation");
        var selection = SpecSelection.Begin(input);
        var document = new OpenApiStringReader().Read(selection.Text, out _);
        selection.Apply(document, new ReadContext(input.Path, selection.Text));
        var components = document.Components;
        var kept = new[] { components.Schemas.Count, components.Responses.Count, components.Parameters.Count, components.Examples.Count, components.RequestBodies.Count, components.Headers.Count, components.SecuritySchemes.Count, components.Links.Count, components.Callbacks.Count }.Sum();

        Assert.Multiple(() =>
        {
            Assert.That(selection.Text, Is.Not.SameAs(input.Text), "the text was cut");
            Assert.That(components.Schemas.Keys, Is.SupersetOf(new[] { "api-response-single-GpN0o6Bl", "inherited_content_categories", "inherited_risk_types" }));
            Assert.That(components.Schemas.Keys, Has.None.AnyOf("account_identifier", "accountId", "zone_identifier-vZPCR2TV"));
            Assert.That(kept, Is.EqualTo(2_601));
        });
    }

    private static SpecFile WholeApi(string text)
        => new SpecFile(SpecFile.InMemoryPath("openapi.yaml"), text, Namespace: Namespace, ClientName: ClientName)
        {
            OtherMetadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("SharesGenInclude", "tag:Resource Sharing"),
        };
}

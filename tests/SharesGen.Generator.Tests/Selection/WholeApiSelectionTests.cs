using System;
using System.Collections.Generic;
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

    [Test]
    public void The_whole_api_read_whole_names_its_types_as_the_selection_of_every_operation_does()
    {
        // The 563 components no operation reaches generate no type, so they must not take part in naming either: they
        // once renamed 27 types (`ApiGatewayThresholds` for `Thresholds`) when the file was read whole. The contract and
        // its examples describe the spec, so they list those components when it is read whole and are left out here.
        var text = File.ReadAllText(RepositoryPaths.CloudflareWholeApi);
        var whole = GeneratorHarness.Run(new SpecFile(SpecFile.InMemoryPath("openapi.yaml"), text, Namespace: "Cloudflare", ClientName: "CloudflareClient"));
        var everyOperation = GeneratorHarness.Run(new SpecFile(SpecFile.InMemoryPath("openapi.yaml"), text, Namespace: "Cloudflare", ClientName: "CloudflareClient")
        {
            OtherMetadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("SharesGenExclude", "operationId:no-such-operation"),
        });

        static string[] TypesAndClient(GeneratorRun run)
            => run.Sources
                .Where(s => !s.HintName.EndsWith("Contract.g.cs", StringComparison.Ordinal) && !s.HintName.EndsWith("Examples.g.cs", StringComparison.Ordinal))
                .Select(s => s.HintName + "\n" + s.SourceText)
                .ToArray();

        var (wholeFiles, selectedFiles) = (TypesAndClient(whole), TypesAndClient(everyOperation));
        Assert.Multiple(() =>
        {
            Assert.That(wholeFiles, Has.Length.GreaterThan(3_000));
            Assert.That(wholeFiles.Except(selectedFiles, StringComparer.Ordinal).Select(f => f.Split('\n')[0]).Take(10), Is.Empty, "files generated differently when the file is read whole");
            Assert.That(wholeFiles, Is.EqualTo(selectedFiles));
        });
    }

    [Test]
    public void The_schemas_that_take_part_in_naming_are_exactly_those_the_selection_of_every_operation_keeps()
    {
        // Two walks that must agree: the selection's over every kind of component, and the naming's over schemas only.
        var text = File.ReadAllText(RepositoryPaths.CloudflareWholeApi);
        var input = new SpecInput("openapi.yaml", text, null, null, null, Exclude: "operationId:no-such-operation");
        var selection = SpecSelection.Begin(input);
        var selected = new OpenApiStringReader().Read(selection.Text, out _);
        ComponentAliases.Resolve(selected);
        selection.Apply(selected, new ReadContext(input.Path, selection.Text));

        var whole = new OpenApiStringReader().Read(text, out _);
        ComponentAliases.Resolve(whole);
        var reached = ReachedSchemas.Of(whole);
        var named = whole.Components.Schemas.Where(p => reached.Contains(p.Key, p.Value)).Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal);

        // A component that only names another counts when that one does (the reader makes them one object), as the
        // selection keeps it when it reads the document whole (docs/whole-api.md).
        var kept = new HashSet<string>(selected.Components.Schemas.Keys, StringComparer.Ordinal);
        var expected = whole.Components.Schemas
            .Where(p => kept.Contains(p.Key) || (p.Value?.Reference?.Id is { } target && kept.Contains(target)))
            .Select(p => p.Key)
            .OrderBy(k => k, StringComparer.Ordinal);

        Assert.That(named, Is.EqualTo(expected));
    }

    private static SpecFile WholeApi(string text)
        => new SpecFile(SpecFile.InMemoryPath("openapi.yaml"), text, Namespace: Namespace, ClientName: ClientName)
        {
            OtherMetadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("SharesGenInclude", "tag:Resource Sharing"),
        };
}

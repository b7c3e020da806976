using System.Linq;
using NUnit.Framework;
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

    private static SpecFile WholeApi(string text)
        => new SpecFile(SpecFile.InMemoryPath("openapi.yaml"), text, Namespace: Namespace, ClientName: ClientName)
        {
            OtherMetadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("SharesGenInclude", "tag:Resource Sharing"),
        };
}

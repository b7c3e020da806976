using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Every diagnostic a user can meet is one they can look up: its help link is its anchor in docs/diagnostics.md, that
/// page documents it, and the README's table lists it with its severity. (The build itself checks that each id is in
/// AnalyzerReleases.*.md: RS2000-RS2008 are on.)
/// </summary>
public class DiagnosticDocumentationTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> s_descriptors = DeclaredDescriptors.All;

    private static IEnumerable<TestCaseData> Descriptors() => s_descriptors.Select(d => new TestCaseData(d).SetArgDisplayNames(d.Id));

    /// <summary>Three digits: SHARESGEN001-099 for reading and generating, SHARESGEN100 and up for spec-update reports.</summary>
    [Test]
    public void Ids_are_unique_and_stable_in_form()
    {
        Assert.That(s_descriptors.Select(d => d.Id), Is.Unique);
        Assert.That(s_descriptors.Select(d => d.Id), Has.All.Matches<string>(id => Regex.IsMatch(id, "^SHARESGEN[0-9]{3}$")));
    }

    [TestCaseSource(nameof(Descriptors))]
    public void The_help_link_is_the_ids_anchor_in_the_diagnostics_page(DiagnosticDescriptor descriptor)
        => Assert.That(descriptor.HelpLinkUri, Is.EqualTo("https://github.com/sharesgen/sharesgen/blob/main/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant()));

    [TestCaseSource(nameof(Descriptors))]
    public void The_diagnostics_page_documents_it_under_its_id(DiagnosticDescriptor descriptor)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));

        Assert.That(page, Does.Contain($"\n## {descriptor.Id}\n"), "the heading gives the anchor the help link points at");
        Assert.That(page, Does.Contain($"| [{descriptor.Id}](#{descriptor.Id.ToLowerInvariant()}) | {Severity(descriptor)} | {descriptor.Title} |"));
    }

    [TestCaseSource(nameof(Descriptors))]
    public void The_readme_lists_it_with_its_severity_and_help_link(DiagnosticDescriptor descriptor)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.That(readme, Does.Contain($"| [{descriptor.Id}](docs/diagnostics.md#{descriptor.Id.ToLowerInvariant()}) | {Severity(descriptor)} |"));
    }

    [Test]
    public void The_diagnostics_page_documents_no_id_that_does_not_exist()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));

        var documented = Regex.Matches(page, @"^## (SHARESGEN\d+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.That(documented, Is.EqualTo(s_descriptors.Select(d => d.Id)), "one section per id, in id order");
    }

    private static string Severity(DiagnosticDescriptor descriptor) => descriptor.DefaultSeverity.ToString().ToLowerInvariant();
}

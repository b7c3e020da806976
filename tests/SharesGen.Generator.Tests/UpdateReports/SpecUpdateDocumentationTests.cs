using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// Ids are stable and documented: every spec-update descriptor, and nothing else, appears with its severity in the
/// README's table, the rule table of docs/spec-updates.md, the help page its link leads to, and the release file.
/// </summary>
public class SpecUpdateDocumentationTests
{
    private static readonly DiagnosticDescriptor[] s_all = DeclaredDescriptors.All
        .Where(d => Number(d.Id) is >= 100 and <= 199)
        .ToArray();

    [Test]
    public void EverySpecUpdateDescriptorIsListedOnceInItsRangeWithItsHelpLink()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DiagnosticDescriptors.SpecUpdates, Is.EquivalentTo(s_all), "DiagnosticDescriptors.SpecUpdates must list every SHARESGEN1xx descriptor");
            Assert.That(s_all.Select(d => d.Id), Is.Unique);
            foreach (var descriptor in s_all)
            {
                Assert.That(descriptor.HelpLinkUri, Is.EqualTo(DiagnosticDescriptors.HelpLinkBase + descriptor.Id.ToLowerInvariant()), descriptor.Id);
                Assert.That(descriptor.IsEnabledByDefault, Is.True, descriptor.Id);
            }
        });
    }

    [TestCase("README.md", @"^\| \[(SHARESGEN1\d\d)\]\(docs/diagnostics\.md#sharesgen1\d\d\) \| (error|warning|info) \|", TestName = "{m}(the README's diagnostics table)")]
    [TestCase("docs/spec-updates.md", @"^\| (SHARESGEN1\d\d) \| (error|warning|info) \|", TestName = "{m}(the rule table)")]
    [TestCase("docs/diagnostics.md", @"^## (SHARESGEN1\d\d)\n\n\*\*(Error|Warning|Info)\*\*", TestName = "{m}(the help page)")]
    [TestCase("generator/SharesGen.Generator/AnalyzerReleases.Unshipped.md", @"^(SHARESGEN1\d\d) \| SharesGen\.SpecUpdates \| (Error|Warning|Info) \|", TestName = "{m}(the release file)")]
    public void EveryDescriptorIsDocumentedWithItsSeverityAndNothingElse(string file, string row)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)).Replace("\r\n", "\n");

        var documented = Regex.Matches(text, row, RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value + " " + m.Groups[2].Value.ToLowerInvariant())
            .ToList();

        Assert.That(documented, Is.EquivalentTo(s_all.Select(d => d.Id + " " + d.DefaultSeverity.ToString().ToLowerInvariant())));
    }

    /// <summary>The README's worked example quotes the build output of the pinned seed-to-official update, line for line.</summary>
    [Test]
    public void ReadmeExampleQuotesThePinnedUpdate()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var pinned = File.ReadAllLines(Path.Combine(RepositoryPaths.Snapshots, "SpecUpdateSnapshotTests.SeedRevisionToOfficialFragment.verified.txt"))
            .Select(line => Regex.Match(line, @"^(SHARESGEN\d+) (\w+) [^(]+(\(\d+,\d+\)): (.*)$"))
            .Select(m => $"spec/shares.yaml{m.Groups[3].Value}: {m.Groups[2].Value.ToLowerInvariant()} {m.Groups[1].Value}: {m.Groups[4].Value}")
            .ToHashSet(StringComparer.Ordinal);

        var quoted = Regex.Matches(readme, @"^ *(spec/shares\.yaml\(\d+,\d+\): \w+ SHARESGEN\d+: .*)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.That(quoted, Has.Count.GreaterThan(5));
        Assert.That(quoted.Where(line => !pinned.Contains(line)), Is.Empty, "README lines that the pinned update does not print");
    }

    private static int Number(string id) => int.Parse(id.AsSpan("SHARESGEN".Length), System.Globalization.CultureInfo.InvariantCulture);
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;

namespace SharesGen.Packaging.Tests.Support;

/// <summary>
/// A project a stranger writes, in a folder of its own outside the repository: one of the templates beside the tests
/// (<c>Consumer/</c>, <c>KitConsumer/</c>) with versions filled in, a spec, and the README's nuget.config naming the
/// packed feed (no <c>&lt;clear/&gt;</c>: dependencies come from the machine's other sources). In a template,
/// <c>$(SharesGenVersion)</c> is the packed version and <c>$(PackageVersion:Id)</c> the version the repository's
/// Directory.Packages.props pins for package <c>Id</c>, so test frameworks are upgraded in one place.
/// </summary>
internal static partial class ConsumerProject
{
    /// <summary>Creates <paramref name="name"/> from the template folder; returns its directory.</summary>
    /// <param name="name">The consumer's folder, unique within the run.</param>
    /// <param name="template">The template folder beside the tests.</param>
    /// <param name="files">More files to write, by relative path (the spec, at least).</param>
    public static string Create(string name, string template, IReadOnlyDictionary<string, string> files)
    {
        var directory = Path.Combine(PackedFeed.WorkDirectory, name);
        Directory.CreateDirectory(directory);
        foreach (var source in Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, template)))
        {
            var target = Path.Combine(directory, Path.GetFileName(source).Replace(".template", string.Empty, System.StringComparison.Ordinal));
            File.WriteAllText(target, FillIn(File.ReadAllText(source)));
        }

        foreach (var (path, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, path), text);
        }

        File.WriteAllText(Path.Combine(directory, "nuget.config"), Readme.ReadmeFeed.NuGetConfig(Readme.ReadmeFeed.Current));
        return directory;
    }

    private static string FillIn(string text)
    {
        text = text.Replace("$(SharesGenVersion)", PackedFeed.Version, System.StringComparison.Ordinal);
        return PinnedVersionToken().Replace(text, match => PinnedVersion(match.Groups["id"].Value));
    }

    private static string PinnedVersion(string id)
    {
        var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").SingleOrDefault(p => (string?)p.Attribute("Include") == id)?.Attribute("Version")?.Value
            ?? throw new KeyNotFoundException($"Directory.Packages.props pins no version of {id}.");
    }

    [GeneratedRegex(@"\$\(PackageVersion:(?<id>[A-Za-z0-9._-]+)\)")]
    private static partial Regex PinnedVersionToken();
}

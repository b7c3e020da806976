using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml.Linq;
using NUnit.Framework;

namespace SharesGen.Packaging.Tests.Readme;

/// <summary>
/// What nuget.org and a debugger read from the packages the README's commands make: the nuspec's metadata, the
/// readme, and symbols whose SourceLink leads to this very commit in the canonical repository.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PackageMetadataTests
{
    private const string Repository = "https://github.com/sharesgen/sharesgen";

    /// <summary>SourceLink's custom debug information kind in a portable PDB.</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Test]
    public void The_README_commands_pack_both_packages_without_a_single_warning()
    {
        var packed = ReadmeFeed.Current;

        Assert.That(packed.Output, Does.Not.Contain("warning").IgnoreCase.And.Not.Contain("missing a readme"), packed.Output);
        Assert.That(packed.Version, Does.Match(@"^0\.1\.0-local\.\d{14}$"), "the README's version scheme");
        foreach (var id in new[] { "SharesGen", "SharesGen.Testing" })
        {
            Assert.That(File.Exists(packed.Package(id)), Is.True, id + ".nupkg");
            Assert.That(File.Exists(packed.Package(id, "snupkg")), Is.True, id + ".snupkg");
        }
    }

    [TestCase("SharesGen", "source-generator")]
    [TestCase("SharesGen.Testing", "contract-testing")]
    public void The_nuspec_names_the_repository_the_commit_a_readme_tags_and_the_licence(string id, string tag)
    {
        var packed = ReadmeFeed.Current;
        using var package = ZipFile.OpenRead(packed.Package(id));
        var metadata = Nuspec(package, id);
        XNamespace ns = metadata.Name.Namespace;

        Assert.That(metadata.Element(ns + "id")?.Value, Is.EqualTo(id));
        Assert.That(metadata.Element(ns + "version")?.Value, Is.EqualTo(packed.Version));
        Assert.That(metadata.Element(ns + "projectUrl")?.Value, Is.EqualTo(Repository));
        var repository = metadata.Element(ns + "repository");
        Assert.That(repository?.Attribute("type")?.Value, Is.EqualTo("git"));
        Assert.That(repository?.Attribute("url")?.Value, Is.EqualTo(Repository));
        Assert.That(repository?.Attribute("commit")?.Value, Is.EqualTo(HeadCommit()));
        Assert.That(metadata.Element(ns + "license")?.Value, Is.EqualTo("MIT"));
        Assert.That(metadata.Element(ns + "description")?.Value, Is.Not.Empty);
        Assert.That(metadata.Element(ns + "tags")?.Value.Split(' '), Does.Contain(tag).And.Contain("openapi"));

        var readme = metadata.Element(ns + "readme")?.Value;
        Assert.That(readme, Is.EqualTo("README.md"));
        using var text = new StreamReader(package.GetEntry(readme!)!.Open());
        Assert.That(text.ReadToEnd(), Does.StartWith("# " + id));
    }

    [TestCase("SharesGen", "SharesGen.Runtime", "net8.0", "netstandard2.0")]
    [TestCase("SharesGen.Testing", "SharesGen.Testing", "net8.0")]
    public void Every_library_has_symbols_whose_SourceLink_leads_to_this_commit(string id, string assembly, params string[] frameworks)
    {
        var packed = ReadmeFeed.Current;
        using var package = ZipFile.OpenRead(packed.Package(id));
        using var symbols = ZipFile.OpenRead(packed.Package(id, "snupkg"));
        var expected = $"https://raw.githubusercontent.com/sharesgen/sharesgen/{HeadCommit()}/*";

        Assert.That(package.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)).Select(e => e.FullName),
            Is.EquivalentTo(frameworks.Select(f => $"lib/{f}/{assembly}.dll")));
        foreach (var framework in frameworks)
        {
            var pdb = symbols.GetEntry($"lib/{framework}/{assembly}.pdb");
            Assert.That(pdb, Is.Not.Null, $"{id}.snupkg has no lib/{framework}/{assembly}.pdb");
            Assert.That(SourceLinkOf(pdb!), Does.Contain("\"" + expected + "\""), $"{framework} symbols' SourceLink");
        }
    }

    /// <summary>
    /// A cold compiler runs the generator without JIT-compiling it, OpenAPI.NET or SharpYaml first (issue 15): each
    /// analyzer assembly the README's Release pack makes on linux-x64 carries ReadyToRun code, and its IL with it.
    /// </summary>
    [Test]
    public void The_analyzers_carry_ReadyToRun_code_beside_their_IL()
    {
        Assume.That(OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64, "the package precompiles for linux-x64, where it is packed");
        var packed = ReadmeFeed.Current;
        using var package = ZipFile.OpenRead(packed.Package("SharesGen"));
        var analyzers = package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)).ToList();

        Assert.That(analyzers.Select(e => e.Name), Is.EquivalentTo(new[] { "SharesGen.Generator.dll", "Microsoft.OpenApi.dll", "Microsoft.OpenApi.Readers.dll", "SharpYaml.dll" }));
        foreach (var analyzer in analyzers)
        {
            using var copy = new MemoryStream();
            using (var stream = analyzer.Open())
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            using var pe = new PEReader(copy);
            Assert.That(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, Is.GreaterThan(0), analyzer.Name + " has no ReadyToRun code");
            var metadata = pe.GetMetadataReader();
            var method = metadata.MethodDefinitions.Select(metadata.GetMethodDefinition).First(m => m.RelativeVirtualAddress != 0);
            Assert.That(pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes(), Is.Not.Empty, analyzer.Name + " has no IL to fall back on");
        }
    }

    private static XElement Nuspec(ZipArchive package, string id)
    {
        using var stream = package.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string SourceLinkOf(ZipArchiveEntry pdb)
    {
        using var copy = new MemoryStream();
        using (var stream = pdb.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == SourceLinkKind)
            {
                return Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        return "(no SourceLink)";
    }

    private static string HeadCommit()
    {
        var (exitCode, output) = Command.Run("git", ["rev-parse", "HEAD"], RepositoryPaths.Root);
        Assert.That(exitCode, Is.Zero, output);
        return output.Trim();
    }
}

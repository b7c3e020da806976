using System.IO;
using System.IO.Compression;
using System.Linq;
using NUnit.Framework;
using SharesGen.Packaging.Tests.Support;

namespace SharesGen.Packaging.Tests;

/// <summary>
/// Contract data and validation code only where tests use them: a production consumer of the packed <c>SharesGen</c>
/// compiles no <c>{Client}Contract</c> or <c>{Client}Examples</c>, and the package ships none of the kit's contract
/// code. Both read compiled metadata (<see cref="AssemblyContents"/>), and each has a sibling that finds what it looks
/// for where it is meant to be, so a check that sees nothing cannot pass for one that finds nothing.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ProductionFootprintTests
{
    /// <summary>A key of the contract document the generator emits (<c>ContractJson</c>); it appears nowhere else.</summary>
    internal const string ContractDocumentKey = "\"successStatus\"";

    [Test]
    public void A_production_consumer_of_the_official_fragment_compiles_no_contract_or_examples()
    {
        var fragment = File.ReadAllText(RepositoryPaths.SharesSpec);
        var consumer = PackagedConsumerTests.Consumer("production", fragment);

        var build = Dotnet.Run("build -c Release", consumer);
        Assert.That(build.ExitCode, Is.Zero, build.Output);
        var assembly = AssemblyContents.Read(Path.Combine(consumer, "bin", "Release", "net10.0", "Consumer.dll"));

        Assert.Multiple(() =>
        {
            Assert.That(assembly.Types, Does.Contain("Contoso.Cloudflare.SharesClient"), "the client is generated");
            Assert.That(assembly.Types, Does.Contain("Contoso.Cloudflare.CreateShareRequest"), "the DTOs are generated");
            Assert.That(assembly.Types.Where(t => t.EndsWith("Contract", System.StringComparison.Ordinal) || t.EndsWith("Examples", System.StringComparison.Ordinal)), Is.Empty);
            Assert.That(assembly.AssemblyReferences, Has.None.StartsWith("SharesGen.Testing"));
            Assert.That(assembly.ReferencedNamespaces, Has.None.StartsWith("SharesGen.Testing"));
            Assert.That(assembly.Strings.Contains(ContractDocumentKey, System.StringComparison.Ordinal), Is.False, "no contract document in the literals");
        });
    }

    [Test]
    public void The_production_package_ships_none_of_the_kits_contract_code()
    {
        var kit = Assemblies("SharesGen.Testing").Single(a => a.Name == "lib/net8.0/SharesGen.Testing.dll");
        var contractTypes = kit.Types.Where(t => t.StartsWith("SharesGen.Testing.Contracts.", System.StringComparison.Ordinal))
            .Select(SimpleName).ToHashSet();
        var production = Assemblies("SharesGen");

        Assert.Multiple(() =>
        {
            Assert.That(contractTypes, Does.Contain("PayloadValidator").And.Contain("ApiContract").And.Contain("ExampleRoundTrip"), "the kit's own package has them");
            Assert.That(production.Select(a => a.Name), Does.Contain("lib/net8.0/SharesGen.Runtime.dll").And.Contain("lib/netstandard2.0/SharesGen.Runtime.dll"));
            foreach (var assembly in production)
            {
                // The generator (analyzers/) writes the contract for test projects, so it knows the document's keys;
                // it defines none of the types that read or check one.
                Assert.That(assembly.Types.Where(t => contractTypes.Contains(SimpleName(t))), Is.Empty, assembly.Name);
                Assert.That(assembly.Types, Has.None.StartsWith("SharesGen.Testing"), assembly.Name);
                Assert.That(assembly.AssemblyReferences, Has.None.StartsWith("SharesGen.Testing"), assembly.Name);
            }

            using var archive = ZipFile.OpenRead(PackedFeed.Package("SharesGen"));
            var nuspec = new StreamReader(archive.Entries.Single(e => e.FullName == "SharesGen.nuspec").Open()).ReadToEnd();
            Assert.That(nuspec, Does.Not.Contain("SharesGen.Testing"), "no dependency on the kit");
        });
    }

    /// <summary>Every assembly in a packed package, named by its path inside it.</summary>
    private static AssemblyContents[] Assemblies(string packageId)
    {
        using var archive = ZipFile.OpenRead(PackedFeed.Package(packageId));
        return archive.Entries.Where(e => e.FullName.EndsWith(".dll", System.StringComparison.OrdinalIgnoreCase)).Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return AssemblyContents.Read(e.FullName, copy.ToArray());
        }).ToArray();
    }

    /// <summary><c>SharesGen.Testing.Contracts.PayloadValidator</c> → <c>PayloadValidator</c>; nested types keep their outer name.</summary>
    private static string SimpleName(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..];
}

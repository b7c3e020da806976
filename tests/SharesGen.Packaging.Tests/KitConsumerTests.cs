using System.Collections.Generic;
using System.IO;
using NUnit.Framework;
using SharesGen.Packaging.Tests.Support;

namespace SharesGen.Packaging.Tests;

/// <summary>
/// The contract-test kit as a consumer's test project meets it: a net8.0 NUnit project (KitConsumer/) that references
/// the packed <c>SharesGen</c> and <c>SharesGen.Testing</c>, with Cloudflare's official Resource Sharing fragment, restores,
/// builds with warnings as errors, and passes a test that starts the kit's server and calls it through the generated
/// client. Only the .NET 10 runtime is installed here, so the net8.0 test host is run with
/// <c>DOTNET_ROLL_FORWARD=Major</c> (a machine with .NET 8 needs nothing).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class KitConsumerTests
{
    private static readonly Dictionary<string, string> RollForward = new() { ["DOTNET_ROLL_FORWARD"] = "Major" };

    [Test]
    public void A_net8_NUnit_project_using_the_kit_restores_builds_and_passes()
    {
        var fragment = File.ReadAllText(RepositoryPaths.SharesSpec);
        var project = ConsumerProject.Create("kit-consumer", "KitConsumer", new Dictionary<string, string> { ["resource-sharing.yaml"] = fragment });

        var build = Dotnet.Run("build -c Release", project);
        Assert.That(build.ExitCode, Is.Zero, build.Output);
        Assert.That(build.Output, Does.Contain("0 Warning(s)"), build.Output);
        var assembly = AssemblyContents.Read(Path.Combine(project, "bin", "Release", "net8.0", "KitConsumer.dll"));

        var test = Dotnet.Run("test -c Release --no-build --logger \"console;verbosity=normal\"", project, RollForward);

        Assert.Multiple(() =>
        {
            Assert.That(assembly.TargetFramework, Is.EqualTo(".NETCoreApp,Version=v8.0"));
            Assert.That(assembly.Types, Does.Contain("Contoso.Sharing.ResourceSharingClientContract"), "the kit's build props turned the contract on");
            Assert.That(assembly.Types, Does.Contain("Contoso.Sharing.ResourceSharingClientExamples"));
            Assert.That(assembly.AssemblyReferences, Does.Contain("SharesGen.Testing"));
            Assert.That(assembly.Strings.Contains(ProductionFootprintTests.ContractDocumentKey, System.StringComparison.Ordinal), Is.True, "the contract document is in the literals");
            Assert.That(test.ExitCode, Is.Zero, test.Output);
            Assert.That(test.Output, Does.Contain("Passed The_kit_serves_the_spec_to_the_generated_client"), test.Output);
            Assert.That(test.Output, Does.Match(@"Total tests: 1\s+Passed: 1\s"), test.Output);
        });
    }
}

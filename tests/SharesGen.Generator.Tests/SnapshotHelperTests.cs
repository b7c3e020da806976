using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;
using SharesGen.Tests.Shared.Snapshots;

namespace SharesGen.Generator.Tests;

/// <summary>
/// The snapshot helper itself: if it accepted silently or compared the wrong files, every snapshot test would pass
/// for nothing. Runs in a temporary folder, never in Snapshots/.
/// </summary>
public class SnapshotHelperTests
{
    private static readonly SnapshotSettings s_compare = new(Accept: false, IsCi: false);
    private static readonly SnapshotSettings s_accept = new(Accept: true, IsCi: false);
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("sharesgen-snapshots-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void MissingVerifiedFileFailsAndWritesTheReceivedOne()
    {
        var problems = Store(s_compare).Verify("Tests.Method", new[] { Source("A.g", "class A { }\n") });

        Assert.Multiple(() =>
        {
            Assert.That(problems.Single(), Does.Contain("Tests.Method#A.g.received.cs"));
            Assert.That(File.ReadAllText(PathOf("Tests.Method#A.g.received.cs")), Is.EqualTo("class A { }\n"));
            Assert.That(File.Exists(PathOf("Tests.Method#A.g.verified.cs")), Is.False, "nothing is accepted without asking");
        });
    }

    [Test]
    public void DifferenceFailsWithAUnifiedDiff()
    {
        File.WriteAllText(PathOf("Tests.Method#A.g.verified.cs"), "one\ntwo\nthree\n");

        var problems = Store(s_compare).Verify("Tests.Method", new[] { Source("A.g", "one\n2\nthree\n") });

        Assert.That(problems.Single(), Does.Contain("@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n"));
        Assert.That(File.ReadAllText(PathOf("Tests.Method#A.g.verified.cs")), Is.EqualTo("one\ntwo\nthree\n"), "the verified file is left alone");
    }

    [Test]
    public void MatchPassesAndRemovesAnOldReceivedFile()
    {
        File.WriteAllText(PathOf("Tests.Method#A.g.verified.cs"), "same\r\n");
        File.WriteAllText(PathOf("Tests.Method#A.g.received.cs"), "stale output");

        var problems = Store(s_compare).Verify("Tests.Method", new[] { Source("A.g", "same\n") });

        Assert.That(problems, Is.Empty, "line endings do not matter");
        Assert.That(File.Exists(PathOf("Tests.Method#A.g.received.cs")), Is.False);
    }

    [Test]
    public void AcceptingWritesTheVerifiedFileAndRemovesTheReceivedOne()
    {
        File.WriteAllText(PathOf("Tests.Method#A.g.verified.cs"), "old\n");
        File.WriteAllText(PathOf("Tests.Method#A.g.received.cs"), "older\n");

        var problems = Store(s_accept).Verify("Tests.Method", new[] { Source("A.g", "new\n") });

        Assert.That(problems, Is.Empty);
        Assert.That(File.ReadAllText(PathOf("Tests.Method#A.g.verified.cs")), Is.EqualTo("new\n"));
        Assert.That(File.Exists(PathOf("Tests.Method#A.g.received.cs")), Is.False);
    }

    [Test]
    public void StaleVerifiedFileOfTheSameTestFailsUntilAcceptedAway()
    {
        File.WriteAllText(PathOf("Tests.Method#A.g.verified.cs"), "a\n");
        File.WriteAllText(PathOf("Tests.Method#Gone.g.verified.cs"), "gone\n");
        File.WriteAllText(PathOf("Tests.Method.verified.txt"), "SHARESGEN001 …\n");
        File.WriteAllText(PathOf("Tests.MethodTwo#B.g.verified.cs"), "another test's\n");

        var problems = Store(s_compare).Verify("Tests.Method", new[] { Source("A.g", "a\n") });
        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems, Has.Some.Contains("Tests.Method#Gone.g.verified.cs").And.Some.Contains("Tests.Method.verified.txt"));

        Assert.That(Store(s_accept).Verify("Tests.Method", new[] { Source("A.g", "a\n") }), Is.Empty);
        Assert.That(Directory.GetFiles(_directory).Select(Path.GetFileName), Is.EquivalentTo(new[] { "Tests.Method#A.g.verified.cs", "Tests.MethodTwo#B.g.verified.cs" }));
    }

    [Test]
    public void CiNeverAccepts()
    {
        var settings = SnapshotSettingsIn(ci: "true", accept: "1");

        Assert.That(settings, Is.EqualTo(new SnapshotSettings(Accept: false, IsCi: true)));
        Assert.That(Store(settings).Verify("Tests.Method", new[] { Source("A.g", "x\n") }).Single(), Does.Contain("never accepted in CI"));
    }

    [TestCase(null, null, false)]
    [TestCase(null, "1", true)]
    [TestCase(null, "true", true)]
    [TestCase(null, "0", false)]
    [TestCase("false", "1", true)]
    public void AcceptingNeedsTheVariable(string? ci, string? accept, bool accepts)
        => Assert.That(SnapshotSettingsIn(ci, accept).Accept, Is.EqualTo(accepts));

    [Test]
    public void InventoryReportsVerifiedFilesNoTestProduces()
    {
        foreach (var file in new[]
                 {
                     $"{nameof(SnapshotHelperTests)}.{nameof(CiNeverAccepts)}.verified.txt",
                     $"{nameof(SnapshotHelperTests)}.{nameof(CiNeverAccepts)}#A.g.verified.cs",
                     $"{nameof(SnapshotHelperTests)}.{nameof(AcceptingNeedsTheVariable)}.verified.txt",
                     $"{nameof(SnapshotHelperTests)}.Dto_view_Renamed.verified.json",
                     $"{nameof(SnapshotHelperTests)}.Dto_view_Kept.verified.json",
                     $"{nameof(SnapshotHelperTests)}.{nameof(PathOf)}.verified.txt",
                     "GoneTests.Method.verified.txt",
                     "Tests.Method.received.txt",
                 })
        {
            File.WriteAllText(PathOf(file), "x\n");
        }

        var orphans = SnapshotInventory.Orphans(_directory, typeof(SnapshotHelperTests).Assembly, new[] { $"{nameof(SnapshotHelperTests)}.Dto_view_Kept" });

        Assert.That(orphans, Is.EqualTo(new[]
        {
            "GoneTests.Method.verified.txt",
            $"{nameof(SnapshotHelperTests)}.Dto_view_Renamed.verified.json",
            $"{nameof(SnapshotHelperTests)}.{nameof(PathOf)}.verified.txt",
        }), "a test method ([Test], [TestCase]) or a name the test passes owns its files; a helper method or a vanished name does not");
    }

    [Test]
    public void ScrubberHidesTheVersionAndAbsolutePaths()
    {
        var text = "[global::System.CodeDom.Compiler.GeneratedCode(\"SharesGen\", \"1.2.3-beta\")]\r\n"
                   + "at " + Path.Combine(RepositoryPaths.Root, "spec", "shares.yaml") + ": error\n";

        Assert.That(SnapshotScrubber.Scrub(text), Is.EqualTo(
            "[global::System.CodeDom.Compiler.GeneratedCode(\"SharesGen\", \"{version}\")]\nat shares.yaml: error\n"));
    }

    private SnapshotStore Store(SnapshotSettings settings) => new(_directory, settings);

    private string PathOf(string fileName) => Path.Combine(_directory, fileName);

    private static SnapshotFile Source(string hintWithoutExtension, string content) => new("#" + hintWithoutExtension, "cs", content);

    private static SnapshotSettings SnapshotSettingsIn(string? ci, string? accept)
    {
        var saved = (Ci: Environment.GetEnvironmentVariable("CI"), Accept: Environment.GetEnvironmentVariable(SnapshotSettings.AcceptVariable));
        try
        {
            Environment.SetEnvironmentVariable("CI", ci);
            Environment.SetEnvironmentVariable(SnapshotSettings.AcceptVariable, accept);
            return SnapshotSettings.FromEnvironment();
        }
        finally
        {
            Environment.SetEnvironmentVariable("CI", saved.Ci);
            Environment.SetEnvironmentVariable(SnapshotSettings.AcceptVariable, saved.Accept);
        }
    }
}

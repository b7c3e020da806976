using System;
using System.IO;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>The snapshot helper's conventions, on a scratch folder.</summary>
public sealed class SnapshotTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateScratchFolder() => _directory = Directory.CreateTempSubdirectory("sharesgen-snapshots-").FullName;

    [TearDown]
    public void DeleteScratchFolder() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void A_missing_snapshot_fails_and_writes_the_received_file()
    {
        var (failure, accepted) = Snapshot.Verify("{}\n", _directory, "Tests.Method", "json", accept: false);

        Assert.That(failure, Does.Contain("No snapshot yet"));
        Assert.That(accepted, Is.False);
        Assert.That(File.ReadAllText(Path.Combine(_directory, "Tests.Method.received.json")), Is.EqualTo("{}\n"));
    }

    [Test]
    public void A_different_snapshot_fails_with_a_line_diff()
    {
        File.WriteAllText(Path.Combine(_directory, "Tests.Method.verified.json"), "{\n  \"a\": 1\n}\n");

        var (failure, _) = Snapshot.Verify("{\n  \"a\": 2\n}", _directory, "Tests.Method", "json", accept: false);

        Assert.That(failure, Does.Contain("- " + "  \"a\": 1").And.Contain("+ " + "  \"a\": 2"));
        Assert.That(File.Exists(Path.Combine(_directory, "Tests.Method.received.json")), Is.True);
    }

    [Test]
    public void A_matching_snapshot_passes_whatever_the_line_endings_and_clears_a_stale_received_file()
    {
        File.WriteAllText(Path.Combine(_directory, "Tests.Method.verified.json"), "{\r\n  \"a\": 1\r\n}\r\n");
        File.WriteAllText(Path.Combine(_directory, "Tests.Method.received.json"), "stale");

        var (failure, _) = Snapshot.Verify("{\n  \"a\": 1\n}", _directory, "Tests.Method", "json", accept: false);

        Assert.That(failure, Is.Null);
        Assert.That(File.Exists(Path.Combine(_directory, "Tests.Method.received.json")), Is.False);
    }

    [Test]
    public void Accepting_writes_the_verified_file()
    {
        var (failure, accepted) = Snapshot.Verify("{}", _directory, "Tests.Method", "json", accept: true);

        Assert.That(failure, Is.Null);
        Assert.That(accepted, Is.True);
        Assert.That(File.ReadAllText(Path.Combine(_directory, "Tests.Method.verified.json")), Is.EqualTo("{}\n"));
        Assert.That(File.Exists(Path.Combine(_directory, "Tests.Method.received.json")), Is.False);
    }
}

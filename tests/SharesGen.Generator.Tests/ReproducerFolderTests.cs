using System;
using System.IO;
using NUnit.Framework;
using SharesGen.Generator.Tests.Fuzz;

namespace SharesGen.Generator.Tests;

/// <summary>A failing fuzz run keeps its spec, and never at the cost of a reproducer already kept (perhaps shrunk by hand).</summary>
public class ReproducerFolderTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("sharesgen-repro-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static Mutation Mutation(string text) => new(5, 104, "shares.yaml", new[] { "delete #/paths" }, text);

    [Test]
    public void A_new_failure_is_written_under_its_seed_and_index_with_its_description()
    {
        var path = ReproducerFolder.Write(_folder, Mutation("openapi: 3.0.3\n"), "the generator threw");

        Assert.That(Path.GetFileName(path), Is.EqualTo("5-104.yaml"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("openapi: 3.0.3\n"));
        Assert.That(File.ReadAllText(Path.ChangeExtension(path, ".txt")), Does.Contain("the generator threw"));
    }

    [Test]
    public void A_committed_reproducer_of_the_same_name_is_never_overwritten()
    {
        var committed = Path.Combine(_folder, "5-104.yaml");
        File.WriteAllText(committed, "shrunk by hand\n");

        var path = ReproducerFolder.Write(_folder, Mutation("the whole mutated spec\n"), "failed again");

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(committed), Is.EqualTo("shrunk by hand\n"));
            Assert.That(Path.GetFileName(path), Is.EqualTo("5-104-2.yaml"));
            Assert.That(File.ReadAllText(path), Is.EqualTo("the whole mutated spec\n"));
        });
    }

    [Test]
    public void The_same_spec_failing_again_is_not_written_twice()
    {
        var first = ReproducerFolder.Write(_folder, Mutation("same\n"), "failed");
        var second = ReproducerFolder.Write(_folder, Mutation("same\n"), "failed");

        Assert.That(second, Is.EqualTo(first));
        Assert.That(Directory.GetFiles(_folder, "*.yaml"), Has.Length.EqualTo(1));
    }
}

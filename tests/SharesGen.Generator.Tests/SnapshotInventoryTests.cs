using System;
using System.IO;
using System.Linq;
using System.Reflection;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Every verified file must belong to a test that still exists. A renamed or deleted test leaves its snapshots
/// behind, where they would mislead a reviewer; within one test, the helper itself reports files it no longer makes.
/// </summary>
public class SnapshotInventoryTests
{
    [Test]
    public void EveryVerifiedFileBelongsToAnExistingTest()
    {
        var orphans = Directory.EnumerateFiles(RepositoryPaths.Snapshots, "*.verified.*")
            .Select(Path.GetFileName)
            .Where(file => !BelongsToATest(file!))
            .ToList();

        Assert.That(orphans, Is.Empty, "snapshots of tests that no longer exist: delete them");
    }

    /// <summary><c>{TestClass}.{TestMethod}[#{HintName}].verified.{ext}</c> names a test method of this assembly.</summary>
    private static bool BelongsToATest(string fileName)
    {
        var name = fileName[..fileName.IndexOf(".verified.", StringComparison.Ordinal)];
        var hash = name.IndexOf('#', StringComparison.Ordinal);
        var test = hash >= 0 ? name[..hash] : name;
        var dot = test.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return false;
        }

        var type = typeof(SnapshotInventoryTests).Assembly.GetTypes().SingleOrDefault(t => t.Name == test[..dot]);
        var method = type?.GetMethod(test[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance);
        return method is not null && method.GetCustomAttributes().Any(a => a is TestAttribute or TestCaseAttribute or TestCaseSourceAttribute);
    }
}

using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace SharesGen.Tests.Shared.Snapshots;

/// <summary>The NUnit side of <see cref="SnapshotStore"/>: the running test's name, and a failure for every problem.</summary>
internal static class SnapshotAssert
{
    /// <summary>
    /// Checks the complete set of snapshot files of test <paramref name="name"/> in <paramref name="directory"/>, with the
    /// settings of the environment (<see cref="SnapshotSettings.FromEnvironment"/>), and fails the test on any problem.
    /// </summary>
    public static void Verify(string directory, string name, IReadOnlyCollection<SnapshotFile> files)
    {
        var problems = new SnapshotStore(directory, SnapshotSettings.FromEnvironment()).Verify(name, files);
        if (problems.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", problems));
        }
    }

    /// <summary>A JSON payload, compared as text ending in one newline.</summary>
    public static SnapshotFile Json(string json) => new(string.Empty, "json", json.TrimEnd('\n') + "\n");

    /// <summary><c>{TestClass}.{TestMethod}</c> of the running test, Verify's file name prefix.</summary>
    public static string CurrentTestName()
    {
        var test = TestContext.CurrentContext.Test;
        var className = test.ClassName ?? throw new InvalidOperationException("Snapshots need a running test.");
        return className[(className.LastIndexOf('.') + 1)..] + "." + test.MethodName;
    }
}

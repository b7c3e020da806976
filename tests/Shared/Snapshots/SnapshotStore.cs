using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SharesGen.Tests.Shared.Snapshots;

/// <summary>One file of a snapshot: <c>{name}{Qualifier}.verified.{Extension}</c>.</summary>
/// <param name="Qualifier">Empty, or <c>#HintName</c> for a generated source (Verify's convention).</param>
internal sealed record SnapshotFile(string Qualifier, string Extension, string Content);

/// <summary>
/// Compares snapshot files with the verified ones in a folder, writes <c>.received.</c> files beside them on a
/// difference, and accepts only when the settings say so. Knows nothing of NUnit, so it can be tested itself.
/// </summary>
internal sealed class SnapshotStore(string directory, SnapshotSettings settings)
{
    public string Directory { get; } = directory;

    /// <summary>
    /// Checks the complete set of snapshot files of one test, <paramref name="name"/> (<c>{TestClass}.{TestMethod}</c>).
    /// Verified files of that test that the set no longer has are stale and reported (deleted when accepting).
    /// </summary>
    /// <returns>One readable message per problem; empty when everything matches.</returns>
    public IReadOnlyList<string> Verify(string name, IReadOnlyCollection<SnapshotFile> files)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var problems = new List<string>();
        var missing = new List<string>();
        var expectedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var verified = PathOf(name, file, "verified");
            var received = PathOf(name, file, "received");
            expectedPaths.Add(verified);
            var content = Normalize(file.Content);
            var existing = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
            if (existing == content)
            {
                File.Delete(received);
                continue;
            }

            if (settings.Accept)
            {
                File.WriteAllText(verified, content);
                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, content);
            if (existing is null)
            {
                missing.Add(Path.GetFileName(received));
            }
            else
            {
                problems.Add($"Snapshot {Path.GetFileName(verified)} differs from the output (written to its .received. file):\n"
                    + UnifiedDiff.Create(existing, content, Path.GetFileName(verified), Path.GetFileName(received)));
            }
        }

        if (missing.Count > 0)
        {
            problems.Insert(0, $"{missing.Count} snapshot(s) have no verified file yet; the output was written to:\n  "
                + string.Join("\n  ", missing) + "\n" + HowToAccept());
        }

        foreach (var stale in OwnedVerifiedFiles(name).Where(path => !expectedPaths.Contains(path)))
        {
            if (settings.Accept)
            {
                File.Delete(stale);
            }
            else
            {
                problems.Add($"Stale snapshot {Path.GetFileName(stale)}: this test no longer produces it. Delete it, or run with {SnapshotSettings.AcceptVariable}=1.");
            }
        }

        return problems;
    }

    /// <summary>The verified files that belong to test <paramref name="name"/>: <c>{name}.verified.*</c> and <c>{name}#*.verified.*</c>.</summary>
    public IEnumerable<string> OwnedVerifiedFiles(string name)
        => System.IO.Directory.EnumerateFiles(Directory, name + ".verified.*")
            .Concat(System.IO.Directory.EnumerateFiles(Directory, name + "#*.verified.*"))
            .OrderBy(p => p, StringComparer.Ordinal);

    private string PathOf(string name, SnapshotFile file, string kind)
        => Path.Combine(Directory, $"{name}{file.Qualifier}.{kind}.{file.Extension}");

    private string HowToAccept() => settings.IsCi
        ? "CI=true: snapshots are never accepted in CI. Accept it locally and commit the .verified. file."
        : $"Review it, then accept it: run the tests with {SnapshotSettings.AcceptVariable}=1, or rename .received. to .verified.";

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}

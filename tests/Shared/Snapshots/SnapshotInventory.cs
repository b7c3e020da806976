using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using NUnit.Framework;

namespace SharesGen.Tests.Shared.Snapshots;

/// <summary>
/// Every verified file must belong to a test that still exists. A renamed or deleted test (or a renamed spec example)
/// leaves its snapshots behind, where they pass silently and mislead a reviewer; within one test, the store itself
/// reports the files it no longer makes.
/// </summary>
internal static class SnapshotInventory
{
    /// <summary>
    /// The verified files in <paramref name="directory"/> that belong to no test: their <c>{TestClass}.{TestMethod}</c>
    /// (before <c>#</c> and <c>.verified.</c>) is neither a test method of <paramref name="tests"/> nor one of the
    /// <paramref name="otherNames"/> a test passes to the store itself (one snapshot per test case).
    /// </summary>
    public static IReadOnlyList<string> Orphans(string directory, Assembly tests, IEnumerable<string>? otherNames = null)
    {
        var known = new HashSet<string>(otherNames ?? [], StringComparer.Ordinal);
        return Directory.EnumerateFiles(directory, "*.verified.*")
            .Select(path => Path.GetFileName(path)!)
            .Where(file => !known.Contains(OwnerOf(file)) && !IsTestMethod(tests, OwnerOf(file)))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary><c>{TestClass}.{TestMethod}</c> of <c>{TestClass}.{TestMethod}[#{HintName}].verified.{ext}</c>.</summary>
    private static string OwnerOf(string fileName)
    {
        var name = fileName[..fileName.IndexOf(".verified.", StringComparison.Ordinal)];
        var hash = name.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? name[..hash] : name;
    }

    private static bool IsTestMethod(Assembly tests, string owner)
    {
        var dot = owner.IndexOf('.', StringComparison.Ordinal);
        return dot >= 0 && tests.GetTypes()
            .Where(type => type.Name == owner[..dot])
            .Select(type => type.GetMethod(owner[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance))
            .Any(method => method is not null
                && method.GetCustomAttributes().Any(a => a is TestAttribute or TestCaseAttribute or TestCaseSourceAttribute));
    }
}

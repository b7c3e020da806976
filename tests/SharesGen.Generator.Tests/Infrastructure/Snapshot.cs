using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Tests.Shared.Snapshots;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's conventions, so that moving to Verify.SourceGenerators later is a rename:
/// <list type="bullet">
/// <item>one file per generated source, <c>Snapshots/{TestClass}.{TestMethod}#{HintName without .cs}.verified.cs</c>,
/// whose first line is <c>//HintName: {HintName}</c>;</item>
/// <item>the generator's diagnostics, when there are any, in <c>Snapshots/{TestClass}.{TestMethod}.verified.txt</c>;</item>
/// <item>payloads in <c>Snapshots/{TestClass}.{TestMethod}.verified.json</c>.</item>
/// </list>
/// Text is scrubbed (<see cref="SnapshotScrubber"/>) first. On a difference a <c>.received.</c> file is written
/// beside the verified one and the test fails with a unified diff; see <see cref="SnapshotSettings"/> for accepting.
/// A test makes one snapshot call: it states the complete set of files that belong to it, so stale ones are caught.
/// </summary>
internal static class Snapshot
{
    /// <summary>Every generated source of <paramref name="run"/>, and its generator diagnostics when it has any.</summary>
    public static void VerifyGenerated(GeneratorRun run)
    {
        var files = run.Sources
            .Select(s => new SnapshotFile("#" + Path.GetFileNameWithoutExtension(s.HintName), "cs", $"//HintName: {s.HintName}\n" + s.SourceText))
            .ToList();
        if (!run.GeneratorDiagnostics.IsEmpty)
        {
            files.Add(new SnapshotFile(string.Empty, "txt", DiagnosticText.Format(run.GeneratorDiagnostics)));
        }

        Verify(files);
    }

    /// <summary>
    /// The generated sources of the types <paramref name="typeNames"/> (in <paramref name="namespace"/>) and the
    /// generator diagnostics: a test of one schema shape snapshots that shape, not the client around it.
    /// </summary>
    public static void VerifyGenerated(GeneratorRun run, string @namespace, params string[] typeNames)
    {
        var wanted = typeNames.Select(name => @namespace + "." + name + ".g.cs").ToHashSet(StringComparer.Ordinal);
        var missing = wanted.Except(run.HintNames).ToList();
        Assert.That(missing, Is.Empty, "not generated; generated: " + string.Join(", ", run.HintNames));
        var files = run.Sources
            .Where(s => wanted.Contains(s.HintName))
            .Select(s => new SnapshotFile("#" + Path.GetFileNameWithoutExtension(s.HintName), "cs", $"//HintName: {s.HintName}\n" + s.SourceText))
            .ToList();
        if (!run.GeneratorDiagnostics.IsEmpty)
        {
            files.Add(new SnapshotFile(string.Empty, "txt", DiagnosticText.Format(run.GeneratorDiagnostics)));
        }

        Verify(files);
    }

    /// <summary>
    /// Sources an emitter wrote from a model built by hand, each under the hint name it would have in a consumer, in
    /// the same files as a generator run's.
    /// </summary>
    public static void VerifySources(params (string HintName, string Source)[] sources)
        => Verify(sources.Select(s => new SnapshotFile("#" + Path.GetFileNameWithoutExtension(s.HintName), "cs", $"//HintName: {s.HintName}\n" + s.Source)).ToList());

    /// <summary>Diagnostics only, one sorted line each.</summary>
    public static void VerifyDiagnostics(IEnumerable<Diagnostic> diagnostics)
        => Verify(new[] { new SnapshotFile(string.Empty, "txt", DiagnosticText.Format(diagnostics)) });

    /// <summary>A JSON payload, compared as text.</summary>
    public static void VerifyJson(string json) => Verify(new[] { SnapshotAssert.Json(json) });

    private static void Verify(IReadOnlyCollection<SnapshotFile> files)
        => SnapshotAssert.Verify(
            RepositoryPaths.Snapshots,
            SnapshotAssert.CurrentTestName(),
            files.Select(f => f with { Content = SnapshotScrubber.Scrub(f.Content) }).ToList());
}

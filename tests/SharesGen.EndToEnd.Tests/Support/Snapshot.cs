using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using NUnit.Framework;

namespace SharesGen.EndToEnd.Tests.Support;

/// <summary>
/// Snapshot files in Verify's conventions, kept by a small helper: <c>Snapshots/{TestClass}.{TestMethod}.verified.json</c>
/// beside the test sources. On a mismatch (or a missing file) the new text goes to <c>….received.json</c> beside it
/// and the test fails with a diff. Accepting is explicit: set <c>SHARESGEN_ACCEPT_SNAPSHOTS=1</c> and run again,
/// or copy the received file over the verified one.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "SHARESGEN_ACCEPT_SNAPSHOTS";

    /// <summary>Verifies <paramref name="received"/> against the current test's snapshot.</summary>
    public static void VerifyJson(string received, [CallerFilePath] string callerFile = "")
    {
        var test = TestContext.CurrentContext.Test;
        var className = test.ClassName is { } full ? full[(full.LastIndexOf('.') + 1)..] : "Unknown";
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var outcome = Verify(received, directory, $"{className}.{test.MethodName}", "json", Environment.GetEnvironmentVariable(AcceptVariable) == "1");
        if (outcome.Failure is { } failure)
        {
            Assert.Fail(failure);
        }
    }

    /// <summary>
    /// Compares and writes files; returns a failure message, or null when the snapshot matched or was accepted.
    /// Separate from NUnit so it can be tested on a scratch folder.
    /// </summary>
    public static (string? Failure, bool Accepted) Verify(string received, string directory, string name, string extension, bool accept)
    {
        var verifiedPath = Path.Combine(directory, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        var text = Normalize(received);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == text)
        {
            File.Delete(receivedPath);
            return (null, false);
        }

        Directory.CreateDirectory(directory);
        if (accept)
        {
            File.WriteAllText(verifiedPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return (null, true);
        }

        File.WriteAllText(receivedPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var what = verified is null ? $"No snapshot yet: {verifiedPath}" : $"The snapshot differs: {verifiedPath}";
        return ($"{what}{Environment.NewLine}Received: {receivedPath}{Environment.NewLine}"
            + $"Accept with {AcceptVariable}=1, or copy the received file over the verified one.{Environment.NewLine}"
            + Diff(verified?.TrimEnd('\n') ?? string.Empty, text.TrimEnd('\n')), false);
    }

    /// <summary>A line diff: <c>-</c> only in the snapshot, <c>+</c> only in what was received.</summary>
    private static string Diff(string verified, string received)
    {
        var builder = new StringBuilder();
        foreach (var line in InlineDiffBuilder.Diff(verified, received).Lines)
        {
            var prefix = line.Type switch
            {
                ChangeType.Deleted => "- ",
                ChangeType.Inserted => "+ ",
                _ => "  ",
            };
            builder.Append(prefix).AppendLine(line.Text);
        }

        return builder.ToString();
    }

    /// <summary>One newline convention and exactly one final newline, so Windows checkouts compare equal.</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}

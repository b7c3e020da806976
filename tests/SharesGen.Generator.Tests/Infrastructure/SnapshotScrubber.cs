using System.IO;
using System.Text.RegularExpressions;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>Removes from snapshot text what changes between runs and machines, before anything is compared.</summary>
internal static partial class SnapshotScrubber
{
    public const string VersionPlaceholder = "{version}";

    public static string Scrub(string text)
    {
        // The version stamped into [GeneratedCode] changes with every release; the snapshot should not.
        text = GeneratedCodeVersion().Replace(text, "${prefix}\"" + VersionPlaceholder + "\"");

        // An absolute path differs per clone and per OS: keep the file name only.
        var root = Regex.Escape(RepositoryPaths.Root);
        text = Regex.Replace(text, root + @"[/\\][^\s'""]*", match => Path.GetFileName(match.Value));

        // Every snapshot uses \n, whatever platform wrote it.
        return text.Replace("\r\n", "\n");
    }

    [GeneratedRegex(@"(?<prefix>GeneratedCode\(""SharesGen"", )""[^""]*""")]
    private static partial Regex GeneratedCodeVersion();
}

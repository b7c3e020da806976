using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// Cloudflare's whole API with the Resource Sharing product in it, as the whole <c>openapi.yaml</c> the official fragment
/// was cut from has it. The 2023 snapshot predates Resource Sharing, so the fragment's paths and components are spliced
/// into it, line for line, and the header (<c>openapi</c>, <c>info</c>, <c>servers</c>) is the fragment's: the fragment
/// tool copies the whole file's header verbatim, so that is the header the whole file has. Both files are block-style
/// YAML with top-level keys at column 0 and component kinds at column 2, which is all the splice relies on.
/// </summary>
internal static class SplicedWholeApi
{
    private static readonly Lazy<string> s_text = new(Build);

    public static string Text => s_text.Value;

    private static string Build()
    {
        var whole = Sections(File.ReadAllLines(RepositoryPaths.CloudflareWholeApi));
        var fragment = Sections(File.ReadAllLines(RepositoryPaths.SharesSpec));
        var wholeKinds = Kinds(whole["components"]);
        var fragmentKinds = Kinds(fragment["components"]);

        var text = new StringBuilder();
        void Lines(IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
        }

        Lines(new[] { "openapi: 3.0.3", "info:" });
        Lines(fragment["info"]);
        Lines(new[] { "servers:" });
        Lines(fragment["servers"]);
        Lines(new[] { "components:" });
        foreach (var kind in fragmentKinds.Keys.Union(wholeKinds.Keys))
        {
            Lines(new[] { "  " + kind + ":" });
            if (wholeKinds.TryGetValue(kind, out var wholeEntries))
            {
                // Security schemes both files define alike (api_email, api_key) are the whole file's own.
                Lines(kind == "securitySchemes" ? wholeEntries : (fragmentKinds.GetValueOrDefault(kind) ?? new List<string>()).Concat(wholeEntries));
            }
            else
            {
                Lines(fragmentKinds[kind]);
            }
        }

        Lines(new[] { "paths:" });
        Lines(fragment["paths"]);
        Lines(whole["paths"]);
        return text.ToString();
    }

    /// <summary>The lines under each top-level key.</summary>
    private static Dictionary<string, List<string>> Sections(IEnumerable<string> lines) => Group(lines, indent: 0);

    /// <summary>The lines under each component kind.</summary>
    private static Dictionary<string, List<string>> Kinds(IEnumerable<string> lines) => Group(lines, indent: 2);

    private static Dictionary<string, List<string>> Group(IEnumerable<string> lines, int indent)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in lines)
        {
            var opensKey = line.Length > indent && line.Take(indent).All(c => c == ' ') && line[indent] is not (' ' or '#' or '-') && line.Contains(':');
            if (opensKey)
            {
                groups[line.Substring(indent, line.IndexOf(':') - indent)] = current = new List<string>();
            }
            else
            {
                current?.Add(line);
            }
        }

        return groups;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SharesGen.Benchmarks.Generator;

/// <summary>
/// Builds a larger spec from N renamed copies of <c>spec/shares.yaml</c>, so the generator can be timed at
/// scale on the same idioms. Copy <c>i</c> gets:
/// <list type="bullet">
/// <item>paths whose first segment after the scope pair is prefixed: <c>/accounts/{account_id}/c3-shares</c>
/// (the client groups become <c>C3Shares</c>, <c>Organizations.C3Shares</c>);</item>
/// <item>operationIds prefixed <c>c{i}-</c>;</item>
/// <item>components renamed after the shared product prefix, <c>resource-sharing_c3_share_object</c>
/// (type <c>C3Share</c>), with every <c>$ref</c> to them rewritten.</item>
/// </list>
/// <c>info</c>, <c>servers</c>, <c>tags</c> and <c>securitySchemes</c> are kept once. Every copy is renamed,
/// N = 1 included, so the per-copy shape is the same at every N.
/// </summary>
internal static class SyntheticSpec
{
    private static readonly Regex s_componentKey = new(@"^    ([A-Za-z0-9._-]+):\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_pathKey = new(@"^  (/[^:]*):\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_operationId = new(@"^(\s+operationId:\s*)(\S+)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_reference = new(@"#/components/([A-Za-z]+)/([A-Za-z0-9._-]+)", RegexOptions.CultureInvariant);
    private static readonly Regex s_sectionKey = new(@"^  ([A-Za-z]+):\s*$", RegexOptions.CultureInvariant);

    public static string Build(string spec, int copies)
    {
        if (copies < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(copies), copies, "At least one copy.");
        }

        var lines = spec.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var pathsStart = IndexOfTopLevel(lines, "paths:");
        var componentsStart = IndexOfTopLevel(lines, "components:");
        if (pathsStart < 0 || componentsStart < pathsStart || lines.Skip(componentsStart + 1).Any(l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && !l.StartsWith('#')))
        {
            throw new InvalidOperationException("Expected the spec to end with 'paths:' then 'components:' as its last top-level keys.");
        }

        var header = lines[..pathsStart];
        var paths = lines[(pathsStart + 1)..componentsStart];
        var sections = SplitSections(lines[(componentsStart + 1)..]);
        var componentNames = new HashSet<string>(
            sections.Where(s => s.Name != "securitySchemes").SelectMany(s => s.Body).Select(l => s_componentKey.Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value),
            StringComparer.Ordinal);

        var output = new StringBuilder(spec.Length * copies + 1024);
        AppendLines(output, header);
        output.Append("paths:\n");
        for (var copy = 1; copy <= copies; copy++)
        {
            AppendLines(output, paths.Select(line => RenamePathLine(line, copy, componentNames)));
        }

        output.Append("components:\n");
        foreach (var (name, body) in sections)
        {
            output.Append("  ").Append(name).Append(":\n");
            if (name == "securitySchemes")
            {
                AppendLines(output, body);
                continue;
            }

            for (var copy = 1; copy <= copies; copy++)
            {
                AppendLines(output, body.Select(line => RenameComponentLine(line, copy, componentNames)));
            }
        }

        return output.ToString();
    }

    /// <summary><c>resource-sharing_share_object</c> → <c>resource-sharing_c3_share_object</c>.</summary>
    public static string RenameComponent(string name, int copy)
    {
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        return separator > 0 ? name[..(separator + 1)] + "c" + copy + "_" + name[(separator + 1)..] : "c" + copy + "_" + name;
    }

    /// <summary>
    /// <c>/accounts/{account_id}/shares/{share_id}</c> → <c>/accounts/{account_id}/c3-shares/{share_id}</c>: the first
    /// literal segment after the scope pair gets the copy's prefix, so the client group (<c>C3Shares</c>) and every
    /// name the generator derives from the path (inline enums such as <c>C3ShareOrder</c>) stay apart.
    /// </summary>
    public static string RenamePath(string path, int copy)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var first = segments.Count >= 2 && !segments[0].StartsWith('{') && segments[1].StartsWith('{') ? 2 : 0;
        var index = segments.FindIndex(first, s => !s.StartsWith('{'));
        if (index < 0)
        {
            segments.Insert(first, "c" + copy);
        }
        else
        {
            segments[index] = "c" + copy + "-" + segments[index];
        }

        return "/" + string.Join('/', segments);
    }

    private static string RenamePathLine(string line, int copy, HashSet<string> componentNames)
    {
        var path = s_pathKey.Match(line);
        if (path.Success)
        {
            return "  " + RenamePath(path.Groups[1].Value, copy) + ":";
        }

        var operationId = s_operationId.Match(line);
        if (operationId.Success)
        {
            return operationId.Groups[1].Value + "c" + copy + "-" + operationId.Groups[2].Value;
        }

        return RenameReferences(line, copy, componentNames);
    }

    private static string RenameComponentLine(string line, int copy, HashSet<string> componentNames)
    {
        var key = s_componentKey.Match(line);
        if (key.Success && componentNames.Contains(key.Groups[1].Value))
        {
            return "    " + RenameComponent(key.Groups[1].Value, copy) + ":";
        }

        return RenameReferences(line, copy, componentNames);
    }

    private static string RenameReferences(string line, int copy, HashSet<string> componentNames)
        => line.Contains("#/components/", StringComparison.Ordinal)
            ? s_reference.Replace(line, m => componentNames.Contains(m.Groups[2].Value)
                ? "#/components/" + m.Groups[1].Value + "/" + RenameComponent(m.Groups[2].Value, copy)
                : m.Value)
            : line;

    private static int IndexOfTopLevel(string[] lines, string key) => Array.FindIndex(lines, l => l.TrimEnd() == key);

    private static List<(string Name, string[] Body)> SplitSections(string[] lines)
    {
        var sections = new List<(string Name, List<string> Body)>();
        foreach (var line in lines)
        {
            var key = s_sectionKey.Match(line);
            if (key.Success)
            {
                sections.Add((key.Groups[1].Value, new List<string>()));
            }
            else if (sections.Count > 0)
            {
                sections[^1].Body.Add(line);
            }
            else if (line.Trim().Length > 0)
            {
                throw new InvalidOperationException("Unexpected line before the first components section: " + line);
            }
        }

        return sections.Select(s => (s.Name, s.Body.ToArray())).ToList();
    }

    private static void AppendLines(StringBuilder output, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            output.Append(line).Append('\n');
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DiffPlex;

namespace SharesGen.Tests.Shared.Snapshots;

/// <summary>A unified diff (<c>diff -u</c> style, three lines of context) of two texts, from DiffPlex's line diff.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <param name="maxLines">Long diffs are cut there: the received file beside the verified one has the rest.</param>
    public static string Create(string expected, string actual, string expectedLabel, string actualLabel, int maxLines = 200)
    {
        // A final newline on both sides would show as an empty last line of context.
        if (expected.EndsWith('\n') && actual.EndsWith('\n'))
        {
            expected = expected[..^1];
            actual = actual[..^1];
        }

        var result = Differ.Instance.CreateLineDiffs(expected, actual, ignoreWhitespace: false, ignoreCase: false);
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var output = new StringBuilder();
        output.Append("--- ").AppendLine(expectedLabel);
        output.Append("+++ ").AppendLine(actualLabel);
        var lines = 2;

        foreach (var hunk in Hunks(result.DiffBlocks.ToList(), a.Count))
        {
            var startA = Math.Max(0, hunk[0].DeleteStartA - Context);
            var startB = Math.Max(0, hunk[0].InsertStartB - Context);
            var last = hunk[hunk.Count - 1];
            var endA = Math.Min(a.Count, last.DeleteStartA + last.DeleteCountA + Context);
            var endB = Math.Min(b.Count, last.InsertStartB + last.InsertCountB + Context);
            output.AppendLine(string.Create(CultureInfo.InvariantCulture, $"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@"));

            var lineA = startA;
            var lineB = startB;
            foreach (var block in hunk)
            {
                for (; lineA < block.DeleteStartA; lineA++, lineB++)
                {
                    output.Append(' ').AppendLine(a[lineA]);
                }

                for (var i = 0; i < block.DeleteCountA; i++, lineA++)
                {
                    output.Append('-').AppendLine(a[lineA]);
                }

                for (var i = 0; i < block.InsertCountB; i++, lineB++)
                {
                    output.Append('+').AppendLine(b[lineB]);
                }
            }

            for (; lineA < endA; lineA++)
            {
                output.Append(' ').AppendLine(a[lineA]);
            }

            lines += (endA - startA) + hunk.Sum(h => h.InsertCountB) + 1;
            if (lines > maxLines)
            {
                output.AppendLine("… (diff cut; compare the .received. file with the .verified. one for the rest)");
                break;
            }
        }

        return output.ToString();
    }

    /// <summary>Groups change blocks whose context would overlap into one hunk, as <c>diff -u</c> does.</summary>
    private static IEnumerable<List<DiffPlex.Model.DiffBlock>> Hunks(List<DiffPlex.Model.DiffBlock> blocks, int countA)
    {
        var current = new List<DiffPlex.Model.DiffBlock>();
        foreach (var block in blocks)
        {
            if (current.Count > 0)
            {
                var previous = current[current.Count - 1];
                if (block.DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA) > 2 * Context)
                {
                    yield return current;
                    current = new List<DiffPlex.Model.DiffBlock>();
                }
            }

            current.Add(block);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}

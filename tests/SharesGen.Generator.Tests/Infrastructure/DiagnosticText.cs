using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>Diagnostics as stable, readable text: one line each, sorted, file name instead of full path.</summary>
internal static class DiagnosticText
{
    /// <summary><c>SHARESGEN001 Error test.yaml(3,5): The spec …</c>, with 1-based line and column.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var where = "(no location)";
        if (diagnostic.Location != Location.None)
        {
            var span = diagnostic.Location.GetMappedLineSpan();
            var file = Path.GetFileName(span.Path);
            where = string.Create(CultureInfo.InvariantCulture, $"{file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})");
        }

        return $"{diagnostic.Id} {diagnostic.Severity} {where}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    /// <summary>One line per diagnostic, ordered by id, file, line, column and message (numbers as numbers).</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics)
        => string.Concat(diagnostics
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => Path.GetFileName(d.Location.GetMappedLineSpan().Path) ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetMappedLineSpan().StartLinePosition)
            .ThenBy(d => d.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .Select(d => Format(d) + "\n"));
}

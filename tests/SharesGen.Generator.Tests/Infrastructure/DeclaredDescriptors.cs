using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SharesGen.Generator.Diagnostics;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// Every descriptor <see cref="DiagnosticDescriptors"/> declares, read from its fields so that a new one is checked by
/// the documentation tests without being listed anywhere else; ordered by id.
/// </summary>
internal static class DeclaredDescriptors
{
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();
}

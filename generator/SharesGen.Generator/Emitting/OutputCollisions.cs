using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>What one spec file generates, as far as other spec files can collide with it.</summary>
/// <param name="SpecPath">The spec file.</param>
/// <param name="Namespace">The namespace everything it generates is in.</param>
/// <param name="HintNames">Its generated files, by hint name.</param>
/// <param name="TypeNames">The full names of the types it generates.</param>
internal sealed record SpecOutputs(string SpecPath, string Namespace, EquatableArray<string> HintNames, EquatableArray<string> TypeNames)
{
    public static SpecOutputs Of(string specPath, ApiModel model)
    {
        var units = SharesGenGenerator.UnitsOf(model).ToList();
        return new SpecOutputs(
            specPath,
            model.Namespace,
            units.Select(u => u.HintName).ToEquatableArray(),
            units.SelectMany(u => u.TypeNames).Select(name => model.Namespace + "." + name).ToEquatableArray());
    }
}

/// <summary>
/// Two spec files that generate the same file (the same type in one namespace, also when both fall back to the
/// project's RootNamespace) would make the compiler drop every generated file (CS8785). The first spec, by path, keeps
/// its output; every later one that collides with it generates nothing and gets one SHARESGEN012 naming both.
/// </summary>
/// <param name="Blocked">The specs that generate nothing.</param>
internal sealed record OutputCollisions(EquatableArray<string> Blocked, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Files and types are compared as the compiler compares hint names: without case.</summary>
    private static readonly StringComparer s_names = StringComparer.OrdinalIgnoreCase;

    public bool Blocks(string specPath) => Blocked.Contains(specPath, StringComparer.Ordinal);

    public static OutputCollisions Find(ImmutableArray<SpecOutputs> specs)
    {
        var kept = new List<SpecOutputs>();
        var blocked = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var spec in specs.OrderBy(s => s.SpecPath, StringComparer.Ordinal))
        {
            var clash = kept.Select(other => (Other: other, What: Clash(other, spec))).FirstOrDefault(c => c.What is not null);
            if (clash.What is null)
            {
                kept.Add(spec);
                continue;
            }

            blocked.Add(spec.SpecPath);
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.DuplicateOutput,
                new LocationInfo(spec.SpecPath, new TextSpan(0, 0), new LinePositionSpan(default, default)),
                FileName(clash.Other.SpecPath),
                FileName(spec.SpecPath),
                clash.What!));
        }

        return new OutputCollisions(blocked.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>What <paramref name="later"/> would generate that <paramref name="first"/> already does, in words; null when nothing.</summary>
    private static string? Clash(SpecOutputs first, SpecOutputs later)
    {
        var files = later.HintNames.Where(hint => first.HintNames.Contains(hint, s_names)).ToList();
        if (files.Count > 0)
        {
            return files.Count == 1 ? $"'{files[0]}'" : $"'{files[0]}' and {files.Count - 1} more file(s)";
        }

        // A namespace of one that is a type of the other (Contoso.Cloudflare, a client class of namespace Contoso) is
        // also a clash the compiler reports in generated code (CS0101).
        foreach (var (types, @namespace) in new[] { (first.TypeNames, later.Namespace), (later.TypeNames, first.Namespace) })
        {
            if (types.FirstOrDefault(type => s_names.Equals(type, @namespace) || @namespace.StartsWith(type + ".", StringComparison.OrdinalIgnoreCase)) is { } type)
            {
                return $"the type '{type}' where the other has the namespace '{@namespace}'";
            }
        }

        return null;
    }

    private static string FileName(string path) => System.IO.Path.GetFileName(path);
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>One output of a tracked pipeline step, flattened for assertions and readable failure messages.</summary>
internal sealed record StepOutput(string Step, object Value, IncrementalStepRunReason Reason)
{
    /// <summary>The pipeline did no work for this output: it was reused (Cached) or recomputed to an equal value (Unchanged).</summary>
    public bool IsReused => Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    /// <summary>The hint name when the value is an emit unit, for messages that name a file.</summary>
    public string Describe() => $"{Step}: {Reason} {(Value is Emitting.EmitUnit unit ? unit.HintName : Value.GetType().Name)}";
}

/// <summary>Reads the step tracking of a generator run (<c>trackIncrementalGeneratorSteps: true</c>).</summary>
internal static class IncrementalSteps
{
    /// <summary>The <c>SourceOutput</c> step name Roslyn gives <c>RegisterSourceOutput</c>.</summary>
    public const string SourceOutput = "SourceOutput";

    /// <summary>Every step name in <see cref="TrackingNames"/>, read by reflection so a new step is covered without editing the tests.</summary>
    public static IReadOnlyList<string> AllTrackingNames { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every output of the named steps of <paramref name="run"/>.</summary>
    public static IReadOnlyList<StepOutput> Outputs(GeneratorRun run, params string[] steps)
        => steps
            .Where(run.Result.TrackedSteps.ContainsKey)
            .SelectMany(step => run.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => new StepOutput(step, o.Value, o.Reason)))
            .ToList();

    /// <summary>Every output of every step named in <see cref="TrackingNames"/>.</summary>
    public static IReadOnlyList<StepOutput> TrackedOutputs(GeneratorRun run) => Outputs(run, AllTrackingNames.ToArray());

    /// <summary>
    /// The outputs of the <c>RegisterSourceOutput</c> steps fed by <paramref name="inputStep"/> (e.g. <c>Units</c>, which
    /// add sources, or <c>Diagnostics</c>, which report). A reused one did not call the emitter again.
    /// </summary>
    public static IReadOnlyList<StepOutput> SourceOutputsFedBy(GeneratorRun run, string inputStep)
        => run.Result.TrackedOutputSteps.TryGetValue(SourceOutput, out var steps)
            ? steps
                .Where(s => s.Inputs.Any(i => i.Source.Name == inputStep))
                .SelectMany(s => s.Outputs.Select(o => new StepOutput(SourceOutput + "(" + inputStep + ")", o.Value, o.Reason)))
                .ToList()
            : Array.Empty<StepOutput>();

    /// <summary>One line per output, for failure messages.</summary>
    public static string Describe(IEnumerable<StepOutput> outputs) => string.Join("\n", outputs.Select(o => o.Describe()));
}

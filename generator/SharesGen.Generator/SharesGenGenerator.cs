using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SharesGen.Generator.Changes;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Emitting;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;
using SharesGen.Generator.Options;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator;

/// <summary>
/// Generates DTOs, extensible enums, converters and a typed client from OpenAPI files that a project lists as
/// <c>&lt;AdditionalFiles Include="spec.yaml" SharesGen="true" /&gt;</c>. This method only wires the pipeline:
/// reading lives in <c>Reading/</c>, the model in <c>Model/</c>, code in <c>Emitting/</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SharesGenGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecInput.Create(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.SpecInput);

        var results = specs
            .Select(static (input, cancellationToken) => SpecReader.Read(input, cancellationToken))
            .WithTrackingName(TrackingNames.SpecResult);

        // Diagnostics travel apart from the model: a comment that moves a warning's line must not re-emit code.
        var diagnostics = results
            .SelectMany(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, diagnostic) => output.ReportDiagnostic(diagnostic.ToDiagnostic()));

        // Two specs that would generate the same file: the first by path keeps its output, the others get SHARESGEN012.
        // Each spec's outputs are a small equatable value, so an edit that keeps a spec's types reruns nothing here.
        var collisions = results
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => SpecOutputs.Of(result.SpecPath, result.Model!))
            .WithTrackingName(TrackingNames.Outputs)
            .Collect()
            .Select(static (all, _) => OutputCollisions.Find(all))
            .WithTrackingName(TrackingNames.Collisions);
        context.RegisterSourceOutput(collisions.SelectMany(static (found, _) => found.Diagnostics), static (output, diagnostic) => output.ReportDiagnostic(diagnostic.ToDiagnostic()));

        // A project that cannot compile the output (C# below 11, no SharesGen reference) gets SHARESGEN015 instead of it.
        var consumer = context.CompilationProvider
            .Select(static (compilation, _) => ConsumerProject.Of(compilation))
            .WithTrackingName(TrackingNames.Consumer);
        context.RegisterSourceOutput(
            results.Combine(consumer).Where(static pair => !pair.Right.CanCompileGeneratedCode),
            static (output, pair) => output.ReportDiagnostic(UnsupportedConsumer(pair.Left.SpecPath, pair.Right)));

        var models = results
            .Where(static result => result.Model is not null)
            .Combine(collisions)
            .Where(static pair => !pair.Right.Blocks(pair.Left.SpecPath))
            .Select(static (pair, _) => pair.Left.Model!)
            .WithTrackingName(TrackingNames.Model);

        var units = models
            .SelectMany(static (model, _) => UnitsOf(model))
            .Combine(consumer)
            .Where(static pair => pair.Right.CanCompileGeneratedCode)
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.Units);
        context.RegisterSourceOutput(units, static (output, unit) => Emit(output, unit));

        // netstandard2.0 and .NET Framework lack the attributes required members and init accessors compile to: one
        // file declares those the project lacks, once per project however many specs it has, unless it opts out.
        var polyfills = consumer
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => PolyfillSwitch.IsOn(options.GlobalOptions)))
            .Combine(models.Collect().Select(static (all, _) => !all.IsEmpty))
            .Select(static (pair, _) => pair.Left.Right && pair.Right && pair.Left.Left.CanCompileGeneratedCode ? pair.Left.Left.Polyfills : EquatableArray<string>.Empty)
            .WithTrackingName(TrackingNames.Polyfills);
        context.RegisterSourceOutput(polyfills, static (output, missing) =>
        {
            if (!missing.IsEmpty)
            {
                output.AddSource(PolyfillEmitter.HintName, PolyfillEmitter.Emit(missing));
            }
        });

        // Spec updates (Changes/): a branch of its own whose only output is diagnostics, computed from the surfaces
        // of a spec and its baseline, so that editing the baseline re-emits no code. A spec is read for comparison
        // only when it asks for a baseline (SharesGenBaseline) or an AdditionalFile says it is its baseline.
        var baselineInputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => BaselineInput.Create(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!);
        var baselines = baselineInputs
            .Select(static (input, cancellationToken) => BaselineSurface.Read(input, cancellationToken))
            .WithTrackingName(TrackingNames.BaselineSurface);
        var comparedSpecs = specs
            .Combine(baselineInputs.Select(static (input, _) => input.SpecPath).Collect())
            .Where(static pair => pair.Left.Baseline is not null || pair.Right.Any(path => BaselineInput.SamePath(path, pair.Left.Path)))
            .Select(static (pair, _) => pair.Left)
            .Select(static (input, cancellationToken) => ComparedSpec.Read(input, cancellationToken))
            .WithTrackingName(TrackingNames.ComparedSpec);
        var specUpdates = comparedSpecs
            .Combine(baselines.Collect())
            .Select(static (pair, cancellationToken) => SpecUpdateReport.Create(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SpecUpdates);
        context.RegisterSourceOutput(specUpdates, static (output, report) =>
        {
            foreach (var diagnostic in report)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    internal static IEnumerable<EmitUnit> UnitsOf(ApiModel model)
    {
        foreach (var enumModel in model.Enums)
        {
            yield return new EnumUnit(model.Namespace, enumModel);
        }

        foreach (var objectModel in model.Objects)
        {
            yield return new ObjectUnit(model.Namespace, objectModel);
        }

        foreach (var union in model.Unions)
        {
            yield return new UnionUnit(model.Namespace, union);
        }

        foreach (var hierarchy in model.Hierarchies)
        {
            yield return new HierarchyUnit(model.Namespace, hierarchy);
        }

        foreach (var form in model.Forms)
        {
            yield return new FormUnit(model.Namespace, form);
        }

        foreach (var unit in ClientUnits.Of(model))
        {
            yield return unit;
        }

        yield return new JsonResolverUnit(new JsonResolverModel(
            model.Namespace,
            model.ClientName,
            model.Objects.Select(o => o.Name).Concat(model.Unions.Select(u => u.Name)).Concat(model.Hierarchies.Select(h => h.Name)).ToEquatableArray(),
            model.Enums.Select(e => e.Name).ToEquatableArray()));
        if (model.Contract is { } contract)
        {
            yield return new ContractUnit(contract);
            yield return new ExamplesUnit(contract);
        }
    }

    private static Diagnostic UnsupportedConsumer(string specPath, ConsumerProject consumer)
    {
        var (needs, has) = consumer.Shortfall();
        return Diagnostic.Create(
            DiagnosticDescriptors.UnsupportedConsumer,
            Location.Create(specPath, default, default),
            System.IO.Path.GetFileName(specPath),
            needs,
            has);
    }

    private static void Emit(SourceProductionContext output, EmitUnit unit)
    {
        string source;
        try
        {
            source = unit.Emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An emitter bug must surface as a diagnostic, not as CS8785 that hides every other output.
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, unit.HintName, exception.Message));
            return;
        }

        output.AddSource(unit.HintName, source);
    }
}

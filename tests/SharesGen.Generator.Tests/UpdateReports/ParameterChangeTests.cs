using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using static SharesGen.Generator.Tests.UpdateReports.Widgets;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>Path, query and header parameters of an operation that exists on both sides.</summary>
public class ParameterChangeTests
{
    private const string DryRun = "        - name: dry_run\n          in: query\n          schema:\n            type: boolean\n";

    [Test]
    public void NewRequiredParameterIsAnError()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(DryRun, DryRun + "        - name: X-Version\n          in: header\n          required: true\n          schema:\n            type: string\n"));

        report.Expect(DiagnosticDescriptors.RequiredParameterAdded, DiagnosticSeverity.Error, atLineOf: "- name: X-Version", saying: "The required header parameter 'X-Version' was added: calls built from the baseline do not send it (in widget-update)");
    }

    [Test]
    public void ParameterThatBecameRequiredIsAnError()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(DryRun, DryRun.Replace("in: query\n", "in: query\n          required: true # now\n")));

        report.Expect(DiagnosticDescriptors.ParameterBecameRequired, DiagnosticSeverity.Error, atLineOf: "required: true # now", saying: "The query parameter 'dry_run' became required: calls that leave it out are refused");
    }

    [Test]
    public void RemovedParameterIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(DryRun, string.Empty));

        report.Expect(DiagnosticDescriptors.ParameterRemoved, DiagnosticSeverity.Warning, atLineOf: "parameters:", saying: "The query parameter 'dry_run' was removed: the server may ignore or refuse it");
    }

    [Test]
    public void NewOptionalParameterIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(DryRun, DryRun + "        - name: fields\n          in: query\n          schema:\n            type: string\n"));

        report.Expect(DiagnosticDescriptors.OptionalParameterAdded, DiagnosticSeverity.Info, atLineOf: "- name: fields", saying: "The optional query parameter 'fields' was added (in widget-update)");
    }

    [Test]
    public void ParameterThatBecameOptionalIsInfo()
    {
        var required = Spec.Replace(DryRun, DryRun.Replace("in: query\n", "in: query\n          required: true\n"));

        var report = SpecUpdate.Between(required, Spec);

        report.Expect(DiagnosticDescriptors.ParameterBecameOptional, DiagnosticSeverity.Info, atLineOf: "- name: dry_run", saying: "The query parameter 'dry_run' became optional");
    }

    /// <summary>The URL is the same; only the generated argument's name follows the spec.</summary>
    [Test]
    public void RenamedPathParameterAtTheSamePlaceIsARenameNotARemoval()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("{widget_id}", "{id}").Replace("- name: widget_id", "- name: id"));

        report.Expect(DiagnosticDescriptors.PathParameterRenamed, DiagnosticSeverity.Info, atLineOf: "- name: id", saying: "The path parameter 'widget_id' is now 'id'");
    }

    [Test]
    public void DeprecatedParameterIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(DryRun, DryRun.Replace("in: query\n", "in: query\n          deprecated: true\n")));

        report.Expect(DiagnosticDescriptors.ParameterDeprecated, DiagnosticSeverity.Warning, atLineOf: "deprecated: true", saying: "The query parameter 'dry_run' is deprecated");
    }

    /// <summary>Header names are case-insensitive on the wire: a new spelling is no change.</summary>
    [Test]
    public void HeaderParameterSpelledInAnotherCaseIsTheSameParameter()
    {
        var header = DryRun + "        - name: X-Trace\n          in: header\n          schema:\n            type: string\n";

        SpecUpdate.Between(Spec.Replace(DryRun, header), Spec.Replace(DryRun, header.Replace("X-Trace", "x-trace"))).ExpectNothing();
    }

    /// <summary>A parameter's schema is request input: a tighter one may refuse what callers send today.</summary>
    [Test]
    public void ParameterSchemaIsComparedAsRequestInput()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("      in: path\n          required: true\n          schema:\n            type: string\n".Replace("      in:", "          in:"), "          in: path\n          required: true\n          schema:\n            type: string\n            maxLength: 8\n"));

        report.Expect(DiagnosticDescriptors.RequestConstraintTightened, DiagnosticSeverity.Warning, atLineOf: "maxLength: 8", saying: "The request constraint maxLength of the path parameter 'widget_id' was tightened from none to 8");
    }
}

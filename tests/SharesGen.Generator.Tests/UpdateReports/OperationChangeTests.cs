using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using static SharesGen.Generator.Tests.UpdateReports.Widgets;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>Operations, their addresses, their security and the server, compared between a spec and its baseline.</summary>
public class OperationChangeTests
{
    /// <summary>With its whole path gone, the operation is reported at the spec's <c>paths</c>.</summary>
    [Test]
    public void RemovedOperationIsAnError()
    {
        var report = SpecUpdate.Between(Spec, Header + ItemPath + Components);

        report.Expect(DiagnosticDescriptors.OperationRemoved, DiagnosticSeverity.Error, atLineOf: "paths:", saying: "The operation GET /widgets (widgets-list) was removed: callers of it fail");
    }

    [Test]
    public void RemovedOperationThatWasDeprecatedIsStillAnErrorAndSaysSo()
    {
        var deprecated = Spec.Replace("operationId: widgets-list", "operationId: widgets-list\n      deprecated: true");

        var report = SpecUpdate.Between(deprecated, Header + ItemPath + Components);

        report.Expect(DiagnosticDescriptors.OperationRemoved, DiagnosticSeverity.Error, atLineOf: "paths:", saying: "(widgets-list) was removed (the baseline marked it deprecated)");
    }

    [Test]
    public void OperationAtANewPathIsReportedAsMovedNotAsRemovedAndAdded()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("/widgets/{widget_id}:", "/gadgets/{widget_id}:"));

        report.Expect(DiagnosticDescriptors.OperationMoved, DiagnosticSeverity.Error, atLineOf: "put:", saying: "The operation 'widget-update' moved from PUT /widgets/{widget_id} to PUT /gadgets/{widget_id}");
    }

    [Test]
    public void OperationWithANewMethodIsReportedAsMoved()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("    put:\n      operationId: widget-update", "    patch:\n      operationId: widget-update"));

        report.Expect(DiagnosticDescriptors.OperationMoved, DiagnosticSeverity.Error, atLineOf: "patch:", saying: "from PUT /widgets/{widget_id} to PATCH /widgets/{widget_id}");
    }

    [Test]
    public void AddedOperationIsInfo()
    {
        var delete = """
                delete:
                  operationId: widget-delete
                  responses:
                    '204':
                      description: Deleted.

            """;

        var report = SpecUpdate.Between(Spec, Spec.Replace("  /widgets/{widget_id}:\n", "  /widgets/{widget_id}:\n" + delete));

        report.Expect(DiagnosticDescriptors.OperationAdded, DiagnosticSeverity.Info, atLineOf: "delete:", saying: "The operation DELETE /widgets/{widget_id} (widget-delete) was added");
    }

    [Test]
    public void NewOperationIdAtTheSameAddressIsARenameOfTheId()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("operationId: widget-update", "operationId: widget-replace"));

        report.Expect(DiagnosticDescriptors.OperationIdChanged, DiagnosticSeverity.Info, atLineOf: "operationId: widget-replace", saying: "The operationId of PUT /widgets/{widget_id} changed from 'widget-update' to 'widget-replace'");
    }

    [Test]
    public void SecurityAlternativeNoLongerAcceptedIsAnError()
    {
        var both = Spec.Replace("        - api_key: []\n", "        - api_key: []\n        - bearer: []\n");

        var report = SpecUpdate.Between(both, Spec);

        report.Expect(DiagnosticDescriptors.SecurityAlternativeRemoved, DiagnosticSeverity.Error, atLineOf: "security:", saying: "(widget-update) no longer accepts HTTP bearer: callers that authenticate that way are refused");
    }

    [Test]
    public void SecurityRequiredWhereNoneWasIsAnErrorForAnonymousCallers()
    {
        var report = SpecUpdate.Between(Spec.Replace("      security:\n        - api_key: []\n", string.Empty), Spec);

        report.ExpectAmongOthers(DiagnosticDescriptors.SecurityAlternativeRemoved, DiagnosticSeverity.Error, atLineOf: "security:", saying: "no longer accepts calls without credentials");
        report.ExpectAmongOthers(DiagnosticDescriptors.SecurityAlternativeAdded, DiagnosticSeverity.Info, atLineOf: "security:", saying: "also accepts header 'X-Api-Key'");
    }

    /// <summary>A scheme renamed in the spec breaks nobody; the header it sends is what callers depend on.</summary>
    [Test]
    public void SecuritySchemeRenamedWithTheSameHeaderIsNoChangeButANewHeaderIs()
    {
        var renamed = Spec.Replace("api_key", "key");
        var otherHeader = Spec.Replace("name: X-Api-Key", "name: X-Key");

        Assert.Multiple(() =>
        {
            SpecUpdate.Between(Spec, renamed).ExpectNothing();
            var report = SpecUpdate.Between(Spec, otherHeader);
            report.ExpectAmongOthers(DiagnosticDescriptors.SecurityAlternativeRemoved, DiagnosticSeverity.Error, atLineOf: "security:", saying: "no longer accepts header 'X-Api-Key'");
            report.ExpectAmongOthers(DiagnosticDescriptors.SecurityAlternativeAdded, DiagnosticSeverity.Info, atLineOf: "security:", saying: "also accepts header 'X-Key'");
        });
    }

    [Test]
    public void NewSecurityAlternativeIsInfo()
    {
        var both = Spec.Replace("        - api_key: []\n", "        - api_key: []\n        - bearer: []\n");

        var report = SpecUpdate.Between(Spec, both);

        report.Expect(DiagnosticDescriptors.SecurityAlternativeAdded, DiagnosticSeverity.Info, atLineOf: "security:", saying: "The operation PUT /widgets/{widget_id} (widget-update) also accepts HTTP bearer");
    }

    [Test]
    public void ChangedServerIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("https://api.example.com/v1", "https://api.example.com/v2"));

        report.Expect(DiagnosticDescriptors.ServerChanged, DiagnosticSeverity.Warning, atLineOf: "https://api.example.com/v2", saying: "from 'https://api.example.com/v1' to 'https://api.example.com/v2': clients built from the baseline still call the old one");
    }

    [Test]
    public void DeprecatedOperationIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("operationId: widgets-list", "operationId: widgets-list\n      deprecated: true"));

        report.Expect(DiagnosticDescriptors.OperationDeprecated, DiagnosticSeverity.Warning, atLineOf: "deprecated: true", saying: "The operation GET /widgets (widgets-list) is deprecated");
    }
}

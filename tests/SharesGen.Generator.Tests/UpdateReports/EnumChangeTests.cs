using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using static SharesGen.Generator.Tests.UpdateReports.Widgets;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// Enum values. Generated enums are extensible (a value type over the wire string), so a value a client does not know
/// reads without an exception: in responses, values may come and go. In requests, a value the baseline offered by
/// name and the server now refuses breaks the callers that send it.
/// </summary>
public class EnumChangeTests
{
    private const string Color = "      enum: [red, green]\n";

    private const string Status = "          enum: [draft, published]\n";

    [Test]
    public void EnumValueRemovedFromARequestIsAnError()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Color, "      enum: [red] # now\n"));

        report.Expect(DiagnosticDescriptors.RequestEnumValueRemoved, DiagnosticSeverity.Error, atLineOf: "enum: [red] # now", saying: "The value 'green' was removed from 'color': requests that send it are refused (in widget-update)");
    }

    [Test]
    public void RequestValueNowLimitedToAnEnumIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("          maxLength: 64\n", "          maxLength: 64\n          enum: [small, large] # now\n"));

        report.Expect(DiagnosticDescriptors.RequestBecameEnum, DiagnosticSeverity.Warning, atLineOf: "# now", saying: "'name' of 'widget_update' is now limited to 2 values in requests: other values are refused");
    }

    [Test]
    public void EnumValueAddedToARequestIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Color, "      enum:\n        - red\n        - green\n        - blue # now\n"));

        report.Expect(DiagnosticDescriptors.EnumValueAdded, DiagnosticSeverity.Info, atLineOf: "- blue # now", saying: "The value 'blue' was added to 'color' (in widget-update)");
    }

    /// <summary>A client built from the baseline reads the new value as an unknown one of its extensible enum.</summary>
    [Test]
    public void EnumValueAddedToAResponseIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Status, "          enum: [draft, published, archived] # now\n"));

        report.Expect(DiagnosticDescriptors.EnumValueAdded, DiagnosticSeverity.Info, atLineOf: "# now", saying: "The value 'archived' was added to 'status' of 'widget' (in widget-update, widgets-list)");
    }

    [Test]
    public void EnumValueRemovedFromAResponseIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Status, "          enum: [published] # now\n"));

        report.Expect(DiagnosticDescriptors.ResponseEnumValueRemoved, DiagnosticSeverity.Info, atLineOf: "# now", saying: "The value 'draft' was removed from 'status' of 'widget'; the server no longer sends it");
    }

    [Test]
    public void ResponseValueThatBecameAnEnumIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("        note:\n          type: string\n", "        note:\n          type: string\n          enum: [short, long] # now\n"));

        report.Expect(DiagnosticDescriptors.EnumRestrictionChanged, DiagnosticSeverity.Info, atLineOf: "# now", saying: "'note' of 'widget' is now an enum of 2 values in responses");
    }

    [Test]
    public void ValueNoLongerLimitedToAnEnumIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("    color:\n      type: string\n" + Color, "    color: # any string now\n      type: string\n"));

        report.Expect(DiagnosticDescriptors.EnumRestrictionChanged, DiagnosticSeverity.Info, atLineOf: "# any string now", saying: "'color' is no longer limited to an enum in requests");
    }

    /// <summary>
    /// The asymmetry in one component: the same removal is an error for the requests that send the value and info for
    /// the responses that carry it, each reported once, at the same line.
    /// </summary>
    [Test]
    public void OneComponentInRequestsAndResponsesGetsTheRuleOfEachDirection()
    {
        var shared = Spec.Replace("        status:\n          type: string\n" + Status, "        color:\n          $ref: '#/components/schemas/color'\n");

        var report = SpecUpdate.Between(shared, shared.Replace(Color, "      enum: [red] # now\n"));

        Assert.That(report.Diagnostics, Has.Length.EqualTo(2), report.Text);
        report.ExpectAmongOthers(DiagnosticDescriptors.RequestEnumValueRemoved, DiagnosticSeverity.Error, atLineOf: "# now", saying: "The value 'green' was removed from 'color': requests that send it are refused (in widget-update)");
        report.ExpectAmongOthers(DiagnosticDescriptors.ResponseEnumValueRemoved, DiagnosticSeverity.Info, atLineOf: "# now", saying: "The value 'green' was removed from 'color'; the server no longer sends it (in widget-update, widgets-list)");
    }
}

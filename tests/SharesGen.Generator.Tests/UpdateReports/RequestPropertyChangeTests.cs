using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using static SharesGen.Generator.Tests.UpdateReports.Widgets;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// Properties of a request body (<c>widget_update</c>): the caller sends them, so what the new spec demands that old
/// callers do not send breaks them, and what it merely allows cannot.
/// </summary>
public class RequestPropertyChangeTests
{
    private const string Size = "        size:\n          type: integer\n          nullable: true\n";

    [Test]
    public void NewRequiredRequestPropertyIsAnError()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("      required: [name]\n", "      required: [name, sku]\n").Replace(Size, Size + "        sku:\n          type: string\n"));

        report.Expect(DiagnosticDescriptors.RequiredRequestPropertyAdded, DiagnosticSeverity.Error, atLineOf: "sku:", saying: "The required request property 'sku' of 'widget_update' was added: requests built from the baseline lack it (in widget-update)");
    }

    /// <summary>The diagnostic points at the entry of the required list that names the property.</summary>
    [Test]
    public void RequestPropertyThatBecameRequiredIsAnErrorAtItsRequiredEntry()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("      required: [name]\n", "      required:\n        - name\n        - color # now\n"));

        report.Expect(DiagnosticDescriptors.RequestPropertyBecameRequired, DiagnosticSeverity.Error, atLineOf: "- color # now", saying: "The request property 'color' of 'widget_update' became required: requests that leave it out are refused");
    }

    [Test]
    public void RemovedRequestPropertyIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Size, string.Empty).Replace("      required: [name]\n      properties:\n", "      required: [name]\n      properties: # of widget_update\n"));

        report.Expect(DiagnosticDescriptors.RequestPropertyRemoved, DiagnosticSeverity.Warning, atLineOf: "properties: # of widget_update", saying: "The request property 'size' of 'widget_update' was removed");
    }

    [Test]
    public void RequestValueThatMayNoLongerBeNullIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Size, "        size: # not nullable\n          type: integer\n"));

        report.Expect(DiagnosticDescriptors.RequestBecameNotNullable, DiagnosticSeverity.Warning, atLineOf: "size: # not nullable", saying: "'size' of 'widget_update' may no longer be null in requests: requests that send null are refused");
    }

    [Test]
    public void DeprecatedRequestPropertyIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Size, Size + "          deprecated: true\n"));

        report.Expect(DiagnosticDescriptors.RequestPropertyDeprecated, DiagnosticSeverity.Warning, atLineOf: "deprecated: true", saying: "The request property 'size' of 'widget_update' is deprecated: the API may remove it");
    }

    [Test]
    public void NewOptionalRequestPropertyIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Size, Size + "        tags:\n          type: array\n          items:\n            type: string\n"));

        report.Expect(DiagnosticDescriptors.OptionalRequestPropertyAdded, DiagnosticSeverity.Info, atLineOf: "tags:", saying: "The optional request property 'tags' of 'widget_update' was added");
    }

    [Test]
    public void RequestPropertyThatBecameOptionalIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("      required: [name]\n", string.Empty).Replace("        name:\n          type: string\n", "        name: # optional now\n          type: string\n"));

        report.Expect(DiagnosticDescriptors.RequestPropertyBecameOptional, DiagnosticSeverity.Info, atLineOf: "name: # optional now", saying: "The request property 'name' of 'widget_update' became optional");
    }

    [Test]
    public void RequestValueThatMayNowBeNullIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("          maxLength: 64\n", "          maxLength: 64\n          nullable: true # now\n"));

        report.Expect(DiagnosticDescriptors.RequestBecameNullable, DiagnosticSeverity.Info, atLineOf: "nullable: true # now", saying: "'name' of 'widget_update' may now be null in requests");
    }

    /// <summary>A property nested in an array of an inline object is named by its path.</summary>
    [Test]
    public void NestedPropertyIsNamedByItsPath()
    {
        var parts = "        parts:\n          type: array\n          items:\n            type: object\n            properties:\n              sku:\n                type: string\n";
        var withParts = Spec.Replace(Size, Size + parts);

        var report = SpecUpdate.Between(withParts, withParts.Replace("            properties:\n              sku:", "            required: [sku]\n            properties:\n              sku:"));

        report.Expect(DiagnosticDescriptors.RequestPropertyBecameRequired, DiagnosticSeverity.Error, atLineOf: "required: [sku]", saying: "The request property 'parts[].sku' of 'widget_update' became required");
    }
}

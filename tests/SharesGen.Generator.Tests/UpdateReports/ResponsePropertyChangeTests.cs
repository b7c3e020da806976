using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using static SharesGen.Generator.Tests.UpdateReports.Widgets;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// Properties of a response (<c>widget</c>): the server sends them and a client generated from the baseline reads
/// them, so what the new spec lets the server leave out or send as null breaks it, and what it adds cannot.
/// </summary>
public class ResponsePropertyChangeTests
{
    private const string Label = "        label:\n          type: string\n";

    private const string Note = "        note:\n          type: string\n";

    [Test]
    public void RemovedRequiredResponsePropertyIsAnError()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Label, string.Empty).Replace("      required: [id, label]\n      properties:\n", "      required: [id, label]\n      properties: # of widget\n"));

        report.Expect(DiagnosticDescriptors.RequiredResponsePropertyRemoved, DiagnosticSeverity.Error, atLineOf: "properties: # of widget", saying: "The required response property 'label' of 'widget' was removed: clients built from the baseline fail to read responses without it (in widget-update, widgets-list)");
    }

    [Test]
    public void ResponsePropertyThatBecameOptionalIsAnError()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("      required: [id, label]\n", "      required: [id]\n").Replace(Label, "        label: # optional now\n          type: string\n"));

        report.Expect(DiagnosticDescriptors.ResponsePropertyBecameOptional, DiagnosticSeverity.Error, atLineOf: "label: # optional now", saying: "The response property 'label' of 'widget' became optional: clients built from the baseline fail to read responses without it");
    }

    [Test]
    public void RequiredResponsePropertyThatMayNowBeNullIsAnError()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Label, Label + "          nullable: true # now\n"));

        report.Expect(DiagnosticDescriptors.ResponseBecameNullable, DiagnosticSeverity.Error, atLineOf: "nullable: true # now", saying: "'label' of 'widget' may now be null in responses: clients built from the baseline fail to read a null there");
    }

    [Test]
    public void RemovedOptionalResponsePropertyIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Note, string.Empty).Replace("      required: [id, label]\n      properties:\n", "      required: [id, label]\n      properties: # of widget\n"));

        report.Expect(DiagnosticDescriptors.OptionalResponsePropertyRemoved, DiagnosticSeverity.Warning, atLineOf: "properties: # of widget", saying: "The response property 'note' of 'widget' was removed: code that reads it finds it missing");
    }

    /// <summary>Members a client does not know land in its AdditionalProperties and are written back: nothing breaks.</summary>
    [Test]
    public void NewResponsePropertyIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Note, Note + "        owner:\n          type: string\n"));

        report.Expect(DiagnosticDescriptors.ResponsePropertyAdded, DiagnosticSeverity.Info, atLineOf: "owner:", saying: "The response property 'owner' of 'widget' was added; clients built from the baseline keep it in AdditionalProperties");
    }

    /// <summary>In a response, a new required property only promises more: it breaks no reader.</summary>
    [Test]
    public void NewRequiredResponsePropertyIsInfoToo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("      required: [id, label]\n", "      required: [id, label, owner]\n").Replace(Note, Note + "        owner:\n          type: string\n"));

        report.Expect(DiagnosticDescriptors.ResponsePropertyAdded, DiagnosticSeverity.Info, atLineOf: "owner:", saying: "The response property 'owner' of 'widget' was added");
    }

    [Test]
    public void ResponsePropertyThatBecameRequiredIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("      required: [id, label]\n", "      required: [id, label, note] # now\n"));

        report.Expect(DiagnosticDescriptors.ResponsePropertyBecameRequired, DiagnosticSeverity.Info, atLineOf: "required: [id, label, note] # now", saying: "The response property 'note' of 'widget' became required");
    }

    /// <summary>An optional member is nullable in generated code already; a null from the server reads fine.</summary>
    [Test]
    public void OptionalResponsePropertyThatMayNowBeNullIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Note, Note + "          nullable: true # now\n"));

        report.Expect(DiagnosticDescriptors.OptionalResponseBecameNullable, DiagnosticSeverity.Info, atLineOf: "nullable: true # now", saying: "'note' of 'widget' may now be null in responses; it is optional, so its generated member is nullable already");
    }

    [Test]
    public void ResponseValueThatIsNoLongerNullableIsInfo()
    {
        var nullable = Spec.Replace(Note, Note + "          nullable: true\n");

        var report = SpecUpdate.Between(nullable, Spec.Replace(Note, "        note: # not nullable\n          type: string\n"));

        report.Expect(DiagnosticDescriptors.ResponseBecameNotNullable, DiagnosticSeverity.Info, atLineOf: "note: # not nullable", saying: "'note' of 'widget' is no longer nullable in responses");
    }

    [Test]
    public void DeprecatedResponsePropertyIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Note, Note + "          deprecated: true\n"));

        report.Expect(DiagnosticDescriptors.ResponsePropertyDeprecated, DiagnosticSeverity.Info, atLineOf: "deprecated: true", saying: "The response property 'note' of 'widget' is deprecated");
    }

    /// <summary>An array item a client requires may not turn null either: the list reads it as a value.</summary>
    [Test]
    public void ArrayItemThatMayNowBeNullIsAnError()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("                items:\n                  $ref: '#/components/schemas/widget'\n", "                items:\n                  nullable: true # now\n                  allOf:\n                    - $ref: '#/components/schemas/widget'\n"));

        report.Expect(DiagnosticDescriptors.ResponseBecameNullable, DiagnosticSeverity.Error, atLineOf: "nullable: true # now", saying: "The items of the response may now be null in responses: clients built from the baseline fail to read a null there (in widgets-list)");
    }
}

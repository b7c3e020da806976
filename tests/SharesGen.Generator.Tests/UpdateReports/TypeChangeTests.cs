using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using static SharesGen.Generator.Tests.UpdateReports.Widgets;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// Types and formats. In a request, a narrower type refuses some values callers send (a warning) and another type
/// refuses all of them (an error). In a response, what decides is whether a client generated from the baseline can
/// still read every value: <c>int</c> cannot read <c>int64</c> or a fraction, <c>DateTimeOffset</c> cannot read any
/// string.
/// </summary>
public class TypeChangeTests
{
    [TestCase("        name:\n          type: string\n", "        name:\n          type: integer # now\n", "The type of 'name' of 'widget_update' changed from string to integer: values sent today are not valid any more", TestName = "{m}(request: string to integer)")]
    [TestCase("        id:\n          type: string\n", "        id:\n          type: integer # now\n", "The type of 'id' of 'widget' changed from string to integer: clients built from the baseline cannot read the new values", TestName = "{m}(response: string to integer)")]
    [TestCase("        weight:\n          type: number\n", "        weight:\n          type: string # now\n", "changed from number to string: clients built from the baseline cannot read", TestName = "{m}(response: number to string)")]
    public void IncompatibleTypeIsAnError(string before, string after, string saying)
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(before, after));

        report.Expect(DiagnosticDescriptors.TypeChanged, DiagnosticSeverity.Error, atLineOf: "# now", saying: saying);
    }

    /// <summary>The baseline's client parses a date-time into a DateTimeOffset; any other string fails it.</summary>
    [Test]
    public void PlainStringWhereADateTimeWasInAResponseIsAnError()
    {
        var dateTime = Spec.Replace("        note:\n          type: string\n", "        note:\n          type: string\n          format: date-time\n");

        var report = SpecUpdate.Between(dateTime, Spec.Replace("        note:\n          type: string\n", "        note: # now\n          type: string\n"));

        report.Expect(DiagnosticDescriptors.TypeChanged, DiagnosticSeverity.Error, atLineOf: "# now", saying: "The type of 'note' of 'widget' changed from string (date-time) to string: clients built from the baseline cannot read the new values");
    }

    /// <summary>The baseline's client reads an integer without a format as an int, which an int64 overflows.</summary>
    [Test]
    public void WiderIntegerInAResponseIsAnError()
    {
        var inResponse = Spec.Replace("        weight:\n          type: number\n", "        weight:\n          type: integer\n");

        var report = SpecUpdate.Between(inResponse, inResponse.Replace("        weight:\n          type: integer\n", "        weight:\n          type: integer\n          format: int64 # now\n"));

        report.Expect(DiagnosticDescriptors.TypeChanged, DiagnosticSeverity.Error, atLineOf: "# now", saying: "The type of 'weight' of 'widget' changed from integer to integer (int64): clients built from the baseline cannot read the new values");
    }

    [TestCase("          type: integer\n          format: int64\n", "          type: integer\n          format: int32 # now\n", "narrowed from integer (int64) to integer (int32)", TestName = "{m}(int64 to int32)")]
    [TestCase("          type: integer\n", "          type: integer\n          format: uuid # now\n", "narrowed from integer to integer (uuid)", TestName = "{m}(an integer format nothing else reads)")]
    public void NarrowerRequestTypeIsAWarning(string before, string after, string saying)
    {
        var size = Spec.Replace("        size:\n          type: integer\n", "        size:\n" + before);

        var report = SpecUpdate.Between(size, size.Replace("        size:\n" + before, "        size:\n" + after));

        report.Expect(DiagnosticDescriptors.RequestTypeNarrowed, DiagnosticSeverity.Warning, atLineOf: "# now", saying: saying + " in requests: some values valid today are refused");
    }

    [Test]
    public void StringThatMustNowHaveAFormatInARequestIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("        name:\n          type: string\n", "        name:\n          type: string\n          format: uuid # now\n"));

        report.Expect(DiagnosticDescriptors.RequestTypeNarrowed, DiagnosticSeverity.Warning, atLineOf: "# now", saying: "The type of 'name' of 'widget_update' narrowed from string to string (uuid) in requests");
    }

    [Test]
    public void NumberThatMustNowBeAnIntegerInARequestIsAWarning()
    {
        var asNumber = Spec.Replace("        size:\n          type: integer\n", "        size:\n          type: number\n");

        var report = SpecUpdate.Between(asNumber, Spec.Replace("        size:\n          type: integer\n", "        size:\n          type: integer # now\n"));

        report.Expect(DiagnosticDescriptors.RequestTypeNarrowed, DiagnosticSeverity.Warning, atLineOf: "# now", saying: "The type of 'size' of 'widget_update' narrowed from number to integer in requests");
    }

    [TestCase("        size:\n          type: integer\n", "        size:\n          type: number # now\n", "changed from integer to number; every value valid today stays valid", TestName = "{m}(request: integer to number)")]
    [TestCase("        weight:\n          type: number\n", "        weight:\n          type: integer # now\n", "changed from number to integer; clients built from the baseline still read it", TestName = "{m}(response: number to integer)")]
    [TestCase("        id:\n          type: string\n", "        id:\n          type: string\n          format: uuid # now\n", "changed from string to string (uuid); clients built from the baseline still read it", TestName = "{m}(response: a format a string reads)")]
    public void CompatibleTypeChangeIsInfo(string before, string after, string saying)
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(before, after));

        report.Expect(DiagnosticDescriptors.TypeChangedCompatibly, DiagnosticSeverity.Info, atLineOf: "# now", saying: saying);
    }

    /// <summary>An object that became a string has no properties left to compare: one diagnostic, not one per member.</summary>
    [Test]
    public void ObjectThatBecameAScalarIsOneChange()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("    widget:\n      type: object\n", "    widget:\n      type: string # now\n"));

        report.Expect(DiagnosticDescriptors.TypeChanged, DiagnosticSeverity.Error, atLineOf: "# now", saying: "The type of 'widget' changed from object to string: clients built from the baseline cannot read the new values (in widget-update, widgets-list)");
    }
}

using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using static SharesGen.Generator.Tests.UpdateReports.Widgets;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// Validation keywords. A tighter request constraint refuses only some of the values callers send (a warning); a
/// looser one refuses none. A looser response constraint lets the server send values readers never saw.
/// </summary>
public class ConstraintChangeTests
{
    private const string Name = "        name:\n          type: string\n          maxLength: 64\n";

    private const string Tags = "        tags:\n          type: array\n          items:\n            type: string\n";

    [TestCase("          maxLength: 32 # now\n", "maxLength", "64", "32", TestName = "{m}(lower maxLength)")]
    [TestCase("          maxLength: 64\n          minLength: 3 # now\n", "minLength", "none", "3", TestName = "{m}(new minLength)")]
    [TestCase("          maxLength: 64\n          pattern: '^[a-z]+$' # now\n", "pattern", "none", "'^[a-z]+$'", TestName = "{m}(new pattern)")]
    public void TighterRequestStringConstraintIsAWarning(string after, string keyword, string from, string to)
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("          maxLength: 64\n", after));

        report.Expect(DiagnosticDescriptors.RequestConstraintTightened, DiagnosticSeverity.Warning, atLineOf: "# now", saying: $"The request constraint {keyword} of 'name' of 'widget_update' was tightened from {from} to {to}: some values valid today are refused");
    }

    [TestCase("          maximum: 10 # now\n", "maximum", "none", "10", TestName = "{m}(new maximum)")]
    [TestCase("          minimum: 1 # now\n", "minimum", "none", "1", TestName = "{m}(new minimum)")]
    [TestCase("          multipleOf: 5 # now\n", "multipleOf", "none", "5", TestName = "{m}(new multipleOf)")]
    public void TighterRequestNumberConstraintIsAWarning(string added, string keyword, string from, string to)
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("          type: integer\n          nullable: true\n", "          type: integer\n          nullable: true\n" + added));

        report.Expect(DiagnosticDescriptors.RequestConstraintTightened, DiagnosticSeverity.Warning, atLineOf: "# now", saying: $"The request constraint {keyword} of 'size' of 'widget_update' was tightened from {from} to {to}");
    }

    [Test]
    public void FewerItemsAllowedInARequestIsAWarning()
    {
        var withTags = Spec.Replace(Name, Name + Tags + "          maxItems: 20\n");

        var report = SpecUpdate.Between(withTags, withTags.Replace("          maxItems: 20\n", "          maxItems: 10 # now\n"));

        report.Expect(DiagnosticDescriptors.RequestConstraintTightened, DiagnosticSeverity.Warning, atLineOf: "# now", saying: "The request constraint maxItems of 'tags' of 'widget_update' was tightened from 20 to 10");
    }

    /// <summary>Constraints on array items are the items' own: 'tags[]'.</summary>
    [Test]
    public void TighterConstraintOnArrayItemsNamesTheItems()
    {
        var withTags = Spec.Replace(Name, Name + Tags);

        var report = SpecUpdate.Between(withTags, withTags.Replace(Tags, Tags + "            maxLength: 16 # now\n"));

        report.Expect(DiagnosticDescriptors.RequestConstraintTightened, DiagnosticSeverity.Warning, atLineOf: "# now", saying: "maxLength of 'tags[]' of 'widget_update' was tightened from none to 16");
    }

    [Test]
    public void LooserRequestConstraintIsInfo()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("          maxLength: 64\n", "          maxLength: 128 # now\n"));

        report.Expect(DiagnosticDescriptors.RequestConstraintRelaxed, DiagnosticSeverity.Info, atLineOf: "# now", saying: "The request constraint maxLength of 'name' of 'widget_update' was relaxed from 64 to 128");
    }

    /// <summary>A keyword that is gone is reported at the value that no longer has it.</summary>
    [Test]
    public void DroppedRequestConstraintIsInfoAtTheValue()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace(Name, "        name: # no limit now\n          type: string\n"));

        report.Expect(DiagnosticDescriptors.RequestConstraintRelaxed, DiagnosticSeverity.Info, atLineOf: "# no limit now", saying: "The request constraint maxLength of 'name' of 'widget_update' was relaxed from 64 to none");
    }

    [Test]
    public void LooserResponseConstraintIsInfo()
    {
        var bounded = Spec.Replace("        note:\n          type: string\n", "        note:\n          type: string\n          maxLength: 100\n");

        var report = SpecUpdate.Between(bounded, bounded.Replace("          maxLength: 100\n", "          maxLength: 1000 # now\n"));

        report.Expect(DiagnosticDescriptors.ResponseConstraintRelaxed, DiagnosticSeverity.Info, atLineOf: "# now", saying: "The response constraint maxLength of 'note' of 'widget' was relaxed from 100 to 1000: the server may send values outside the old limit");
    }

    /// <summary>A server that promises tighter values breaks no reader: nothing to report.</summary>
    [Test]
    public void TighterResponseConstraintIsNotReported()
    {
        var bounded = Spec.Replace("        note:\n          type: string\n", "        note:\n          type: string\n          maxLength: 100\n");

        SpecUpdate.Between(bounded, bounded.Replace("          maxLength: 100\n", "          maxLength: 10\n")).ExpectNothing();
    }

    /// <summary>minLength: 0 and multipleOf: 1 on an integer allow everything, as no keyword does.</summary>
    [Test]
    public void VacuousConstraintIsNoChange()
    {
        var vacuous = Spec
            .Replace("          maxLength: 64\n", "          maxLength: 64\n          minLength: 0\n")
            .Replace("          type: integer\n          nullable: true\n", "          type: integer\n          nullable: true\n          multipleOf: 1\n");

        SpecUpdate.Between(Spec, vacuous).ExpectNothing();
    }
}

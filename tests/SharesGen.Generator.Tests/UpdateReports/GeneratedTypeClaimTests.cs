using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// The renames the update report claims, held to what the generator really emits: each old type name is one the
/// baseline generates, each new one is one the new spec generates. The report's naming and the generator's cannot
/// drift apart unnoticed.
/// </summary>
public class GeneratedTypeClaimTests
{
    [Test]
    public void EveryRenamedTypeTheOwnRevisionUpdateClaimsIsOneTheGeneratorEmits()
    {
        var own = UpdateSpecs.Load(UpdateSpecs.OwnRevision);
        var official = UpdateSpecs.Load(UpdateSpecs.OfficialFragment);
        var report = SpecUpdate.Between(own, official);
        var before = GeneratorHarness.Run(own).ModelTypeNames;
        var after = GeneratorHarness.Run(official).ModelTypeNames;

        var claims = report.Diagnostics
            .Where(d => d.Descriptor.Equals(DiagnosticDescriptors.SchemaRenamed) || d.Descriptor.Equals(DiagnosticDescriptors.SchemaExtracted))
            .Select(d => d.GetMessage())
            .ToList();

        Assert.That(claims, Is.Not.Empty, "the update renames generated types; the report should say so");
        Assert.Multiple(() =>
        {
            foreach (var claim in claims)
            {
                if (Regex.Match(claim, @"the generated type (\w+) is now (\w+)") is { Success: true } renamed)
                {
                    Assert.That(before, Does.Contain(renamed.Groups[1].Value), claim);
                    Assert.That(after, Does.Contain(renamed.Groups[2].Value), claim);
                }
                else
                {
                    Assert.That(after, Does.Contain(Regex.Match(claim, @"its generated type is now (\w+)").Groups[1].Value), claim);
                }
            }
        });
    }
}

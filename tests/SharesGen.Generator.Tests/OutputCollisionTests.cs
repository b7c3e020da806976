using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Two spec files in one project must never crash the generator (CS8785 drops every generated file, and the build
/// stays green while no code uses the types). A collision is SHARESGEN012 at the later spec, which generates nothing;
/// the first spec, by path, is generated whole and compiles.
/// </summary>
public class OutputCollisionTests
{
    private static SpecFile First(string? @namespace) => SpecFile.Inline(TestSpecs.WithAnyOfWarning, "a.yaml") with { Namespace = @namespace, ClientName = "FirstClient" };

    private static SpecFile Second(string? @namespace) => SpecFile.Inline(TestSpecs.WithAnyOfWarning, "b.yaml") with { Namespace = @namespace, ClientName = "SecondClient" };

    [TestCase("Contoso.Api", "Contoso.Api", TestName = "{m}(the same SharesGenNamespace)")]
    [TestCase(null, null, TestName = "{m}(both fall back to RootNamespace)")]
    [TestCase("Contoso.Api", "contoso.api", TestName = "{m}(namespaces that differ only in case, as file names do not)")]
    public void Two_specs_generating_the_same_type_are_one_error_and_the_first_is_generated(string? first, string? second)
    {
        var run = GeneratorHarness.Run(First(first), Second(second));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.DidNotCrash(run);
            var error = run.Reported(DiagnosticDescriptors.DuplicateOutput).Single();
            var expectedNamespace = first ?? GeneratorHarness.DefaultRootNamespace;
            Assert.That(error.GetMessage(), Is.EqualTo(
                $"The specs 'a.yaml' and 'b.yaml' both generate '{(second ?? GeneratorHarness.DefaultRootNamespace)}.WidgetColor.g.cs' and 2 more file(s); give each its own SharesGenNamespace. Nothing is generated from 'b.yaml' until then."));
            Assert.That(error.Location.GetMappedLineSpan().Path, Does.EndWith("b.yaml"), "the error is on the spec that generates nothing");
            Assert.That(run.HintNames, Is.EquivalentTo(new[]
            {
                $"{expectedNamespace}.FirstClient.g.cs", $"{expectedNamespace}.FirstClientContract.g.cs", $"{expectedNamespace}.FirstClientExamples.g.cs",
                $"{expectedNamespace}.FirstClientJson.g.cs", $"{expectedNamespace}.Widget.g.cs", $"{expectedNamespace}.WidgetColor.g.cs",
                $"{expectedNamespace}.WidgetsOperations.g.cs",
            }));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [Test]
    public void A_namespace_of_one_spec_that_is_a_type_of_the_other_is_a_collision()
    {
        var run = GeneratorHarness.Run(First("Contoso") with { ClientName = "Cloudflare" }, Second("Contoso.Cloudflare"));

        Assert.Multiple(() =>
        {
            Assert.That(run.Reported(DiagnosticDescriptors.DuplicateOutput).Single().GetMessage(), Does.Contain("the type 'Contoso.Cloudflare' where the other has the namespace 'Contoso.Cloudflare'"));
            Assert.That(run.HintNames, Has.Member("Contoso.Cloudflare.g.cs").And.No.Member("Contoso.Cloudflare.Widget.g.cs"), "the first spec is generated, the second not");
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [Test]
    public void Specs_in_their_own_namespaces_are_both_generated()
    {
        var run = GeneratorHarness.Run(First("Contoso.First"), Second("Contoso.Second"));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.DidNotCrash(run);
            Assert.That(run.Reported(DiagnosticDescriptors.DuplicateOutput), Is.Empty);
            Assert.That(run.HintNames, Does.Contain("Contoso.First.Widget.g.cs").And.Contain("Contoso.Second.Widget.g.cs"));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    /// <summary>
    /// Types whose names differ only in case (components <c>ABC</c> and <c>Abc</c>) were two files whose hint names the
    /// compiler compares without case: CS8785 from a single spec. Type names are unique ignoring case.
    /// </summary>
    [Test]
    public void Types_of_one_spec_that_differ_only_in_case_get_distinct_files()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline("""
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /a:
                get:
                  operationId: a-get
                  responses:
                    '200':
                      description: OK.
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              upper: { $ref: '#/components/schemas/ABC' }
                              lower: { $ref: '#/components/schemas/Abc' }
            components:
              schemas:
                ABC: { type: object, properties: { x: { type: string } } }
                Abc: { type: object, properties: { y: { type: string } } }
            """));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.DidNotCrash(run);
            Assert.That(run.HintNames, Does.Contain("Tests.Generated.ABC.g.cs").And.Contain("Tests.Generated.Abc2.g.cs"));
            Assert.That(run.Reported(DiagnosticDescriptors.NameCollision).Single().GetMessage(), Does.Contain("'ABC' and 'Abc'"));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }
}

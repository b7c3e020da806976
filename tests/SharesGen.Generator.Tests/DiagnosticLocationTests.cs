using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Diagnostics point at the exact line and column of the spec (1-based, as the IDE shows them), and the
/// inputs that once escaped as internal errors get their proper ids.
/// </summary>
public class DiagnosticLocationTests
{
    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetMappedLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    /// <summary>A YAML syntax error is reported at SharpYaml's line and column, not at column 1 of the line.</summary>
    [TestCase("openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths:\n  /a:\n    get:\n      operationId: \"unclosed\n      responses: {}\n", 8, 20, TestName = "{m}(unclosed quote: at the quote)")]
    [TestCase("openapi: 3.0.3\ninfo:\n  title: [T\n  version: '1'\n", 4, 10, TestName = "{m}(unclosed flow sequence: where the parser noticed)")]
    [TestCase("openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /a:   {  get: { x: [1, 2 }\n", 4, 28, TestName = "{m}(wrong bracket: at the bracket)")]
    public void A_YAML_syntax_error_is_reported_at_its_line_and_column(string text, int line, int column)
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(text));

        var error = run.GeneratorDiagnostics.Single();
        Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.UnreadableSpec));
        Assert.That(Position(error), Is.EqualTo((line, column)));
        Assert.That(error.GetMessage(), Does.Not.Contain("Lin:"), "SharpYaml's 0-based position would contradict the location");
    }

    [Test]
    public void A_duplicate_operationId_is_reported_at_the_duplicate()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(TestSpecs.TwoOperationsNamedSame));

        var error = run.GeneratorDiagnostics.Single(d => d.Descriptor.Equals(DiagnosticDescriptors.DuplicateOperationId));
        Assert.That(Position(error), Is.EqualTo((10, 20)), "the second 'operationId: same', at its value");
    }

    [Test]
    public void An_unresolved_reference_is_reported_at_the_ref_that_names_it()
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
                            $ref: '#/components/schemas/missing'
            components:
              schemas:
                present: { type: string }
            """));

        var error = run.GeneratorDiagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.UnresolvedReference));
            Assert.That(error.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(Position(error).Line, Is.EqualTo(13));
            Assert.That(error.GetMessage(), Is.EqualTo("The reference 'missing' does not resolve to anything in the spec; the value is kept as raw JSON (JsonElement)"));
        });
    }

    [Test]
    public void An_unresolved_parameter_reference_is_reported_not_an_internal_error()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline("""
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /a:
                get:
                  operationId: a-get
                  parameters:
                    - $ref: '#/components/parameters/missing'
                  responses: { '204': { description: No content. } }
            """));

        Assert.That(run.Reported(DiagnosticDescriptors.UnresolvedReference), Is.Not.Empty);
        GeneratorAssertions.DidNotCrash(run);
        GeneratorAssertions.CompilesCleanly(run);
    }

    [TestCase("openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\n", "3.1")]
    [TestCase("[1, 2]", "not an OpenAPI document")]
    [TestCase("openapi: 3.0.3\ninfo: { title: T, version: '1' }\n", "no 'paths'")]
    public void Documents_SharesGen_cannot_read_are_unsupported_version_errors(string text, string reason)
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(text));

        var error = run.GeneratorDiagnostics.Single();
        Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.UnsupportedSpecVersion));
        Assert.That(error.GetMessage(), Does.Contain(reason));
        Assert.That(error.GetMessage(), Does.Contain("not an OpenAPI 3.0 document").And.Not.Contain("3.x"), "a 3.1 document is a 3.x document: say which version SharesGen reads");
    }

    [Test]
    public void A_spec_nested_too_deeply_is_reported_before_parsing()
    {
        var deep = "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\nx-deep: " + new string('[', 5000) + new string(']', 5000) + "\n";

        var run = GeneratorHarness.Run(SpecFile.Inline(deep));

        var error = run.GeneratorDiagnostics.Single();
        Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.TooDeep));
        Assert.That(Position(error).Line, Is.EqualTo(4));
    }

    [Test]
    public void Optional_non_string_header_parameters_compile()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline("""
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /a:
                get:
                  operationId: a-get
                  parameters:
                    - { name: X-Count, in: header, schema: { type: integer } }
                    - { name: X-Flag, in: header, schema: { type: boolean } }
                    - { name: X-Since, in: header, schema: { type: string, format: date-time } }
                  responses: { '204': { description: No content. } }
            """));

        GeneratorAssertions.CompilesCleanly(run);
    }
}

using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Published specs are loose where Microsoft.OpenApi is strict. What it flags but whose meaning is clear is a warning
/// at the spec line (SHARESGEN014) and the spec is read as it obviously means; a real error stops only the part it
/// breaks (one operation, one schema), and everything else is generated and compiles.
/// </summary>
public class LenientReadingTests
{
    /// <summary>A spec with a good operation and a slot (<c>{bad}</c>) for the part a test breaks.</summary>
    private static string Spec(string badOperation, string components = "")
        => $$"""
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /good:
                get:
                  operationId: good-get
                  responses:
                    '200':
                      description: OK.
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/good' }
              /bad:
            {{badOperation}}
            components:
              schemas:
                good:
                  type: object
                  properties:
                    id: { type: string }
            {{components}}
            """;

    private const string BadPath = "/bad";

    [Test]
    public void Lower_case_range_keys_are_a_warning_at_the_key_and_read_as_ranges()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec("""
                get:
                  operationId: bad-get
                  responses:
                    2xx:
                      description: Any success.
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/good' }
                    4xx:
                      description: Any failure.
            """)));

        Assert.Multiple(() =>
        {
            Assert.That(run.GeneratorDiagnostics.Select(DiagnosticText.Format), Is.EqualTo(new[]
            {
                "SHARESGEN014 Warning test.yaml(17,9): The response key '2xx' is not valid OpenAPI 3.0, but its meaning is clear: SharesGen reads it as '2XX' (any status from 200 to 299)",
                "SHARESGEN014 Warning test.yaml(22,9): The response key '4xx' is not valid OpenAPI 3.0, but its meaning is clear: SharesGen reads it as '4XX' (any status from 400 to 499)",
            }));
            Assert.That(run.Reported(DiagnosticDescriptors.ToleratedDeviation).Select(d => d.Severity), Has.All.EqualTo(DiagnosticSeverity.Warning));
            var bad = run.Model.Operations.Single(o => o.PathTemplate == BadPath);
            Assert.That(bad.Result.Type?.Name, Is.EqualTo("Good"), "2xx is the success range");
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [Test]
    public void A_path_parameter_not_marked_required_is_a_warning_and_required()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec("""
                get:
                  operationId: bad-get
                  parameters:
                    - { name: bad, in: path, schema: { type: string } }
                  responses: { '204': { description: Done. } }
            """).Replace("  /bad:\n", "  /bad/{bad}:\n")));

        Assert.Multiple(() =>
        {
            Assert.That(run.GeneratorDiagnostics.Select(d => d.Descriptor), Is.EqualTo(new[] { DiagnosticDescriptors.ToleratedDeviation }), DiagnosticText.Format(run.GeneratorDiagnostics));
            Assert.That(run.Model.Operations.Single(o => o.OperationId == "bad-get").Parameters.Single().IsRequired, Is.True);
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [Test]
    public void A_response_without_a_description_is_a_warning()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec("""
                get:
                  operationId: bad-get
                  responses: { '204': { } }
            """)));

        Assert.Multiple(() =>
        {
            Assert.That(run.GeneratorDiagnostics.Select(DiagnosticText.Format), Is.EqualTo(new[]
            {
                "SHARESGEN014 Warning test.yaml(16,20): A response without a description is not valid OpenAPI 3.0, but its meaning is clear: SharesGen reads it as a response with no description",
            }));
            Assert.That(run.Model.Operations.Select(o => o.OperationId), Is.EquivalentTo(new[] { "good-get", "bad-get" }));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    /// <summary>The whole-API file's dangling <c>$ref</c>s to a request body and responses used to be two NullReferenceExceptions.</summary>
    [TestCase("requestBody:\n        $ref: '#/components/requestBodies/missing'\n      responses: { '204': { description: Done. } }", "missing", TestName = "{m}(request body)")]
    [TestCase("responses:\n        '200':\n          $ref: '#/components/responses/missing'", "missing", TestName = "{m}(success response)")]
    [TestCase("responses:\n        4XX:\n          $ref: '#/components/responses/missing'\n        '204': { description: Done. }", "missing", TestName = "{m}(failure response)")]
    [TestCase("parameters:\n        - $ref: '#/components/parameters/missing'\n      responses: { '204': { description: Done. } }", "missing", TestName = "{m}(parameter)")]
    public void A_dangling_reference_to_a_part_of_an_operation_leaves_out_only_that_operation(string operationBody, string target)
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec("    put:\n      operationId: bad-put\n      " + operationBody)));

        Assert.Multiple(() =>
        {
            var error = run.GeneratorDiagnostics.Single();
            Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.UnresolvedReference));
            Assert.That(error.GetMessage(), Is.EqualTo($"The reference '{target}' does not resolve to anything in the spec; the operation PUT /bad is left out"));
            Assert.That(error.Location.GetMappedLineSpan().StartLinePosition.Line + 1, Is.GreaterThan(15), "the error is at the $ref, not at the top of the file");
            Assert.That(run.Model.Operations.Select(o => o.OperationId), Is.EqualTo(new[] { "good-get" }));
            GeneratorAssertions.DidNotCrash(run);
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    /// <summary>
    /// A response (or body) that is a component which itself refers to nothing: the reader's error is at the component,
    /// not the operation, which would otherwise be generated as if it had no body or no result.
    /// </summary>
    [TestCase("responses:\n        '200':\n          $ref: '#/components/responses/ok'", "responses", "response 'ok'")]
    [TestCase("responses:\n        '204': { description: Done. }\n        4XX:\n          $ref: '#/components/responses/ok'", "responses", "response 'ok'")]
    [TestCase("requestBody:\n        $ref: '#/components/requestBodies/body'\n      responses: { '204': { description: Done. } }", "requestBodies", "request body 'body'")]
    public void A_part_of_an_operation_that_is_a_dangling_component_leaves_out_only_that_operation(string operationBody, string componentKind, string component)
    {
        var components = componentKind == "responses"
            ? "  responses:\n    ok:\n      $ref: '#/components/responses/missing'\n"
            : "  requestBodies:\n    body:\n      $ref: '#/components/requestBodies/missing'\n";
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec("    put:\n      operationId: bad-put\n      " + operationBody) + components));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.DidNotCrash(run);
            Assert.That(run.GeneratorDiagnostics.Select(d => d.GetMessage()), Is.EqualTo(new[]
            {
                $"The reference 'missing' does not resolve to anything in the spec; every operation that uses the {component} is left out",
            }));
            Assert.That(run.Model.Operations.Select(o => o.OperationId), Is.EqualTo(new[] { "good-get" }));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [Test]
    public void An_invalid_operation_is_an_error_that_leaves_out_only_that_operation()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec("""
                get:
                  operationId: bad-get
                  parameters:
                    - { in: query, schema: { type: string } }
                  responses: { '204': { description: Done. } }
            """)));

        Assert.Multiple(() =>
        {
            var error = run.GeneratorDiagnostics.Single();
            Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.InvalidSpec));
            Assert.That(error.GetMessage(), Does.EndWith("The field 'name' in 'parameter' object is REQUIRED.; the operation GET /bad is left out"));
            Assert.That(run.Model.Operations.Select(o => o.OperationId), Is.EqualTo(new[] { "good-get" }));
            Assert.That(run.HintNames, Does.Contain("Tests.Generated.Good.g.cs"));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [Test]
    public void An_invalid_component_schema_is_an_error_that_keeps_only_that_schema_as_json()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec(
            """
                get:
                  operationId: bad-get
                  responses:
                    '200':
                      description: OK.
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/pet' }
            """,
            """
                pet:
                  type: object
                  discriminator: { propertyName: kind }
                  properties:
                    kind: { type: string }
            """)));

        Assert.Multiple(() =>
        {
            var error = run.GeneratorDiagnostics.Single();
            Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.InvalidSpec));
            Assert.That(error.GetMessage(), Does.EndWith("; the schema 'pet' is read as raw JSON (JsonElement)"));
            Assert.That(run.Model.Operations.Single(o => o.OperationId == "bad-get").Result.Type, Is.EqualTo(Model.TypeRef.Json));
            Assert.That(run.HintNames, Does.Contain("Tests.Generated.Good.g.cs").And.Not.Contain("Tests.Generated.Pet.g.cs"));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [Test]
    public void An_error_outside_any_operation_or_schema_stops_nothing()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec("""
                get:
                  operationId: bad-get
                  responses: { '204': { description: Done. } }
            """).Replace("info: { title: T, version: '1' }", "info: { version: '1' }")));

        Assert.Multiple(() =>
        {
            var error = run.GeneratorDiagnostics.Single();
            Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.InvalidSpec));
            Assert.That(error.GetMessage(), Does.EndWith("The field 'title' in 'info' object is REQUIRED."));
            Assert.That(run.Model.Operations.Select(o => o.OperationId), Is.EquivalentTo(new[] { "good-get", "bad-get" }));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }
}

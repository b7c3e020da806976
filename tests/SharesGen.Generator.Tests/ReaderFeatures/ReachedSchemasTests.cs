using Microsoft.OpenApi.Readers;
using NUnit.Framework;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>
/// Every way an operation reaches a schema component counts for naming (<see cref="ReachedSchemas"/>): a parameter's
/// schema or content, a body, a response, a response header, a discriminator's mapping, a callback's operations, and
/// everything those schemas hold. The whole-file test compares it with the selection's walk; this pins the places
/// Cloudflare's file does not use.
/// </summary>
public class ReachedSchemasTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Reach, version: '1' }
        paths:
          /pets:
            parameters:
              - { name: filter, in: query, content: { application/json: { schema: { $ref: '#/components/schemas/by_content' } } } }
            post:
              operationId: pets-create
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/body' } } } }
              responses:
                '200':
                  description: Answer.
                  headers: { X-Page: { schema: { $ref: '#/components/schemas/by_header' } } }
                  content: { application/json: { schema: { $ref: '#/components/schemas/pet' } } }
              callbacks:
                done:
                  '{$request.body#/url}':
                    post:
                      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/by_callback' } } } }
                      responses: { '200': { description: Answer. } }
        components:
          schemas:
            body: { type: object, properties: { tags: { type: array, items: { $ref: '#/components/schemas/by_items' } } } }
            pet:
              oneOf: [ { $ref: '#/components/schemas/dog' } ]
              discriminator: { propertyName: kind, mapping: { cat: '#/components/schemas/by_mapping' } }
            dog: { type: object, properties: { kind: { type: string } } }
            by_content: { type: string }
            by_header: { type: integer }
            by_callback: { type: object }
            by_items: { type: string }
            by_mapping: { type: object, properties: { kind: { type: string }, toy: { $ref: '#/components/schemas/by_mapping_toy' } } }
            by_mapping_toy: { type: string }
            page: { $ref: '#/components/schemas/dog' }
            lonely: { type: object }
        """;

    [TestCase("body")]
    [TestCase("pet")]
    [TestCase("dog")]
    [TestCase("by_content")]
    [TestCase("by_header")]
    [TestCase("by_callback")]
    [TestCase("by_items")]
    [TestCase("by_mapping")]
    [TestCase("by_mapping_toy", Description = "held by a schema only a mapping names")]
    [TestCase("page", Description = "a component that only names a reached one")]
    public void A_component_an_operation_reaches_takes_part_in_naming(string name)
    {
        var document = new OpenApiStringReader().Read(Spec, out _);
        Assert.That(ReachedSchemas.Of(document).Contains(name, document.Components.Schemas[name]), Is.True);
    }

    [Test]
    public void A_component_nothing_reaches_does_not()
    {
        var document = new OpenApiStringReader().Read(Spec, out _);
        Assert.That(ReachedSchemas.Of(document).Contains("lonely", document.Components.Schemas["lonely"]), Is.False);
    }
}

using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// A <c>multipart/form-data</c> body as Cloudflare's image upload writes it (its own parts beside a <c>oneOf</c> of a
/// file or a URL), with deprecated parts required and not: one generated form, typed part by part, compiled in a
/// consumer with warnings counted. The bytes a form sends are SharesGen.EndToEnd.Tests' Parameters/FormBodyTests.
/// </summary>
public class FormShapeTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Forms, version: '1' }
        components:
          schemas:
            image_basic_upload:
              type: object
              description: An image, by its bytes or its URL.
              oneOf:
                - { type: object, required: [file], properties: { file: { format: binary, description: The image. } } }
                - { type: object, required: [url], properties: { url: { type: string } } }
              required: [legacy_id]
              properties:
                metadata: { type: object, properties: { owner: { type: string } } }
                requireSignedURLs: { type: boolean }
                variant: { type: string, enum: [public, private] }
                legacy_id: { type: string, deprecated: true }
                legacy_tag: { type: string, deprecated: true }
        paths:
          /images:
            post:
              operationId: images-upload
              tags: [Images]
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema: { $ref: '#/components/schemas/image_basic_upload' }
              responses:
                '204': { description: Nothing. }
          /images/{id}:
            put:
              operationId: images-replace
              tags: [Images]
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema: { $ref: '#/components/schemas/image_basic_upload' }
              responses:
                '204': { description: Nothing. }
        """;

    private const string Consumer = """
        using SharesGen.Runtime;
        using Tests.Generated;

        namespace Consumer.App;

        /// <summary>Uploads by bytes and by URL, not sent.</summary>
        public static class Calls
        {
            /// <summary>Every call.</summary>
            public static void All(TestClient client)
            {
                _ = client.Images.CreateAsync(new ImageBasicUploadForm { LegacyId = "l", File = new FormFile(new byte[] { 1 }, "a.png", "image/png"), Variant = ImageBasicUploadVariant.Public });
                _ = client.Images.UpdateAsync("id", new ImageBasicUploadForm { LegacyId = "l", Url = "https://example.com/a.png", Metadata = new ImageBasicUploadMetadata { Owner = "me" } });
            }
        }
        """;

    private const string HostileSpec = """
        openapi: 3.0.3
        info: { title: Hostile forms, version: '1' }
        paths:
          /uploads:
            post:
              operationId: uploads-create
              tags: [Uploads]
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      required: ["a\"; name=\"x"]
                      properties:
                        "a\"; name=\"x": { type: string, description: "*/ </summary> #error no\n}" }
                        "line\nbreak": { type: integer }
                        class: { type: boolean }
                        ünï: { type: string, format: binary }
                        1st: { type: string }
                        Equals: { type: string }
                        AdditionalParts: { type: string }
                        ToMultipartFormBody: { type: string }
                        a-b: { type: string }
                        a_b: { type: string }
                    encoding:
                      class: { contentType: "text/plain\r\nX-Injected: 1" }
              responses:
                '204': { description: Nothing. }
        """;

    [Test]
    public void Hostile_part_names_become_valid_unique_members_and_exact_wire_names_and_a_header_breaking_encoding_is_dropped()
    {
        var run = ShapeProbe.Generate(HostileSpec, "namespace Consumer.App;");
        var form = run.Source("Tests.Generated.CreateUploadForm.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(form, Does.Contain("form.Add(\"a\\\"; name=\\\"x\", ANameX);"));
            Assert.That(form, Does.Contain("form.Add(\"line\\nbreak\", global::SharesGen.Runtime.ApiRequest.FormatValue(setLineBreak));"));
            Assert.That(form, Does.Contain("form.Add(\"class\", global::SharesGen.Runtime.ApiRequest.FormatValue(setClass));"), "no content type a header cannot carry");
            Assert.That(form, Does.Contain("form.AddFile(\"\\u00FCn\\u00EF\", setÜnï);"));
            Assert.That(form, Does.Contain("public string? Equals2 ").And.Contain("public string? AdditionalParts2 ").And.Contain("public string? ToMultipartFormBody2 "), "a part never takes a member every form declares");
            Assert.That(form, Does.Contain("form.Add(\"a-b\", setAB);").And.Contain("form.Add(\"a_b\", setABSnakeCase);"));
            Assert.That(form, Does.Not.Contain("\n#error"));
        });
    }

    [Test]
    public void A_form_with_a_oneOf_of_parts_is_one_class_for_every_operation_that_takes_it()
    {
        var run = ShapeProbe.Generate(Spec, Consumer);

        Snapshot.VerifyGenerated(run, ShapeProbe.Namespace, "ImageBasicUploadForm", "ImagesOperations");
    }
}

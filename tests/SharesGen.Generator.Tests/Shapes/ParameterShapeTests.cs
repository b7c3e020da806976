using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// Query and path parameters of every scalar kind, lists of them in every query style, and the non-JSON bodies, as
/// a consumer writes them: typed, compiled with warnings counted; a label-style path and an object in a query too. What
/// SharesGen does not write (a list of lists in a query, a urlencoded form) is one SHARESGEN008 at its place, and still a string.
/// The bytes each sends are SharesGen.EndToEnd.Tests' Parameters/ tests.
/// </summary>
public class ParameterShapeTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Parameters, version: '1' }
        components:
          schemas:
            Color: { type: string, enum: [red, dark-blue] }
            Identifier: { example: 699d98642c564d2e855e9661899b7252 }
        paths:
          /items/{item_id}/{version}/{when}/{enabled}/{color}:
            get:
              operationId: items-get
              tags: [Items]
              parameters:
                - { name: item_id, in: path, required: true, schema: { $ref: '#/components/schemas/Identifier' } }
                - { name: version, in: path, required: true, schema: { type: integer, format: int32 } }
                - { name: when, in: path, required: true, schema: { type: string, format: date-time } }
                - { name: enabled, in: path, required: true, schema: { type: boolean } }
                - { name: color, in: path, required: true, schema: { $ref: '#/components/schemas/Color' } }
                - { name: order, in: query, required: true, schema: { type: string, enum: [asc, desc] } }
                - { name: ids, in: query, schema: { type: array, items: { type: integer } } }
                - { name: ratios, in: query, style: pipeDelimited, explode: false, schema: { type: array, items: { type: number } } }
                - { name: flags, in: query, style: spaceDelimited, explode: false, schema: { type: array, items: { type: boolean } } }
                - { name: times, in: query, schema: { type: array, items: { type: string, format: date-time } } }
                - { name: colors, in: query, explode: false, schema: { type: array, items: { $ref: '#/components/schemas/Color' } } }
                - { name: per_page, in: query, schema: { type: integer, format: int32 } }
                - { name: X-Count, in: header, schema: { type: integer } }
              responses:
                '204': { description: Nothing. }
          /uploads/{label}:
            post:
              operationId: uploads-create
              tags: [Uploads]
              parameters:
                - { name: label, in: path, required: true, style: label, schema: { type: string } }
                - { name: filter, in: query, schema: { type: object, properties: { a: { type: string } } } }
                - { name: nested, in: query, schema: { type: array, items: { type: array, items: { type: string } } } }
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      required: [file]
                      properties:
                        file: { type: string, format: binary }
                        "\"worker.js\"": { type: string }
              responses:
                '204': { description: Nothing. }
          /scripts:
            put:
              operationId: scripts-update
              tags: [Scripts]
              requestBody:
                required: true
                content:
                  application/javascript:
                    schema: { example: "addEventListener('fetch', e => {})" }
              responses:
                '204': { description: Nothing. }
          /blobs:
            put:
              operationId: blobs-update
              tags: [Blobs]
              requestBody:
                content:
                  image/*:
                    schema: { type: string, format: binary }
              responses:
                '204': { description: Nothing. }
          /forms:
            post:
              operationId: forms-create
              tags: [Forms]
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: { type: object, properties: { a: { type: string } } }
              responses:
                '204': { description: Nothing. }
        """;

    private const string Consumer = """
        using System;
        using SharesGen.Runtime;
        using Tests.Generated;

        namespace Consumer.App;

        /// <summary>Calls each operation with typed values.</summary>
        public static class Calls
        {
            /// <summary>Every call, not sent.</summary>
            public static void All(TestClient client)
            {
                var when = new DateTimeOffset(2024, 5, 2, 12, 0, 0, TimeSpan.Zero);
                _ = client.Items.GetAsync("id", 3, when, true, Color.DarkBlue, new ItemsGetOptions
                {
                    Order = ItemOrder.Desc,
                    Ids = new long[] { 1, 2 },
                    Ratios = new[] { 0.5 },
                    Flags = new[] { true },
                    Times = new[] { when },
                    Colors = new[] { Color.Red },
                    PerPage = 50,
                    XCount = 7L,
                });
                string label = "l", nested = "x";
                _ = client.Uploads.CreateAsync(label, new CreateUploadForm { File = new FormFile(new byte[] { 1 }, "a.bin"), WorkerJs = "export default {}" }, new UploadsCreateOptions { Filter = new UploadFilter { A = "1" }, Nested = nested });
                _ = client.Scripts.UpdateAsync("addEventListener('fetch', e => {})");
                ReadOnlyMemory<byte>? none = null;
                _ = client.Blobs.UpdateAsync(new byte[] { 1, 2 });
                _ = client.Blobs.UpdateAsync(none);
                _ = client.Forms.CreateAsync();
            }
        }
        """;

    [Test]
    public void Every_scalar_kind_list_style_and_body_kind_is_typed_and_compiles_in_a_consumer()
    {
        var run = ShapeProbe.Generate(Spec, Consumer);

        var untyped = GeneratorAssertions.Reported(run, DiagnosticDescriptors.UnsupportedConstruct).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.That(untyped, Is.EquivalentTo(new[]
        {
            "A query parameter of this type ('nested') is not supported; it is typed string and sent as given",
            "A request body of application/x-www-form-urlencoded is not supported; the operation is generated without one",
        }));
        Assert.That(run.GeneratorDiagnostics, Has.Length.EqualTo(untyped.Length), "nothing else is reported");
    }

    [Test]
    public void Each_list_is_written_in_its_style_and_each_body_as_its_media_type()
    {
        var run = ShapeProbe.Generate(Spec, Consumer);
        var items = run.Source("Tests.Generated.ItemsOperations.g.cs");
        var uploads = run.Source("Tests.Generated.UploadsOperations.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(items, Does.Contain("request.AddQuery(\"ratios\", options.Ratios, explode: false, style: QueryArrayStyle.PipeDelimited);"));
            Assert.That(items, Does.Contain("request.AddQuery(\"flags\", options.Flags, explode: false, style: QueryArrayStyle.SpaceDelimited);"));
            Assert.That(items, Does.Contain("request.AddQuery(\"colors\", options.Colors, explode: false);"));
            Assert.That(items, Does.Contain("request.AddQuery(\"ids\", options.Ids, explode: true);"));
            Assert.That(items, Does.Contain("request.AddQuery<ItemOrder>(\"order\", options.Order);"));
            Assert.That(uploads, Does.Contain(".PathValue(label, PathStyle.Label, nameof(label));"));
            Assert.That(uploads, Does.Contain("request.AddQuery(\"filter\", new QueryObject().Add(\"a\", queryFilter.A).AddAdditional(queryFilter.AdditionalProperties), explode: true, style: QueryObjectStyle.Form);"));
            Assert.That(uploads, Does.Contain("request.SetMultipartBody(body);"));
            Assert.That(uploads, Does.Contain("<param name=\"body\">The <see cref=\"CreateUploadForm\"/> to send, as <c>multipart/form-data</c>.</param>"));
            Assert.That(run.Source("Tests.Generated.ScriptsOperations.g.cs"), Does.Contain("request.SetTextBody(body, \"application/javascript\");"));
            Assert.That(run.Source("Tests.Generated.BlobsOperations.g.cs"), Does.Contain("request.SetBinaryBody(body.Value, \"image/*\");"));
        });
    }
}

using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using static SharesGen.Generator.Tests.UpdateReports.Widgets;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// Component names never reach the wire, but generated types are named after them. A rename is detected only where
/// it is certain: the same place refers to a component that is new instead of one that is gone.
/// </summary>
public class SchemaRenameTests
{
    [Test]
    public void ComponentRenamedAtTheSamePlaceIsARenameWithItsGeneratedType()
    {
        var report = SpecUpdate.Between(Spec, Spec.Replace("schemas/widget'", "schemas/gadget'").Replace("    widget:\n      type: object\n", "    gadget:\n      type: object\n"));

        report.Expect(DiagnosticDescriptors.SchemaRenamed, DiagnosticSeverity.Info, atLineOf: "gadget:", saying: "The schema 'widget' is now 'gadget'; the generated type Widget is now Gadget (in widget-update, widgets-list)");
    }

    /// <summary>When the old component still exists, the spec merely points elsewhere: compared, not called a rename.</summary>
    [Test]
    public void ReferenceToAnotherExistingComponentIsNoRename()
    {
        var twin = Spec.Replace("    color:\n      type: string\n", "    colour:\n      type: string\n      enum: [red, green]\n    color:\n      type: string\n");

        SpecUpdate.Between(twin, twin.Replace("        color:\n          $ref: '#/components/schemas/color'\n", "        color:\n          $ref: '#/components/schemas/colour'\n")).ExpectNothing();
    }

    [Test]
    public void InlineSchemaMovedIntoAComponentNamesItsNewGeneratedType()
    {
        var inline = Spec.Replace("        color:\n          $ref: '#/components/schemas/color'\n", "        color:\n          type: string\n          enum: [red, green]\n");

        var report = SpecUpdate.Between(inline, Spec.Replace("    color:\n      type: string\n", "    color: # now a component\n      type: string\n"));

        report.Expect(DiagnosticDescriptors.SchemaExtracted, DiagnosticSeverity.Info, atLineOf: "# now a component", saying: "'color' of 'widget_update' is now the schema 'color'; its generated type is now Color (in widget-update)");
    }

    /// <summary>Clients unwrap Cloudflare's envelope to its result: its name names no type and is not reported.</summary>
    [Test]
    public void RenamedEnvelopeIsNotReportedButItsResultIs()
    {
        const string Enveloped = """
            openapi: 3.0.3
            info:
              title: Things
              version: 1.0.0
            paths:
              /things:
                get:
                  operationId: things-get
                  responses:
                    '200':
                      description: The thing.
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/thing_response'
            components:
              schemas:
                thing_response:
                  type: object
                  properties:
                    success:
                      type: boolean
                    errors:
                      type: array
                      items: {}
                    result:
                      $ref: '#/components/schemas/thing'
                thing:
                  type: object
                  properties:
                    id:
                      type: string
            """;

        var report = SpecUpdate.Between(Enveloped, Enveloped.Replace("thing_response", "thing_envelope").Replace("schemas/thing'", "schemas/item'").Replace("    thing:\n", "    item:\n"));

        report.Expect(DiagnosticDescriptors.SchemaRenamed, DiagnosticSeverity.Info, atLineOf: "item:", saying: "The schema 'thing' is now 'item'; the generated type Thing is now Item (in things-get)");
    }
}

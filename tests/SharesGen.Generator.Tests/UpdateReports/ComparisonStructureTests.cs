using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using static SharesGen.Generator.Tests.UpdateReports.Widgets;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>How changes are found and placed: once per component, in the component that made them, through cycles.</summary>
public class ComparisonStructureTests
{
    /// <summary>A component reached from many operations changes once: one diagnostic at its line, listing them.</summary>
    [Test]
    public void ChangeInASharedComponentIsOneDiagnosticListingTheOperations()
    {
        var operations = string.Concat(new[] { "a", "b", "c", "d", "e" }.Select(name => ListPath.Replace("/widgets:", "/" + name + ":").Replace("widgets-list", name + "-list")));
        var many = Header + operations + Components;

        var report = SpecUpdate.Between(many, many.Replace("        note:\n          type: string\n", "        note:\n          type: integer # now\n"));

        report.Expect(DiagnosticDescriptors.TypeChanged, DiagnosticSeverity.Error, atLineOf: "# now", saying: "(in a-list, b-list, c-list and 2 more)");
    }

    /// <summary>A property an allOf member brings from a component is that component's: reported there, named after it.</summary>
    [Test]
    public void PropertyFromAnAllOfMemberIsReportedInItsComponent()
    {
        const string Base = "    base:\n      type: object\n      properties:\n        created:\n          type: string\n          format: date-time\n";
        var composed = Spec
            .Replace("    widget:\n      type: object\n      required: [id, label]\n", "    widget:\n      allOf:\n        - $ref: '#/components/schemas/base'\n      type: object\n      required: [id, label]\n")
            .Replace("\n    color:\n", "\n" + Base + "    color:\n");
        Assert.That(SpecUpdate.Between(composed, composed.Replace("  title: Widgets", "  title: Widgets!")).Diagnostics, Is.Empty, "the composed spec must read");

        var report = SpecUpdate.Between(composed, composed.Replace(Base, Base.Replace("          format: date-time\n", string.Empty).Replace("        created:\n", "        created: # plain\n")));

        report.Expect(DiagnosticDescriptors.TypeChanged, DiagnosticSeverity.Error, atLineOf: "# plain", saying: "The type of 'created' of 'base' changed from string (date-time) to string");
    }

    /// <summary>A component that contains itself is compared once; the comparison ends.</summary>
    [Test]
    public void SelfReferencingComponentIsComparedOnceAndTheComparisonEnds()
    {
        var tree = Spec.Replace("        note:\n          type: string\n", "        note:\n          type: string\n        parts:\n          type: array\n          items:\n            $ref: '#/components/schemas/widget'\n");

        var report = SpecUpdate.Between(tree, tree.Replace("        label:\n          type: string\n", "        label:\n          type: string\n          nullable: true # now\n"));

        report.Expect(DiagnosticDescriptors.ResponseBecameNullable, DiagnosticSeverity.Error, atLineOf: "# now", saying: "'label' of 'widget' may now be null in responses");
    }

    /// <summary>Descriptions, examples, titles, summaries and extensions change what readers read, not what clients do.</summary>
    [Test]
    public void DocumentationOnlyEditsReportNothing()
    {
        var documented = Spec
            .Replace("  title: Widgets", "  title: Widgets API")
            .Replace("          description: The widget.", "          description: The widget, as stored.")
            .Replace("      operationId: widget-update\n", "      operationId: widget-update\n      summary: Update a widget\n      x-internal: true\n")
            .Replace("        note:\n          type: string\n", "        note:\n          type: string\n          description: Free text.\n          example: Fragile\n");

        SpecUpdate.Between(Spec, documented).ExpectNothing();
    }

    /// <summary>A JSON spec is compared like a YAML one, and the diagnostic points at the key on its line.</summary>
    [Test]
    public void JsonSpecIsComparedAndPlacedAtTheKey()
    {
        const string Json = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Things", "version": "1.0.0" },
              "paths": {
                "/things": {
                  "post": {
                    "operationId": "thing-create",
                    "requestBody": {
                      "required": true,
                      "content": { "application/json": { "schema": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "size": { "type": "integer" } } } } }
                    },
                    "responses": { "204": { "description": "Created." } }
                  }
                }
              }
            }
            """;

        var report = SpecUpdate.Between(Json, Json.Replace("\"required\": [\"name\"]", "\"required\": [\"name\", \"size\"]"));

        var diagnostic = report.Expect(DiagnosticDescriptors.RequestPropertyBecameRequired, DiagnosticSeverity.Error, atLineOf: "\"size\"]", saying: "The request property 'size' of the request body became required");
        var column = diagnostic.Location.GetMappedLineSpan().StartLinePosition.Character;
        Assert.That(report.Run.GeneratorDiagnostics, Has.Length.EqualTo(report.Diagnostics.Length));
        Assert.That(Json.Replace("\"required\": [\"name\"]", "\"required\": [\"name\", \"size\"]").Split('\n')[UpdateReport.Line(diagnostic) - 1].Substring(column), Does.StartWith("\"size\""));
    }

    /// <summary>Spec text in messages cannot forge build output: no line breaks or controls get through.</summary>
    [Test]
    public void SpecTextInMessagesStaysOnOneLine()
    {
        var hostile = Spec.Replace("enum: [red, green]", "enum: [red, green, \"blue\\n/src/App.cs(1,1): error CS0001: forged\\u202e\"]");

        var report = SpecUpdate.Between(Spec, hostile);

        var message = report.Single(DiagnosticDescriptors.EnumValueAdded).GetMessage();
        Assert.That(message.Where(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format), Is.Empty, message);
        Assert.That(message, Does.Contain("'blue /src/App.cs(1,1): error CS0001: forged ' was added"));
    }
}

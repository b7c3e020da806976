using System;
using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>
/// A component no operation reaches generates no type, so it takes no part in naming: adding one changes no generated
/// type or client (the contract describes the spec, so it has the new component). Before, such a component still held its name against an inline schema that wanted it, and still counted in the
/// prefix the components share, so the 563 unreached components of Cloudflare's file renamed 27 generated types.
/// </summary>
public class UnreachedComponentNamingTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Names, version: '1' }
        paths:
          /accounts/{account_id}/things:
            get:
              operationId: things-list
              tags: [Things]
              parameters:
                - { name: account_id, in: path, required: true, schema: { type: string } }
              responses:
                '200':
                  description: Answer.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/things_thing' }
        components:
          schemas:
            things_thing:
              type: object
              properties:
                id: { type: string }
                owner: { type: object, properties: { name: { type: string } } }
                tag: { $ref: '#/components/schemas/things_tag' }
            things_tag: { type: object, properties: { label: { type: string } } }
        """;

    [TestCase("things_thing_owner: { type: object, properties: { email: { type: string } } }", TestName = "An unreached component named like an inline schema")]
    [TestCase("billing_invoice: { type: object, properties: { total: { type: number } } }", TestName = "An unreached component outside the shared prefix")]
    [TestCase("things_page: { $ref: '#/components/schemas/things_thing_owner' }\n    things_thing_owner: { type: object, properties: { email: { type: string } } }", TestName = "An unreached alias and what it names")]
    public void Adding_a_component_no_operation_reaches_changes_no_generated_byte(string unreached)
    {
        var before = GeneratorHarness.Run(SpecFile.Inline(Spec));
        var after = GeneratorHarness.Run(SpecFile.Inline(Spec + "\n    " + unreached));

        Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(after);
            GeneratorAssertions.CompilesCleanly(after);
            Assert.That(before.Sources.Select(s => s.HintName), Is.SupersetOf(new[] { "Tests.Generated.Thing.g.cs", "Tests.Generated.ThingOwner.g.cs" }), "the shared prefix is left out, and the inline schema has the name it wants");
            Assert.That(Files(after), Is.EqualTo(Files(before)));
        });
    }

    /// <summary>The generated types and client; not the contract, which describes the spec, every component in it.</summary>
    private static string[] Files(GeneratorRun run)
        => run.Sources
            .Where(s => !s.HintName.EndsWith("Contract.g.cs", StringComparison.Ordinal) && !s.HintName.EndsWith("Examples.g.cs", StringComparison.Ordinal))
            .Select(s => s.HintName + "\n" + s.SourceText)
            .ToArray();
}

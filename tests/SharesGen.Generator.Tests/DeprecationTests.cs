using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Deprecated members are shown to the caller without breaking a strict build. An optional one is <c>[Obsolete]</c>;
/// a required one cannot be (<c>required</c> with <c>[Obsolete]</c> is CS9042, an error under TreatWarningsAsErrors,
/// as Cloudflare's 2023 file produced) and stays required, its deprecation in its docs.
/// </summary>
public class DeprecationTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: T, version: '1' }
        paths:
          /things:
            get:
              operationId: things-get
              responses:
                '200':
                  description: OK.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/thing' }
        components:
          schemas:
            thing:
              type: object
              required: [status, legacy_code]
              properties:
                status:
                  type: string
                  deprecated: true
                  description: Use state instead.
                legacy_code:
                  type: string
                  deprecated: true
                old_note:
                  type: string
                  deprecated: true
                  description: Ignored by the API.
        """;

    private static GeneratorRun s_run = null!;

    [OneTimeSetUp]
    public static void Generate() => s_run = GeneratorHarness.Run(SpecFile.Inline(Spec));

    [Test]
    public void A_deprecated_required_member_compiles_cleanly_in_a_strict_build()
    {
        GeneratorAssertions.ReportedNothing(s_run);
        GeneratorAssertions.CompilesCleanly(s_run);
    }

    [TestCase("Status")]
    [TestCase("LegacyCode")]
    public void A_deprecated_required_member_stays_required_and_says_it_is_deprecated_in_its_docs(string member)
    {
        var property = Property(member);

        Assert.Multiple(() =>
        {
            Assert.That(property.IsRequired, Is.True, "the spec still demands it");
            Assert.That(property.GetAttributes().Select(a => a.AttributeClass?.Name), Has.No.Member("ObsoleteAttribute"));
            Assert.That(property.GetDocumentationCommentXml(), Does.Contain("Deprecated by the API, but still required."));
        });
    }

    [Test]
    public void A_deprecated_optional_member_is_obsolete_with_the_spec_text()
    {
        var obsolete = Property("OldNote").GetAttributes().Single(a => a.AttributeClass?.Name == "ObsoleteAttribute");

        Assert.That(obsolete.ConstructorArguments.Single().Value, Is.EqualTo("Ignored by the API."));
    }

    private static IPropertySymbol Property(string name)
        => s_run.OutputCompilation.GetTypeByMetadataName("Tests.Generated.Thing")!.GetMembers(name).OfType<IPropertySymbol>().Single();
}

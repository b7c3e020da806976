using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Reading;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Spec names become C# identifiers (Reading/Naming.cs): idiomatic casing, always valid, never a keyword, and
/// deterministic. A consumer sees these names in every line of code written against the client.
/// </summary>
public class NamingTests
{
    [TestCase("resource_type", "ResourceType")]
    [TestCase("custom-ruleset", "CustomRuleset")]
    [TestCase("shareId", "ShareId")]
    [TestCase("x-rate-limit", "XRateLimit")]
    [TestCase("account.id", "AccountId")]
    [TestCase("first name", "FirstName")]
    [TestCase("  padded__name  ", "PaddedName")]
    [TestCase("HTTPStatus", "HTTPStatus")]
    [TestCase("class", "Class")]
    public void PascalCaseJoinsWordsSplitOnSeparatorsAndCaseChanges(string spec, string expected)
        => Assert.That(Naming.ToPascalCase(spec), Is.EqualTo(expected));

    /// <summary>An identifier cannot start with a digit: <c>0rtt</c> (a real Cloudflare setting) needs a prefix.</summary>
    [TestCase("0rtt", "_0rtt")]
    [TestCase("2fa-enabled", "_2faEnabled")]
    [TestCase("404", "_404")]
    public void LeadingDigitGetsAnUnderscore(string spec, string expected)
    {
        Assert.That(Naming.ToPascalCase(spec), Is.EqualTo(expected));
        Assert.That(Naming.ToCamelCase(spec), Is.EqualTo(expected), "camel case keeps the underscore form too");
    }

    /// <summary>Letters of any script are valid in C# identifiers and kept; everything else separates words.</summary>
    [TestCase("café_au_lait", "CaféAuLait")]
    [TestCase("größe", "Größe")]
    [TestCase("名前", "名前")]
    [TestCase("price€total", "PriceTotal")]
    [TestCase("a/b\\c", "ABC")]
    public void NonAsciiLettersAreKeptAndSymbolsSeparateWords(string spec, string expected)
        => Assert.That(Naming.ToPascalCase(spec), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("---")]
    [TestCase("🎉")]
    public void NameWithNoLettersOrDigitsUsesTheFallback(string spec)
    {
        Assert.That(Naming.ToPascalCase(spec), Is.EqualTo("Value"));
        Assert.That(Naming.ToPascalCase(spec, "Model"), Is.EqualTo("Model"));
        Assert.That(Naming.ToCamelCase(spec), Is.EqualTo("value"));
    }

    [TestCase("account_id", "accountId")]
    [TestCase("per_page", "perPage")]
    [TestCase("ShareId", "shareId")]
    public void CamelCaseLowersTheFirstLetter(string spec, string expected)
        => Assert.That(Naming.ToCamelCase(spec), Is.EqualTo(expected));

    /// <summary>Parameters and locals are camel case, where <c>class</c> or <c>namespace</c> would not compile.</summary>
    [TestCase("class", "@class")]
    [TestCase("Class", "@class")]
    [TestCase("namespace", "@namespace")]
    [TestCase("int", "@int")]
    [TestCase("event", "@event")]
    [TestCase("await", "@await")]
    [TestCase("classes", "classes")]
    [TestCase("var", "var")]
    public void CamelCaseEscapesKeywords(string spec, string expected)
        => Assert.That(Naming.ToCamelCase(spec), Is.EqualTo(expected));

    /// <summary>Cloudflare prefixes every component with its product (<c>resource-sharing_</c>) and often ends it in <c>_object</c>.</summary>
    [TestCase("resource-sharing_share_object", "Share")]
    [TestCase("resource-sharing_share_resource_object", "ShareResource")]
    [TestCase("resource-sharing_create_share_request", "CreateShareRequest")]
    [TestCase("resource-sharing_share-object", "Share")]
    [TestCase("resource-sharing_rule_schema", "Rule")]
    [TestCase("other-product_share_object", "OtherProductShare")]
    [TestCase("resource-sharing_", "ResourceSharing")]
    public void ComponentNameLosesTheProductPrefixAndObjectSuffix(string component, string expected)
        => Assert.That(Naming.TypeNameFromComponent(component, "resource-sharing_"), Is.EqualTo(expected));

    [Test]
    public void ObjectSuffixAloneIsNotStrippedToNothing()
        => Assert.That(Naming.TypeNameFromComponent("_object", string.Empty), Is.EqualTo("Object"));

    [Test]
    public void SharedPrefixIsTheProductPrefixAllComponentsStartWith()
    {
        Assert.That(Naming.SharedPrefix(new[] { "resource-sharing_a", "resource-sharing_b_object" }), Is.EqualTo("resource-sharing_"));
        Assert.That(Naming.SharedPrefix(new[] { "resource-sharing_a", "zones_b" }), Is.Empty, "different products");
        Assert.That(Naming.SharedPrefix(new[] { "resource-sharing_a" }), Is.Empty, "one name is its own prefix: nothing to strip");
        Assert.That(Naming.SharedPrefix(new[] { "share", "recipient" }), Is.Empty, "no separator");
    }

    [TestCase("resources", "resource")]
    [TestCase("policies", "policy")]
    [TestCase("boxes", "box")]
    [TestCase("classes", "class")]
    [TestCase("ExcludedRecipients", "ExcludedRecipient")]
    [TestCase("access", "access")]
    [TestCase("item", "item")]
    public void SingularizeHandlesTheCommonEnglishPlurals(string plural, string expected)
        => Assert.That(Naming.Singularize(plural), Is.EqualTo(expected));

    /// <summary>Metadata takes names of at most 1,024 UTF-8 bytes; a longer spec name keeps its start and gets a stable hash.</summary>
    [Test]
    public void NameLongerThanTheLimitKeepsItsStartAndEndsInAStableHash()
    {
        var longName = new string('a', 5_000);
        var limited = Naming.ToPascalCase(longName);

        Assert.Multiple(() =>
        {
            Assert.That(limited, Has.Length.EqualTo(Naming.MaxIdentifierLength));
            Assert.That(limited, Does.Match("^Aa{118}_[0-9a-f]{8}$"));
            Assert.That(Naming.ToPascalCase(longName), Is.EqualTo(limited), "the same name gives the same identifier");
            Assert.That(Naming.ToPascalCase(longName + "b"), Is.Not.EqualTo(limited), "names that differ only past the limit stay distinct");
            Assert.That(Naming.ToPascalCase(new string('a', Naming.MaxIdentifierLength)), Has.Length.EqualTo(Naming.MaxIdentifierLength).And.Not.Contains("_"));
        });
    }

    /// <summary>
    /// End to end, compiled and emitted: names past what metadata takes (CS7013, reported only when the assembly is
    /// written) come from an enum value, an explicit YAML key (implicit keys stop at 1,024 characters) and a path
    /// whose segments the client joins into one group class name.
    /// </summary>
    [Test]
    public void SpecNamesPastTheMetadataLimitStillBuildAndEmit()
    {
        var longName = new string('a', 2_000);
        var nonAscii = new string('ä', 700);
        var segments = string.Join("/", Enumerable.Range(0, 150).Select(i => "segment_number_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var run = GeneratorHarness.Run(SpecFile.Inline($$"""
            openapi: 3.0.3
            info: { title: Long names, version: '1' }
            paths:
              ? /{{segments}}/{id}
              : get:
                  operationId: deep-get
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
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
                  properties:
                    ? {{longName}}
                    : { type: string }
                    ? {{nonAscii}}
                    : { type: string }
                    color: { type: string, enum: [{{longName}}, {{nonAscii}}] }
            """));

        Assert.Multiple(() =>
        {
            Assert.That(run.GeneratorDiagnostics.Select(DiagnosticText.Format), Is.Empty);
            GeneratorAssertions.CompilesCleanly(run);
            Assert.DoesNotThrow(() => GeneratedAssembly.Load(run).Dispose(), "the assembly must also be written (CS7013 comes only then)");
        });
    }

    [Test]
    public void NameScopeNumbersLaterClaimsAndNamesWhoHadTheNameFirst()
    {
        var scope = new NameScope("Value");

        Assert.Multiple(() =>
        {
            Assert.That(scope.Claim("FooBar", "foo_bar", out var first), Is.EqualTo("FooBar"));
            Assert.That(first, Is.Null);
            Assert.That(scope.Claim("FooBar", "fooBar", out var second), Is.EqualTo("FooBar2"));
            Assert.That(second, Is.EqualTo("foo_bar"));
            Assert.That(scope.Claim("FooBar", "FOO-BAR", out var third), Is.EqualTo("FooBar3"));
            Assert.That(third, Is.EqualTo("foo_bar"));
            Assert.That(scope.Claim("Value", "value", out var reserved), Is.EqualTo("Value2"), "reserved names are never handed out");
            Assert.That(reserved, Is.EqualTo("Value"));
        });
    }

    /// <summary>
    /// End to end: members whose spec names meet after casing are told apart by their spelling, without a warning; those
    /// that meet a name C# holds get a number and a warning; the output compiles.
    /// </summary>
    [Test]
    public void CollidingSpecNamesGetDistinctMembersAndAWarning()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline("""
            openapi: 3.0.3
            info: { title: Widgets, version: '1' }
            paths:
              /widget:
                get:
                  operationId: widget-get
                  responses:
                    '200':
                      description: The widget.
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/widget' }
            components:
              schemas:
                widget:
                  type: object
                  properties:
                    foo_bar: { type: string }
                    fooBar: { type: string }
                    widget: { type: string }
                    equals: { type: string }
            """));

        var widget = run.Model.Objects.Single(o => o.Name == "Widget");
        Assert.Multiple(() =>
        {
            Assert.That(widget.Properties.Select(p => (p.JsonName, p.Name)), Is.EqualTo(new[]
            {
                ("foo_bar", "FooBar"),
                ("fooBar", "FooBarCamelCase"),
                // A member cannot have its class's name (CS0542), nor hide object.Equals.
                ("widget", "Widget2"),
                ("equals", "Equals2"),
            }));
            Assert.That(run.Reported(DiagnosticDescriptors.NameCollision).Select(d => d.GetMessage()), Is.EqualTo(new[]
            {
                "'Widget' and 'widget' both map to the C# name 'Widget'; the second is emitted as 'Widget2'",
                "'Equals' and 'equals' both map to the C# name 'Equals'; the second is emitted as 'Equals2'",
            }));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    /// <summary>End to end: awkward parameter names become valid, idiomatic C# parameters and options properties.</summary>
    [Test]
    public void AwkwardParameterNamesCompile()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline("""
            openapi: 3.0.3
            info: { title: Widgets, version: '1' }
            paths:
              /widgets/{class}:
                get:
                  operationId: widgets-list
                  parameters:
                    - { name: class, in: path, required: true, schema: { type: string } }
                    - { name: event, in: query, schema: { type: string } }
                    - { name: 0rtt, in: query, schema: { type: boolean } }
                    - { name: x-rate-limit, in: header, schema: { type: string } }
                    - { name: cancellationToken, in: query, schema: { type: string } }
                    - { name: body, in: query, schema: { type: string } }
                    - { name: filter.name, in: query, schema: { type: string } }
                  responses:
                    '204': { description: Done. }
            """));

        var parameters = run.Model.Operations.Single().Parameters.Select(p => (p.WireName, p.Name));
        Assert.Multiple(() =>
        {
            Assert.That(parameters, Is.EqualTo(new[]
            {
                // A path parameter stays a method parameter: a keyword is escaped.
                ("class", "@class"),
                // The others are properties of the operation's options object, named as properties are.
                ("event", "Event"),
                ("0rtt", "_0rtt"),
                ("x-rate-limit", "XRateLimit"),
                ("cancellationToken", "CancellationToken"),
                ("body", "Body"),
                ("filter.name", "FilterName"),
            }));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }
}

using System;
using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>
/// A component that only names another (<c>widget_page: {$ref: widget}</c>) is that other: every use of it, through a
/// chain of such names too, gets the named type and no diagnostic, whatever order the components come in. A chain that
/// ends at nothing, or goes round, is the spec's error: SHARESGEN004, never SHARESGEN099, and the rest still generates.
/// </summary>
public class ComponentAliasTests
{
    [TestCase("test.yaml")]
    [TestCase("test.json")]
    public void Chains_of_components_naming_others_generate_the_named_type_without_a_diagnostic(string fileName)
    {
        var run = Run(ComponentAliasSpecs.Chains, fileName);

        Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(run);
            GeneratorAssertions.CompilesCleanly(run);
            Assert.That(Source(run, "WidgetsOperations"), Does.Contain("ApiCall<Widget> UpdateAsync(string widgetId, Widget body,"), "parameter, request body and response");
            Assert.That(Source(run, "ListWidget"), Does.Contain("public global::Tests.Generated.Widget? First { get; set; }"), "a property, one alias");
            Assert.That(Source(run, "ListWidget"), Does.Contain("public global::Tests.Generated.Widget? Deep { get; set; }"), "a property, two aliases");
            Assert.That(Source(run, "ListWidget"), Does.Contain("IList<global::Tests.Generated.Widget>? All { get; set; }"), "an array's item, four aliases");
            Assert.That(Source(run, "Widget"), Does.Contain("public string? Id { get; set; }"), "a property of the named type, through an alias to a scalar");
            Assert.That(run.Sources.Select(s => s.HintName), Has.None.Contains("Alias").And.None.Contains("Page"), "an alias is no type of its own");
        });
    }

    [TestCase("test.yaml")]
    [TestCase("test.json")]
    public void A_chain_that_ends_at_nothing_is_reported_at_its_dangling_reference_once(string fileName)
    {
        var spec = ComponentAliasSpecs.Chains.Replace(
            "a_alias:\n      $ref: '#/components/schemas/widget'",
            "a_alias:\n      $ref: '#/components/schemas/missing'",
            StringComparison.Ordinal);
        Assume.That(spec, Is.Not.EqualTo(ComponentAliasSpecs.Chains));
        var run = Run(spec, fileName);
        var text = fileName.EndsWith(".json", StringComparison.Ordinal) ? SpecText.ToJson(spec) : spec;
        var atTheDanglingRef = run.GeneratorDiagnostics
            .Where(d => LineOf(text, d).Contains("$ref", StringComparison.Ordinal) && LineOf(text, d).Contains("/missing", StringComparison.Ordinal))
            .ToArray();

        Assert.Multiple(() =>
        {
            GeneratorAssertions.DidNotCrash(run);
            Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), Is.Not.Empty.And.All.EqualTo(DiagnosticDescriptors.UnresolvedReference.Id));
            Assert.That(atTheDanglingRef, Has.Length.EqualTo(1), DiagnosticText.Format(run.GeneratorDiagnostics));
            Assert.That(Source(run, "ListWidget"), Does.Contain("public global::Tests.Generated.Widget? First { get; set; }"), "the alias that does resolve");
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [TestCase("test.yaml")]
    [TestCase("test.json")]
    public void A_chain_that_goes_round_is_reported_and_the_rest_generates(string fileName)
    {
        var spec = ComponentAliasSpecs.Chains.Replace(
            "a_alias:\n      $ref: '#/components/schemas/widget'",
            "a_alias:\n      $ref: '#/components/schemas/c_alias'",
            StringComparison.Ordinal);
        Assume.That(spec, Is.Not.EqualTo(ComponentAliasSpecs.Chains));
        var run = Run(spec, fileName);

        Assert.Multiple(() =>
        {
            GeneratorAssertions.DidNotCrash(run);
            Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), Is.Not.Empty.And.All.EqualTo(DiagnosticDescriptors.UnresolvedReference.Id));
            Assert.That(run.GeneratorDiagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line), Has.All.GreaterThan(0), "each at a line of the spec");
            Assert.That(Source(run, "ListWidget"), Does.Contain("public global::Tests.Generated.Widget? First { get; set; }"), "the alias that does resolve");
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [TestCase("test.yaml")]
    [TestCase("test.json")]
    public void An_invalid_schema_named_by_an_alias_listed_after_it_is_still_kept_as_json(string fileName)
    {
        // The alias is read as the very object of pet: that object's place, and its error, are pet's, whichever comes last.
        var run = Run(ComponentAliasSpecs.BrokenBehindAlias, fileName);

        Assert.Multiple(() =>
        {
            var error = run.GeneratorDiagnostics.Single();
            Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.InvalidSpec));
            Assert.That(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.EndWith("; the schema 'pet' is read as raw JSON (JsonElement)"));
            Assert.That(run.Model.Operations.Single().Result.Type, Is.EqualTo(Model.TypeRef.Json));
            Assert.That(run.Sources.Select(s => s.HintName), Has.No.Member("Tests.Generated.Pet.g.cs"));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    private static GeneratorRun Run(string yaml, string fileName)
        => GeneratorHarness.Run(SpecFile.Inline(fileName.EndsWith(".json", StringComparison.Ordinal) ? SpecText.ToJson(yaml) : yaml, fileName));

    private static string Source(GeneratorRun run, string typeName)
        => run.Sources.Single(s => s.HintName == "Tests.Generated." + typeName + ".g.cs").SourceText.ToString();

    private static string LineOf(string text, Microsoft.CodeAnalysis.Diagnostic diagnostic)
        => text.Split('\n')[diagnostic.Location.GetLineSpan().StartLinePosition.Line];
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// What a consumer's <c>dotnet build</c> shows for a spec SharesGen cannot (fully) use: the right SHARESGEN id and
/// severity, against the spec file rather than nowhere, and never an exception from the generator (CS8785), which
/// would hide every other output of the build.
/// </summary>
public class DiagnosticsTests
{
    private static readonly string s_specPath = SpecFile.InMemoryPath("test.yaml");

    [TestCase("unclosed quote", "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths:\n  /a:\n    get:\n      operationId: \"unclosed\n      responses: {}\n")]
    [TestCase("bad indentation", "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths:\n  /a:\n    get:\n   operationId: x\n      responses: {}\n")]
    [TestCase("unclosed flow sequence", "openapi: 3.0.3\ninfo:\n  title: [T\n  version: '1'\n")]
    [TestCase("binary", "\u0000\u0001\u0002binary")]
    public void MalformedYamlIsAnUnreadableSpecErrorOnTheSpecFile(string what, string text)
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(text));

        var error = run.GeneratorDiagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.UnreadableSpec));
            Assert.That(error.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(error.Location.Kind, Is.EqualTo(LocationKind.ExternalFile), "the error must point into the spec, so the IDE can open it");
            Assert.That(error.Location.GetMappedLineSpan().Path, Is.EqualTo(s_specPath));
            Assert.That(run.Sources, Is.Empty, "nothing is generated from a spec that cannot be read");
        });
    }

    /// <summary>
    /// The reader's own limits stop it before it reads the version. That used to be reported as "it is Swagger/OpenAPI
    /// 2.0" (the reader's default version) instead of the reason.
    /// </summary>
    [TestCase("alias bomb", "expands aliases")]
    [TestCase("huge scalar", "maximum supported length")]
    [TestCase("deep indentation", "nesting depth")]
    public void ReaderLimitIsAnUnreadableSpecErrorWithItsReason(string what, string reason)
    {
        var header = "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\n";
        var text = what switch
        {
            "alias bomb" => header + "x-bomb:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                + string.Concat(Enumerable.Range(1, 6).Select(i => $"  l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n")),
            "huge scalar" => header + "x-huge: " + new string('a', 2_000_000) + "\n",
            _ => header + "x-deep:\n" + string.Concat(Enumerable.Range(1, 100).Select(i => new string(' ', i * 2) + "a:\n")) + new string(' ', 202) + "end\n",
        };

        var run = GeneratorHarness.Run(SpecFile.Inline(text));

        var error = run.GeneratorDiagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.UnreadableSpec));
            Assert.That(error.GetMessage(), Does.Contain(reason).And.Not.Contains("Swagger"));
        });
    }

    [TestCase("")]
    [TestCase("   \n\t\n")]
    public void EmptyFileIsAnUnreadableSpecError(string text)
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(text));

        Assert.That(DiagnosticText.Format(run.GeneratorDiagnostics), Is.EqualTo(
            "SHARESGEN001 Error test.yaml(1,1): The spec 'test.yaml' is not valid YAML or JSON: the file is empty\n"));
        Assert.That(run.Sources, Is.Empty);
    }

    [Test]
    public void Swagger2DocumentIsAnUnsupportedVersionError()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline("swagger: '2.0'\ninfo:\n  title: T\n  version: '1'\npaths: {}\n"));

        var error = run.GeneratorDiagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.UnsupportedSpecVersion));
            Assert.That(error.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(error.GetMessage(), Does.Contain("Swagger/OpenAPI 2.0"));
            Assert.That(run.Sources, Is.Empty);
        });
    }

    [Test]
    public void DuplicateOperationIdIsAnErrorAndTheFirstOperationIsKept()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(TestSpecs.TwoOperationsNamedSame));

        var error = run.GeneratorDiagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Descriptor, Is.EqualTo(DiagnosticDescriptors.DuplicateOperationId));
            Assert.That(error.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(error.GetMessage(), Is.EqualTo("The operationId 'same' is used by more than one operation"));
            Assert.That(run.Model.Operations.Select(o => o.PathTemplate), Is.EqualTo(new[] { "/a" }));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    /// <summary>An anyOf that contradicts the type beside it cannot be both: the stated type wins, with a warning that says so.</summary>
    [Test]
    public void AnyOfThatContradictsItsStatedTypeWarnsAndTheStatedTypeWins()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(TestSpecs.WithAnyOfWarning));

        var warning = run.GeneratorDiagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(warning.Descriptor, Is.EqualTo(DiagnosticDescriptors.UnsupportedConstruct));
            Assert.That(warning.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(warning.GetMessage(), Does.Contain("#/components/schemas/widget/properties/size"));
            Assert.That(PropertyType(run, "Tests.Generated.Widget", "Size"), Is.EqualTo("string?"));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    [Test]
    public void InvalidNamespaceOptionWarnsAndIsRepaired()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(TestSpecs.WithAnyOfWarning) with { Namespace = "My Company.2024.Api" });

        Assert.Multiple(() =>
        {
            Assert.That(run.Reported(DiagnosticDescriptors.InvalidOption).Single().GetMessage(), Does.Contain("'My Company.2024.Api'"));
            Assert.That(run.Model.Namespace, Is.EqualTo("MyCompany._2024.Api"));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    /// <summary>
    /// A project named <c>one-default</c> has that RootNamespace unless it sets one. The user set no SharesGen option, so
    /// there is nothing to warn about: the namespace is made valid as <c>dotnet new</c> makes it (<c>one_default</c>).
    /// </summary>
    [TestCase("one-default", "one_default")]
    [TestCase("My.2024-App", "My._2024_App")]
    [TestCase("Company.class", "Company._class")]
    [TestCase("Contoso.Cloudflare", "Contoso.Cloudflare")]
    public void An_invalid_RootNamespace_is_made_valid_without_a_warning(string rootNamespace, string expected)
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.CreateDriver(new[] { SpecFile.Inline(TestSpecs.WithAnyOfWarning) with { Namespace = null } }, rootNamespace),
            GeneratorHarness.CreateCompilation());

        Assert.Multiple(() =>
        {
            Assert.That(run.Reported(DiagnosticDescriptors.InvalidOption), Is.Empty, "the user set no SharesGen option");
            Assert.That(run.Model.Namespace, Is.EqualTo(expected));
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    /// <summary>The warnings of one spec as the build lists them: readable ids, places and messages together.</summary>
    [Test]
    public void WarningsOfOneSpecReadWellTogether()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline("""
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /things:
                get:
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
                    equals: { type: string }
                    level: { enum: [1, 'two'] }
                    shape:
                      type: array
                      oneOf:
                        - { type: string }
                        - { type: integer }
            """));

        GeneratorAssertions.DidNotCrash(run);
        Snapshot.VerifyDiagnostics(run.GeneratorDiagnostics);
    }

    [TestCase(null)]
    [TestCase("false")]
    [TestCase("")]
    public void AdditionalFileNotOptedInProducesNothing(string? optIn)
    {
        var run = GeneratorHarness.Run(
            SpecFile.Inline(TestSpecs.WithAnyOfWarning, "other.yaml") with { OptedIn = optIn },
            new SpecFile(SpecFile.InMemoryPath("appsettings.json"), "{ \"not\": \"a spec\" }", OptedIn: null));

        Assert.Multiple(() =>
        {
            Assert.That(run.Sources, Is.Empty);
            Assert.That(run.GeneratorDiagnostics, Is.Empty);
        });
    }

    [Test]
    public void UnrelatedAdditionalFileBesideASpecIsIgnored()
    {
        var run = GeneratorHarness.Run(
            SpecFile.Inline(TestSpecs.WithAnyOfWarning),
            new SpecFile(SpecFile.InMemoryPath("unrelated.json"), "not even json", OptedIn: null));

        Assert.That(run.HintNames, Has.All.StartsWith("Tests.Generated."));
        Assert.That(run.GeneratorDiagnostics.Select(d => d.Descriptor), Is.EqualTo(new[] { DiagnosticDescriptors.UnsupportedConstruct }));
    }

    /// <summary>Whatever the spec holds, the generator reports; it never throws into the compiler.</summary>
    [TestCaseSource(nameof(HostileSpecs))]
    public void GeneratorNeverThrows(string text)
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(text));

        GeneratorAssertions.DidNotCrash(run);
    }

    /// <summary>Odd but valid specs: generated code must still compile without a single warning.</summary>
    [TestCaseSource(nameof(UnusualValidSpecs))]
    public void UnusualValidSpecStillGeneratesCleanCode(string text)
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(text));

        Assert.Multiple(() =>
        {
            Assert.That(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(DiagnosticText.Format), Is.Empty);
            Assert.That(run.Sources, Is.Not.Empty);
            GeneratorAssertions.CompilesCleanly(run);
        });
    }

    private static IEnumerable<TestCaseData> UnusualValidSpecs()
    {
        yield return new TestCaseData(NoOperations).SetArgDisplayNames("no operations");
        yield return new TestCaseData(SelfReferencingAllOf).SetArgDisplayNames("self-referencing allOf");
        yield return new TestCaseData(CodeAndMarkupInText).SetArgDisplayNames("code and markup in spec text");
        yield return new TestCaseData(RequiredEnumQueryParameter).SetArgDisplayNames("required enum query parameter");
    }

    private static IEnumerable<TestCaseData> HostileSpecs()
    {
        yield return new TestCaseData("[1, 2]").SetArgDisplayNames("a YAML sequence");
        yield return new TestCaseData("just a string").SetArgDisplayNames("a YAML scalar");
        yield return new TestCaseData("openapi: 3.0.3\n").SetArgDisplayNames("version only");
        yield return new TestCaseData("openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\n").SetArgDisplayNames("OpenAPI 3.1");
        yield return new TestCaseData("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"T\", \"version\": \"1\"}, \"paths\": {\"/a\": {\"get\": {\"responses\": {}}}}}").SetArgDisplayNames("JSON, no operationId, no responses");
        yield return new TestCaseData(UnresolvedParameterReference).SetArgDisplayNames("unresolved parameter $ref");
        foreach (var valid in UnusualValidSpecs())
        {
            yield return valid;
        }
    }

    private const string NoOperations = "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\n";

    private const string UnresolvedParameterReference = """
        openapi: 3.0.3
        info: { title: T, version: '1' }
        paths:
          /a:
            get:
              operationId: a
              parameters:
                - $ref: '#/components/parameters/missing'
              responses: { '204': { description: Done. } }
        """;

    private const string SelfReferencingAllOf = """
        openapi: 3.0.3
        info: { title: T, version: '1' }
        paths:
          /a:
            get:
              operationId: a
              responses:
                '200':
                  description: OK.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/loop' }
        components:
          schemas:
            loop:
              allOf:
                - $ref: '#/components/schemas/loop'
              properties:
                next: { $ref: '#/components/schemas/loop' }
        """;

    /// <summary>
    /// A required enum in the query (Cloudflare's <c>interval</c>, <c>metric</c>): passed as a non-nullable enum, it did not
    /// bind to <c>AddQuery&lt;TEnum&gt;(string, TEnum?)</c> (CS1503 in the generated client).
    /// </summary>
    private const string RequiredEnumQueryParameter = """
        openapi: 3.0.3
        info: { title: T, version: '1' }
        paths:
          /metrics:
            get:
              operationId: metrics-get
              parameters:
                - name: metric
                  in: query
                  required: true
                  schema: { type: string, enum: [requests, bytes] }
              responses: { '204': { description: Done. } }
        """;

    /// <summary>Spec text that would break out of a doc comment, a string literal or a line if pasted unescaped.</summary>
    private const string CodeAndMarkupInText = """
        openapi: 3.0.3
        info: { title: "</summary> */ \" \u202E", version: '1' }
        paths:
          /a:
            get:
              operationId: "\"); System.Environment.Exit(1); //"
              summary: "*/ <!-- \u0000 & <b>"
              description: "Line one\r\nLine two \u2028 ]]>"
              responses: { '204': { description: Done. } }
        """;

    /// <summary>The C# type of a generated property, read from the compilation as a consumer's code would see it.</summary>
    private static string PropertyType(GeneratorRun run, string typeName, string property)
    {
        var type = run.OutputCompilation.GetTypeByMetadataName(typeName) ?? throw new AssertionException($"{typeName} was not generated");
        return type.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
    }
}

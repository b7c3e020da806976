using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// netstandard2.0 and .NET Framework consumers get the compiler-recognised attributes their framework lacks as
/// internal polyfills, exactly those, once; what cannot be polyfilled (a C# version below 11 the project pinned, no
/// SharesGen reference) gets one SHARESGEN015 per spec naming the minimum and the property to set, and nothing is
/// generated; the project's own code still compiles. That the polyfilled output compiles and runs on netstandard2.0
/// and net48 is proven by real builds in tests/SharesGen.Packaging.Tests (NetStandardConsumerTests).
/// Real reference assemblies: Basic.Reference.Assemblies' netstandard2.0 and .NET Framework 4.7.2 sets.
/// </summary>
public class ConsumerCompatibilityTests
{
    private const string PolyfillFile = "SharesGen.Polyfills.g.cs";

    private static readonly MetadataReference[] s_runtimeOnly = RuntimeAssemblies.Locations().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();

    private static CSharpCompilation Consumer(IEnumerable<MetadataReference> references, LanguageVersion languageVersion, params string[] sources)
    {
        var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(languageVersion);
        // Nullable annotations need C# 8; below it the consumer has them off, as the SDK does.
        var options = GeneratorHarness.CompilationOptions.WithNullableContextOptions(languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable);
        var trees = new[] { GeneratorHarness.ConsumerSource(parseOptions) }.Concat(sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, parseOptions, path: $"Own{i}.cs")));
        return CSharpCompilation.Create("Consumer.App", trees, references, options);
    }

    /// <summary>
    /// What the SharesGen package gives a .NET Framework project, as far as the generator looks: the runtime, and
    /// System.Text.Json and Microsoft.Bcl.AsyncInterfaces, here as a stand-in declaring the two types it checks (the
    /// packages' netstandard2.0 assemblies are not in this test's output; the packaging tests use the real ones).
    /// </summary>
    private static IEnumerable<MetadataReference> NetFrameworkWithRuntime => Basic.Reference.Assemblies.Net472.References.All.Concat(s_runtimeOnly).Append(s_packageStandIn);

    private static readonly MetadataReference s_packageStandIn = CSharpCompilation.Create(
        "Package.StandIn",
        new[]
        {
            CSharpSyntaxTree.ParseText("namespace System.Collections.Generic { public interface IAsyncEnumerable<out T> { } }\n"
                + "namespace System.Text.Json.Serialization.Metadata { public class JsonTypeInfoResolver { } }\n"),
        },
        Basic.Reference.Assemblies.Net472.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference();

    private static SpecFile Spec() => SpecFile.Shares();

    [Test]
    public void A_netstandard2_0_project_pinned_to_csharp_7_3_without_the_package_gets_one_error_naming_both()
    {
        var run = GeneratorHarness.Run(Consumer(Basic.Reference.Assemblies.NetStandard20.References.All, LanguageVersion.CSharp7_3), Spec());

        Assert.Multiple(() =>
        {
            Assert.That(run.GeneratorDiagnostics.Select(DiagnosticText.Format), Is.EqualTo(new[]
            {
                "SHARESGEN015 Error shares.yaml(1,1): The code SharesGen generates from 'shares.yaml' needs C# 11 or later (set <LangVersion>11</LangVersion> or later in the project) "
                + "and a reference to the SharesGen package (netstandard2.0, .NET Framework 4.6.2 and later, .NET 8 and later); this project uses C# 7.3 and lacks "
                + "System.Collections.Generic.IAsyncEnumerable<T>, System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver, SharesGen.Runtime.Serialization.JsonReading. "
                + "Nothing is generated from it until the project meets that minimum.",
            }));
            Assert.That(run.Sources, Is.Empty, "not even the polyfills");
            GeneratorAssertions.DidNotCrash(run);
            Assert.That(DiagnosticText.Format(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)), Is.Empty, "the project's own code still compiles");
        });
    }

    [Test]
    public void A_dotnet_framework_project_with_the_runtime_gets_every_polyfill_and_no_error()
    {
        var run = GeneratorHarness.Run(Consumer(NetFrameworkWithRuntime, LanguageVersion.CSharp11), Spec());

        Assert.Multiple(() =>
        {
            Assert.That(run.Reported(DiagnosticDescriptors.UnsupportedConsumer), Is.Empty);
            Assert.That(run.HintNames.Count(name => name == PolyfillFile), Is.EqualTo(1));
            Assert.That(DeclaredPolyfills(run), Is.EqualTo(new[]
            {
                "IsExternalInit", "RequiredMemberAttribute", "CompilerFeatureRequiredAttribute", "SetsRequiredMembersAttribute", "NotNullWhenAttribute",
            }));
        });
    }

    /// <summary>The polyfills belong to the project, not to a spec: two specs still get one file.</summary>
    [Test]
    public void Two_specs_get_one_polyfill_file()
    {
        var other = SpecFile.FromDisk(RepositoryPaths.SharesSpec) with { Path = SpecFile.InMemoryPath("other.yaml"), Namespace = "Other.Cloudflare", ClientName = "OtherClient" };
        var run = GeneratorHarness.Run(Consumer(NetFrameworkWithRuntime, LanguageVersion.CSharp11), Spec(), other);

        Assert.That(run.HintNames.Count(name => name == PolyfillFile), Is.EqualTo(1));
    }

    /// <summary>A type the project declares itself (PolySharp's or its own) is usable, so it is not declared again (CS0101).</summary>
    [Test]
    public void A_polyfill_the_project_declares_itself_is_not_emitted_again()
    {
        const string own = "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }";
        var run = GeneratorHarness.Run(Consumer(NetFrameworkWithRuntime, LanguageVersion.CSharp11, own), Spec());

        Assert.That(DeclaredPolyfills(run), Does.Not.Contain("IsExternalInit").And.Contain("RequiredMemberAttribute"));
    }

    /// <summary>An internal copy in a reference (the SharesGen runtime's own PolySharp polyfills) cannot be used, so it does not count.</summary>
    [Test]
    public void An_internal_copy_in_a_reference_does_not_count()
    {
        var library = Consumer(Basic.Reference.Assemblies.Net472.References.All, LanguageVersion.CSharp11, "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }")
            .WithAssemblyName("Other.Library").WithOptions(GeneratorHarness.CompilationOptions.WithOutputKind(OutputKind.DynamicallyLinkedLibrary));
        var run = GeneratorHarness.Run(Consumer(NetFrameworkWithRuntime.Append(library.ToMetadataReference()), LanguageVersion.CSharp11), Spec());

        Assert.That(DeclaredPolyfills(run), Does.Contain("IsExternalInit"));
    }

    /// <summary>
    /// The runtime's types are looked for in the assembly they come in first; one found there must be usable to count.
    /// An assembly named SharesGen.Runtime whose JsonReading is internal leaves the project without one.
    /// </summary>
    [Test]
    public void An_internal_copy_in_the_assembly_a_type_usually_comes_in_does_not_count()
    {
        var impostor = Net100Library("SharesGen.Runtime", "namespace SharesGen.Runtime.Serialization { internal static class JsonReading { } }");
        var run = GeneratorHarness.Run(Consumer(Basic.Reference.Assemblies.Net100.References.All.Append(impostor), LanguageVersion.Latest), Spec());

        Assert.That(run.Reported(DiagnosticDescriptors.UnsupportedConsumer).Single().GetMessage(), Does.Contain("lacks SharesGen.Runtime.Serialization.JsonReading"));
        Assert.That(run.Sources, Is.Empty);
    }

    /// <summary>And one the usual assembly lacks still counts when another reference makes it public (the stand-in above).</summary>
    [Test]
    public void A_type_from_another_assembly_than_usual_counts()
    {
        var elsewhere = Net100Library("Not.SharesGen", "namespace SharesGen.Runtime.Serialization { public static class JsonReading { } }");
        var run = GeneratorHarness.Run(Consumer(Basic.Reference.Assemblies.Net100.References.All.Append(elsewhere), LanguageVersion.Latest), Spec());

        Assert.That(run.Reported(DiagnosticDescriptors.UnsupportedConsumer), Is.Empty);
    }

    /// <summary>A .NET 10 library named <paramref name="assemblyName"/> built from <paramref name="source"/>, as a reference.</summary>
    private static MetadataReference Net100Library(string assemblyName, string source)
        => CSharpCompilation.Create(
                assemblyName,
                new[] { CSharpSyntaxTree.ParseText(source) },
                Basic.Reference.Assemblies.Net100.References.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();

    [Test]
    public void SharesGenPolyfills_false_turns_them_off()
    {
        var consumer = Consumer(NetFrameworkWithRuntime, LanguageVersion.CSharp11);
        var driver = GeneratorHarness.CreateDriver(new[] { Spec() }, out _, GeneratorHarness.DefaultRootNamespace, (CSharpParseOptions)consumer.SyntaxTrees.First().Options);
        driver = driver.WithUpdatedAnalyzerConfigOptions(new WithGlobalProperty(new TestAnalyzerConfigOptionsProvider(new[] { Spec() }, GeneratorHarness.DefaultRootNamespace), "build_property.SharesGenPolyfills", "false"));
        var run = GeneratorHarness.Run(driver, consumer);

        Assert.That(run.HintNames, Does.Not.Contain(PolyfillFile).And.Not.Empty);
    }

    private static string[] DeclaredPolyfills(GeneratorRun run)
        => run.Sources.Where(source => source.HintName == PolyfillFile)
            .SelectMany(source => source.SyntaxTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            .Select(type => type.Identifier.Text)
            .ToArray();

    /// <summary>The usual options plus one project property, as MSBuild's generated .editorconfig would hold it.</summary>
    private sealed class WithGlobalProperty(AnalyzerConfigOptionsProvider inner, string key, string value) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Added(inner.GlobalOptions, key, value);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => inner.GetOptions(tree);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => inner.GetOptions(textFile);

        private sealed class Added(AnalyzerConfigOptions inner, string key, string value) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? found)
            {
                if (name == key)
                {
                    found = value;
                    return true;
                }

                return inner.TryGetValue(name, out found);
            }
        }
    }

    [TestCase(LanguageVersion.CSharp7_3)]
    [TestCase(LanguageVersion.CSharp10)]
    public void A_dotnet_10_project_below_csharp_11_gets_one_error_naming_csharp_11(LanguageVersion languageVersion)
    {
        var run = GeneratorHarness.Run(Consumer(GeneratorHarness.References, languageVersion), Spec());

        Assert.Multiple(() =>
        {
            Assert.That(run.GeneratorDiagnostics.Select(d => d.GetMessage()), Is.EqualTo(new[]
            {
                $"The code SharesGen generates from 'shares.yaml' needs C# 11 or later (set <LangVersion>11</LangVersion> or later in the project); this project uses C# {languageVersion.ToDisplayString()}. "
                + "Nothing is generated from it until the project meets that minimum.",
            }));
            Assert.That(run.Sources, Is.Empty);
        });
    }

    /// <summary>The other side of the boundary: C# 11 is enough, so the minimum the error names is true.</summary>
    [Test]
    public void A_dotnet_10_project_on_csharp_11_compiles_the_generated_code_cleanly()
    {
        var run = GeneratorHarness.Run(Consumer(GeneratorHarness.References, LanguageVersion.CSharp11), Spec());

        GeneratorAssertions.ReportedNothing(run);
        Assert.That(run.Sources, Is.Not.Empty);
        Assert.That(run.HintNames, Does.Not.Contain(PolyfillFile), ".NET 10 has every attribute");
        GeneratorAssertions.CompilesCleanly(run);
    }

    [Test]
    public void A_dotnet_10_project_without_the_sharesgen_runtime_gets_one_error_naming_it()
    {
        var run = GeneratorHarness.Run(Consumer(Basic.Reference.Assemblies.Net100.References.All, LanguageVersion.Latest), Spec());

        Assert.That(run.Reported(DiagnosticDescriptors.UnsupportedConsumer).Single().GetMessage(), Does.Contain("lacks SharesGen.Runtime.Serialization.JsonReading"));
        Assert.That(run.Sources, Is.Empty);
    }
}

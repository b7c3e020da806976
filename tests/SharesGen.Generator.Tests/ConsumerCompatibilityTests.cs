using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// A project that cannot compile the generated code (netstandard2.0, .NET Framework, C# below 11) used to restore
/// cleanly and then get hundreds of compiler errors inside generated files with no word from SharesGen. It gets one
/// SHARESGEN015 per spec naming the minimum, and nothing is generated; its own code still compiles.
/// Real reference assemblies: Basic.Reference.Assemblies' netstandard2.0 and .NET Framework 4.7.2 sets.
/// </summary>
public class ConsumerCompatibilityTests
{
    private static readonly MetadataReference[] s_runtimeOnly = RuntimeAssemblies.Locations().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();

    private static CSharpCompilation Consumer(IEnumerable<MetadataReference> references, LanguageVersion languageVersion)
    {
        var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(languageVersion);
        // Nullable annotations need C# 8; below it the consumer has them off, as the SDK does.
        var options = GeneratorHarness.CompilationOptions.WithNullableContextOptions(languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable);
        return CSharpCompilation.Create("Consumer.App", new[] { GeneratorHarness.ConsumerSource(parseOptions) }, references, options);
    }

    private static SpecFile Spec() => SpecFile.Shares();

    [Test]
    public void A_netstandard2_0_project_gets_one_error_naming_the_minimum_and_no_generated_code()
    {
        // netstandard2.0's default C# version is 7.3.
        var run = GeneratorHarness.Run(Consumer(Basic.Reference.Assemblies.NetStandard20.References.All, LanguageVersion.CSharp7_3), Spec());

        Assert.Multiple(() =>
        {
            Assert.That(run.GeneratorDiagnostics.Select(DiagnosticText.Format), Is.EqualTo(new[]
            {
                "SHARESGEN015 Error shares.yaml(1,1): The code SharesGen generates from 'shares.yaml' needs C# 11 or later (<LangVersion>11</LangVersion>) "
                + "and .NET 8 or later with a reference to the SharesGen package; this project uses C# 7.3 and lacks "
                + "System.Runtime.CompilerServices.RequiredMemberAttribute, System.Collections.Generic.IAsyncEnumerable<T>, "
                + "System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver, SharesGen.Runtime.Serialization.JsonReading. "
                + "Nothing is generated from it until the project meets that minimum.",
            }));
            Assert.That(run.Sources, Is.Empty);
            GeneratorAssertions.DidNotCrash(run);
            Assert.That(DiagnosticText.Format(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)), Is.Empty, "the project's own code still compiles");
        });
    }

    [Test]
    public void A_dotnet_framework_project_with_the_runtime_assembly_still_lacks_framework_types()
    {
        var run = GeneratorHarness.Run(Consumer(Basic.Reference.Assemblies.Net472.References.All.Concat(s_runtimeOnly), LanguageVersion.CSharp11), Spec());

        Assert.Multiple(() =>
        {
            var error = run.Reported(DiagnosticDescriptors.UnsupportedConsumer).Single();
            Assert.That(error.GetMessage(), Does.Contain("needs .NET 8 or later").And.Contain("lacks System.Runtime.CompilerServices.RequiredMemberAttribute").And.Not.Contain("C# 11"));
            Assert.That(run.Sources, Is.Empty);
        });
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
                $"The code SharesGen generates from 'shares.yaml' needs C# 11 or later (<LangVersion>11</LangVersion>); this project uses C# {languageVersion.ToDisplayString()}. "
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

using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;
using SharesGen.Generator.Tests.UpdateReports;

namespace SharesGen.Generator.Tests;

/// <summary>
/// The two ways to rename an operation's method: the consumer's <c>SharesGenOperationNames</c> metadata and the spec's
/// <c>x-sharesgen-name</c> extension (the metadata wins, so an unchanged official spec can still be renamed). The
/// assertions look for method names in the generated code, whatever the methods' signatures: the renamed method exists,
/// the derived one (<c>Widgets.List</c>, <c>Widgets.Update</c>) does not, and an invalid name keeps the derived one with its
/// diagnostic.
/// </summary>
public class OperationNameOverrideTests
{
    /// <summary>Where an <c>x-sharesgen-name</c> goes: on <c>widgets-list</c>, derived <c>Widgets.List</c>.</summary>
    private const string ListOperation = "      operationId: widgets-list\n";

    [Test]
    public void The_derived_names_are_the_baseline()
    {
        var run = Generate();

        Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(run);
            Assert.That(MethodNames(run), Does.Contain("List").And.Contain("Update"));
        });
    }

    [Test]
    public void The_metadata_renames_the_method()
    {
        var run = Generate(operationNames: "widgets-list=Widgets.Enumerate");

        AssertRenamed(run, from: "List", to: "Enumerate");
    }

    [Test]
    public void The_extension_renames_the_method()
    {
        var run = Generate(extension: "Widgets.Enumerate");

        AssertRenamed(run, from: "List", to: "Enumerate");
    }

    [Test]
    public void The_metadata_wins_over_the_extension()
    {
        var run = Generate(extension: "Widgets.Browse", operationNames: "widgets-list=Widgets.Enumerate");

        AssertRenamed(run, from: "List", to: "Enumerate");
        Assert.That(MethodNames(run), Does.Not.Contain("Browse"));
    }

    [Test]
    public void The_metadata_renames_several_operations_and_leaves_the_others()
    {
        var run = Generate(operationNames: "widgets-list=Widgets.Enumerate; widget-update=Widgets.Replace");

        AssertRenamed(run, from: "List", to: "Enumerate");
        AssertRenamed(run, from: "Update", to: "Replace");
    }

    [Test]
    public void An_override_can_move_the_method_to_another_group()
    {
        var run = Generate(operationNames: "widgets-list=Gadgets.Enumerate");

        AssertRenamed(run, from: "List", to: "Enumerate");
        Assert.That(TypeNames(run), Has.Some.Contains("Gadgets"), "the new group gets a sub-client of its own");
    }

    [Test]
    public void An_async_suffix_in_the_override_is_not_doubled()
    {
        var run = Generate(operationNames: "widgets-list=Widgets.EnumerateAsync");

        AssertRenamed(run, from: "List", to: "Enumerate");
        Assert.That(MethodNames(run), Does.Not.Contain("EnumerateAsync"));
    }

    [TestCase("Widgets.")]
    [TestCase("Widgets..Enumerate")]
    [TestCase("Widgets.9")]
    public void An_invalid_metadata_name_is_reported_and_the_derived_name_kept(string name)
    {
        var run = Generate(operationNames: "widgets-list=" + name);

        AssertKeptWithDiagnostic(run, "SharesGenOperationNames", name);
    }

    [TestCase("Widgets.")]
    [TestCase("Widgets..Enumerate")]
    [TestCase("Widgets.9")]
    public void An_invalid_extension_name_is_reported_and_the_derived_name_kept(string name)
    {
        var run = Generate(extension: name);

        AssertKeptWithDiagnostic(run, "x-sharesgen-name", name);
    }

    private static GeneratorRun Generate(string? extension = null, string? operationNames = null)
    {
        var text = extension is null ? Widgets.Spec : Widgets.Spec.Replace(ListOperation, ListOperation + $"      x-sharesgen-name: '{extension}'\n");
        var spec = SpecFile.Inline(text, "widgets.yaml");
        return GeneratorHarness.Run(operationNames is null
            ? spec
            : spec with { OtherMetadata = ImmutableDictionary<string, string>.Empty.Add("SharesGenOperationNames", operationNames) });
    }

    private static void AssertRenamed(GeneratorRun run, string from, string to)
        => Assert.Multiple(() =>
        {
            GeneratorAssertions.ReportedNothing(run);
            GeneratorAssertions.CompilesCleanly(run);
            Assert.That(MethodNames(run), Does.Contain(to), "the override names the method");
            Assert.That(MethodNames(run), Does.Not.Contain(from), "the derived name is gone");
        });

    private static void AssertKeptWithDiagnostic(GeneratorRun run, string option, string name)
    {
        var reported = run.Reported(DiagnosticDescriptors.InvalidOption);
        Assert.Multiple(() =>
        {
            GeneratorAssertions.DidNotCrash(run);
            GeneratorAssertions.CompilesCleanly(run);
            Assert.That(reported, Has.Length.EqualTo(1), DiagnosticText.Format(run.GeneratorDiagnostics));
            Assert.That(reported.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Has.All.Contains(option).And.All.Contains($"'{name}'"));
            Assert.That(reported.Select(d => d.Location.GetLineSpan().Path), Has.All.EndsWith("widgets.yaml"), "the diagnostic points into the spec");
            Assert.That(MethodNames(run), Does.Contain("List"), "the derived name is kept");
        });
    }

    /// <summary>The generated methods' names, without the <c>Async</c> suffix, so the test holds whatever the signatures.</summary>
    private static string[] MethodNames(GeneratorRun run)
        => run.Sources
            .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            .Select(m => m.Identifier.ValueText is var name && name.EndsWith("Async", System.StringComparison.Ordinal) ? name[..^"Async".Length] : name)
            .Distinct()
            .ToArray();

    private static string[] TypeNames(GeneratorRun run)
        => run.Sources
            .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            .Select(t => t.Identifier.ValueText)
            .ToArray();
}

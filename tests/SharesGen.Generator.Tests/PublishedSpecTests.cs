using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Cloudflare's files as published, unchanged (<c>spec/</c>): SHARESGEN099 never appears on a real spec,
/// what the whole API bends is a warning, and its few real errors stop only the operation they break.
/// </summary>
public class PublishedSpecTests
{
    [Test]
    public void The_official_resource_sharing_fragment_generates_without_a_diagnostic_and_compiles_cleanly()
    {
        var run = GeneratorHarness.Run(SpecFile.FromDisk(RepositoryPaths.SharesSpec) with { Namespace = "Cloudflare.Sharing", ClientName = "SharesClient" });

        GeneratorAssertions.ReportedNothing(run);
        Assert.That(run.Model.Operations, Has.Count.EqualTo(21));
        GeneratorAssertions.CompilesCleanly(run);
    }

    /// <summary>
    /// The 2023 whole-API file used to be rejected over its lower-case <c>4xx</c> keys (260 × SHARESGEN003) and then to
    /// stop on two NullReferenceExceptions (SHARESGEN099), generating nothing. This test holds the reading; the build of
    /// its output (zero errors, zero warnings) is <see cref="WholeApiBuildTests"/>.
    /// </summary>
    [Test]
    public void The_whole_2023_api_is_read_with_warnings_where_it_is_loose_and_errors_only_where_it_is_broken()
    {
        var run = GeneratorHarness.Run(SpecFile.FromDisk(RepositoryPaths.CloudflareWholeApi) with { Namespace = "Cloudflare", ClientName = "CloudflareClient" });

        Assert.Multiple(() =>
        {
            GeneratorAssertions.DidNotCrash(run);
            Assert.That(run.Reported(DiagnosticDescriptors.InvalidSpec).Select(DiagnosticText.Format), Is.Empty);
            Assert.That(run.Reported(DiagnosticDescriptors.ToleratedDeviation), Has.Length.EqualTo(260), "the lower-case 4xx keys");

            // The only errors: one operation refers to a request body and two responses the file does not define.
            const string Broken = "the operation PUT /accounts/{account_identifier}/workers/dispatch_namespaces/{dispatch_namespace}/scripts/{script_name} is left out";
            Assert.That(run.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(DiagnosticText.Format), Is.EqualTo(new[]
            {
                $"SHARESGEN004 Error cloudflare-openapi-2023-08-02.yaml(52216,15): The reference 'requestBody' does not resolve to anything in the spec; {Broken}",
                $"SHARESGEN004 Error cloudflare-openapi-2023-08-02.yaml(52219,17): The reference '4XX' does not resolve to anything in the spec; {Broken}",
                $"SHARESGEN004 Error cloudflare-openapi-2023-08-02.yaml(52221,17): The reference '200' does not resolve to anything in the spec; {Broken}",
            }));
            Assert.That(run.Model.Operations, Has.Count.EqualTo(1_257), "every operation but the broken one");
            Assert.That(run.Sources, Has.Length.GreaterThan(2_000));
        });
    }
}

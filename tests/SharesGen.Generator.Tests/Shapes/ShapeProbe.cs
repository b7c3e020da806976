using System.Text.Json.Nodes;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// A consumer that uses a generated shape the way application code would (typed, with <c>switch</c>, <c>is</c> and
/// accessors), compiled with the generated code and with warnings counted, then run: <c>Consumer.App.Probe.Run(json)</c>
/// reads the JSON, says in a line what it saw and writes the value back.
/// </summary>
internal static class ShapeProbe
{
    public const string Namespace = "Tests.Generated";

    /// <summary>Generates <paramref name="spec"/> into a consumer holding <paramref name="probe"/>, which must compile cleanly.</summary>
    public static GeneratorRun Generate(string spec, string probe)
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.CreateDriver(new[] { SpecFile.Inline(spec) }),
            GeneratorHarness.CreateCompilation(probe));
        GeneratorAssertions.DidNotCrash(run);
        GeneratorAssertions.CompilesCleanly(run);
        return run;
    }

    /// <summary>Runs <c>Probe.Run(json)</c>: what the probe saw, and the JSON it wrote back.</summary>
    public static (string Seen, string Written) Run(GeneratorRun run, string json)
    {
        using var generated = GeneratedAssembly.Load(run);
        var result = (string)generated.Type("Consumer.App.Probe").GetMethod("Run")!.Invoke(null, new object[] { json })!;
        var split = result.IndexOf('\n');
        return (result[..split], result[(split + 1)..]);
    }

    /// <summary>Nothing was lost: the written JSON means what the read JSON meant, member order aside.</summary>
    public static void AssertSameJson(string written, string read)
        => Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(read)), Is.True, $"written back:\n{written}\nread:\n{read}");
}

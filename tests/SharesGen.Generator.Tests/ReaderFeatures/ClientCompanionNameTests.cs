using System.Collections.Immutable;
using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Tests.Infrastructure;
using static SharesGen.Generator.Tests.ReaderFeatures.FeatureSpec;

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>
/// The types generated beside a client (<c>{Client}Json</c>, <c>{Client}ServiceCollectionExtensions</c>,
/// <c>{Client}Contract</c>, <c>{Client}Examples</c>) are claimed before any schema is named: a schema that would take
/// one of those names gets another, and the consumer builds.
/// </summary>
public class ClientCompanionNameTests
{
    [Test]
    public void SchemaNamedLikeAClientCompanionTakesAnotherName()
    {
        // "thing" keeps the four from sharing a prefix the type namer would drop.
        var companions = new[] { "things_client_json", "things_client_service_collection_extensions", "things_client_contract", "things_client_examples", "thing" };
        var properties = string.Join(", ", companions.Select(c => $"{c}: {{ $ref: '#/components/schemas/{c}' }}"));
        var schemas = "{ " + string.Join(", ", companions.Select(c => $"{c}: {{ type: object, properties: {{ id: {{ type: string }} }} }}")) + " }";
        var spec = SpecFile.Inline(Returning(Envelope("{ type: object, properties: { " + properties + " } }"), schemas)) with
        {
            ClientName = "ThingsClient",
            OtherMetadata = ImmutableDictionary<string, string>.Empty.Add("SharesGenContract", "true"),
        };

        var run = GeneratorHarness.Run(spec);

        GeneratorAssertions.DidNotCrash(run);
        Assert.That(run.HintNames, Is.SupersetOf(new[] { "ThingsClient", "ThingsClientJson", "ThingsClientContract", "ThingsClientExamples" }.Select(name => "Tests.Generated." + name + ".g.cs")));
        Assert.That(run.Reported(DiagnosticDescriptors.DuplicateOutput), Is.Empty);
        GeneratorAssertions.CompilesCleanly(run);
    }
}

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contoso.Cloudflare.OwnRevision;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Testing.Contracts;

namespace SharesGen.EndToEnd.Tests;

/// <summary>
/// Every example of SharesGen's own earlier revision of the spec (the official fragment has none; this fixture keeps the
/// operation examples it lacks), as the generated contract holds it: it satisfies its own schema, it reads into its DTO
/// and writes back with nothing lost, and what the DTO makes of it is a snapshot (so a generator change that drops or
/// renames a member shows as a diff).
/// </summary>
public sealed class SpecExampleTests
{
    private static readonly ApiContract Contract = OwnRevisionClientContract.Contract;

    public static IEnumerable<ApiExample> Examples => Contract.Examples;

    public static IEnumerable<ApiExample> ExamplesWithRoundTrip => Contract.Examples.Where(e => e.RoundTrip is not null);

    public static IEnumerable<ApiExample> ExamplesWithDto => Contract.Examples.Where(e => e.DtoType is not null);

    [Test]
    public void The_catalog_holds_each_example_once_as_a_constant_of_the_same_text()
    {
        var constants = typeof(OwnRevisionClientExamples).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

        Assert.Multiple(() =>
        {
            Assert.That(Contract.Examples.Select(e => e.Name), Is.Unique);
            Assert.That(Contract.Examples.Select(e => e.Name), Is.EquivalentTo(constants.Keys));
            Assert.That(Contract.Examples.Where(e => constants[e.Name] != e.Json).Select(e => e.Name), Is.Empty);
        });
    }

    [Test]
    public void Each_operation_example_is_in_the_catalog()
    {
        var catalog = Contract.Examples.Select(e => e.Json).ToHashSet(StringComparer.Ordinal);
        var examples = Contract.Operations.SelectMany(o => new[] { o.RequestExample, o.ResponseExample }).Where(e => e is not null);

        Assert.That(examples.Where(e => !catalog.Contains(e!)), Is.Empty);
    }

    [TestCaseSource(nameof(Examples))]
    public void Conforms_to_its_schema(ApiExample example)
    {
        Assert.That(example.Schema, Is.Not.Null, $"{example.Name} ({example.Source}) has no schema");

        var result = ContractAssert.Conforms(Contract, example);

        foreach (var warning in result.Warnings)
        {
            TestContext.Out.WriteLine($"warning: {example.Name}: {warning}");
        }
    }

    [TestCaseSource(nameof(ExamplesWithRoundTrip))]
    public void Round_trips_through_its_dto(ApiExample example)
        => ContractAssert.RoundTrips(example);

    [Test]
    public void Bare_array_request_examples_round_trip_through_their_item_dto()
    {
        // The bulk PUTs' bodies are lists of a DTO; the contract gives them the item's round trip, run item by item.
        var bareArrays = Contract.Examples.Where(e => e.Json.StartsWith('[') && e.Source.Contains("/requestBody/", StringComparison.Ordinal)).ToList();

        Assert.That(bareArrays.Select(e => e.Name), Is.EquivalentTo(new[] { nameof(OwnRevisionClientExamples.SharesRecipientsUpdateRequest), nameof(OwnRevisionClientExamples.SharesExcludedRecipientsUpdateRequest) }));
        Assert.That(bareArrays.Select(e => e.DtoType), Is.EquivalentTo(new[] { typeof(CreateShareRecipientRequest), typeof(CreateShareExcludedRecipientRequest) }));
        Assert.That(bareArrays.SelectMany(e => e.RoundTrip!(e.Json)), Is.Empty);
    }

    [TestCaseSource(nameof(ExamplesWithDto))]
    public void Dto_view(ApiExample example)
    {
        var view = DtoView(example);

        Snapshot.VerifyJson(view, DtoViewSnapshotName(example));
    }

    /// <summary>One snapshot per example, <c>SpecExampleTests.Dto_view_{example}</c>; the inventory knows them by it.</summary>
    internal static string DtoViewSnapshotName(ApiExample example) => $"{nameof(SpecExampleTests)}.{nameof(Dto_view)}_{example.Name}";

    /// <summary>
    /// The example read into its DTO and written back, indented: for a response envelope its <c>result</c> (an array of
    /// DTOs for a list), otherwise the whole payload.
    /// </summary>
    private static string DtoView(ApiExample example)
    {
        var node = JsonNode.Parse(example.Json)!;
        var isEnvelope = node is JsonObject envelope && envelope.ContainsKey("result") && envelope.ContainsKey("success");
        var target = isEnvelope ? node["result"] : node;

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            if (target is JsonArray items)
            {
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteThroughDto(writer, item, example.DtoType!);
                }

                writer.WriteEndArray();
            }
            else
            {
                WriteThroughDto(writer, target, example.DtoType!);
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteThroughDto(Utf8JsonWriter writer, JsonNode? json, Type dtoType)
    {
        var dto = JsonSerializer.Deserialize(json?.ToJsonString() ?? "null", dtoType, OwnRevisionClientJson.Options);
        JsonSerializer.Serialize(writer, dto, dtoType, OwnRevisionClientJson.Options);
    }
}

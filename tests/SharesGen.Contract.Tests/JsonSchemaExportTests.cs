using System.Linq;
using System.Text.Json.Nodes;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.Contract.Tests.Oracle;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests;

/// <summary>How a <see cref="SchemaNode"/> reads as JSON Schema 2020-12 for the oracle.</summary>
public sealed class JsonSchemaExportTests
{
    [Test]
    public void Nullable_adds_null_to_the_type()
    {
        var schema = JsonSchemaExport.Convert(new SchemaNode { Type = "array", Nullable = true }, EnumHandling.Keep);

        Assert.That(schema.ToJsonString(), Is.EqualTo("""{"type":["array","null"]}"""));
    }

    [Test]
    public void A_nullable_reference_becomes_an_anyOf_with_null()
    {
        var schema = JsonSchemaExport.Convert(new SchemaNode { Ref = "resource-sharing_account_id", Nullable = true }, EnumHandling.Keep);

        Assert.That(schema.ToJsonString(), Is.EqualTo("""{"anyOf":[{"type":"null"},{"$ref":"#/$defs/resource-sharing_account_id"}]}"""));
    }

    [Test]
    public void String_enums_are_kept_or_dropped_and_null_only_enums_always_stay()
    {
        var statuses = new SchemaNode { Type = "string", Enum = ["active", "deleted"], EnumAllowsNull = true };
        var onlyNull = new SchemaNode { Type = "object", Nullable = true, EnumAllowsNull = true };

        Assert.Multiple(() =>
        {
            Assert.That(JsonSchemaExport.Convert(statuses, EnumHandling.Keep).ToJsonString(), Is.EqualTo("""{"type":"string","enum":["active","deleted",null]}"""));
            Assert.That(JsonSchemaExport.Convert(statuses, EnumHandling.DropStringEnums).ToJsonString(), Is.EqualTo("""{"type":"string"}"""));
            Assert.That(JsonSchemaExport.Convert(onlyNull, EnumHandling.DropStringEnums).ToJsonString(), Is.EqualTo("""{"type":["object","null"],"enum":[null]}"""));
        });
    }

    [Test]
    public void Constraints_properties_items_and_anyOf_keep_their_keywords()
    {
        var node = new SchemaNode
        {
            Type = "object",
            Properties = new System.Collections.Generic.Dictionary<string, SchemaNode>
            {
                ["tags"] = new() { Type = "array", MaxItems = 20, Items = new SchemaNode { Type = "string", MaxLength = 1281 } },
                ["code"] = new() { Type = "integer", Minimum = 1000 },
                ["at"] = new() { Type = "string", Format = "date-time", Deprecated = true },
                ["result"] = new() { AnyOf = [new SchemaNode { Type = "object" }, new SchemaNode { Type = "string" }] },
            },
            Required = ["code"],
        };

        Assert.That(JsonSchemaExport.Convert(node, EnumHandling.Keep).ToJsonString(), Is.EqualTo(
            """{"type":"object","properties":{"tags":{"type":"array","maxItems":20,"items":{"type":"string","maxLength":1281}},"code":{"type":"integer","minimum":1000},"at":{"type":"string","format":"date-time"},"result":{"anyOf":[{"type":"object"},{"type":"string"}]}},"required":["code"]}"""));
    }

    [Test]
    public void A_document_declares_draft_2020_12_and_holds_every_component_under_defs()
    {
        var contract = SharesClientContract.Contract;

        var document = JsonSchemaExport.Document(contract, new SchemaNode { Ref = "resource-sharing_share_object" }, EnumHandling.Keep);

        Assert.Multiple(() =>
        {
            Assert.That(document["$schema"]!.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
            Assert.That(document["$ref"]!.GetValue<string>(), Is.EqualTo("#/$defs/resource-sharing_share_object"));
            Assert.That(document["$defs"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(contract.Schemas.Keys));
        });
    }

    [Test]
    public void Every_reference_in_the_contract_resolves()
    {
        // The validator reads an unknown reference as "anything"; the oracle would refuse it. Neither may happen.
        var contract = SharesClientContract.Contract;
        var nodes = contract.Schemas.Values
            .Concat(contract.Operations.SelectMany(o => new[] { o.RequestBody, o.SuccessSchema, o.FailureSchema }.Concat(o.Parameters.Select(p => p.Schema))))
            .Concat(contract.Examples.Select(e => e.Schema))
            .Where(n => n is not null)
            .SelectMany(n => Descendants(n!));

        Assert.That(nodes.Select(n => n.Ref).Where(r => r is not null).Distinct().Where(r => !contract.Schemas.ContainsKey(r!)), Is.Empty);
    }

    private static System.Collections.Generic.IEnumerable<SchemaNode> Descendants(SchemaNode node)
    {
        yield return node;
        foreach (var child in node.Properties.Values.Concat(node.AnyOf).Concat(node.Items is null ? [] : [node.Items]))
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}

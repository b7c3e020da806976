using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using NUnit.Framework;

namespace SharesGen.Generator.Tests.WholeApi;

/// <summary>
/// The whole-API test's argument synthesis on the <c>oneOf</c> idioms of Cloudflare's request bodies, without Prism: the
/// value made for each must match exactly one alternative, as Prism checks it (<see cref="SchemaMatch"/> is that check,
/// and is tested here too, so a synthesis that fools it does not pass unnoticed).
/// </summary>
public class SchemaValuesTests
{
    private const string Components = """
        openapi: 3.0.3
        info: { title: Values, version: '1' }
        paths: {}
        components:
          schemas:
            # IP access rules: alternatives of no required member, told apart only by `target`'s enum.
            configuration:
              type: object
              oneOf:
                - { title: IP, properties: { target: { enum: [ip] }, value: { type: string, example: 198.51.100.4 } } }
                - { title: IPv6, properties: { target: { enum: [ip6] }, value: { type: string } } }
                - { title: ASN, properties: { target: { enum: [asn] }, value: { type: string } } }
            rule_body:
              required: [mode, configuration]
              properties:
                mode: { enum: [block, challenge] }
                configuration: { $ref: '#/components/schemas/configuration' }
            # Rulesets: a discriminated oneOf whose alternatives narrow a shared `action` by allOf.
            rule:
              type: object
              required: [expression]
              properties:
                action: { enum: [block, execute, log, skip] }
                expression: { type: string }
            block_rule: { allOf: [ { $ref: '#/components/schemas/rule' }, { properties: { action: { enum: [block] } } } ] }
            log_rule: { allOf: [ { $ref: '#/components/schemas/rule' }, { properties: { action: { enum: [log] } } } ] }
            skip_rule: { allOf: [ { $ref: '#/components/schemas/rule' }, { properties: { action: { enum: [skip] } } } ] }
            rule_request:
              oneOf:
                - { $ref: '#/components/schemas/block_rule' }
                - { $ref: '#/components/schemas/log_rule' }
                - { $ref: '#/components/schemas/skip_rule' }
              discriminator: { propertyName: action }
            ruleset:
              required: [name, rules]
              properties:
                name: { type: string }
                rules: { type: array, items: { $ref: '#/components/schemas/rule_request' } }
            create_rule: { allOf: [ { $ref: '#/components/schemas/rule_request' }, { properties: { position: { type: object } } } ] }
            # Access identity providers: two alternatives are one schema, so only the third can be matched alone, by a
            # member it leaves open that the others type (config.client_id).
            provider: { type: object, required: [name, config], properties: { name: { type: string }, config: { type: object } } }
            oauth_config: { type: object, properties: { client_id: { type: string } } }
            facebook: { allOf: [ { $ref: '#/components/schemas/provider' }, { properties: { config: { $ref: '#/components/schemas/oauth_config' } } } ] }
            github: { allOf: [ { $ref: '#/components/schemas/provider' }, { properties: { config: { $ref: '#/components/schemas/oauth_config' } } } ] }
            saml: { allOf: [ { $ref: '#/components/schemas/provider' }, { properties: { config: { type: object, properties: { issuer_url: { type: string } } } } } ] }
            providers: { oneOf: [ { $ref: '#/components/schemas/facebook' }, { $ref: '#/components/schemas/github' }, { $ref: '#/components/schemas/saml' } ] }
        """;

    private static readonly OpenApiDocument s_document = new OpenApiStringReader().Read(Components, out _);

    [TestCase("rule_body")]
    [TestCase("configuration")]
    [TestCase("ruleset")]
    [TestCase("rule_request")]
    [TestCase("create_rule")]
    [TestCase("providers")]
    public void The_value_made_for_a_oneOf_body_is_valid_for_it(string component)
    {
        var schema = s_document.Components.Schemas[component];

        var value = SchemaValues.For(schema);

        Assert.That(SchemaMatch.Admits(schema, value), Is.True, value?.ToJsonString());
    }

    [Test]
    public void Alternatives_told_apart_by_an_optional_enum_member_get_it()
    {
        var value = SchemaValues.For(s_document.Components.Schemas["rule_body"]);

        Assert.That(value!["configuration"]!["target"]!.GetValue<string>(), Is.EqualTo("ip"));
    }

    [Test]
    public void An_alternative_narrowing_a_shared_enum_gets_a_value_both_admit()
    {
        var rule = SchemaValues.For(s_document.Components.Schemas["ruleset"])!["rules"]!.AsArray().Single()!;

        Assert.That(rule["action"]!.GetValue<string>(), Is.EqualTo("block"));
    }

    [TestCase("{}", false)] // every alternative admits it: not exactly one
    [TestCase("""{"target":"ip"}""", true)]
    [TestCase("""{"target":"ip9"}""", false)] // none
    [TestCase("""[]""", false)] // type: object
    public void SchemaMatch_counts_the_alternatives_a_value_matches(string json, bool valid)
        => Assert.That(SchemaMatch.Admits(s_document.Components.Schemas["configuration"], JsonNode.Parse(json)), Is.EqualTo(valid));

    [TestCase("""{"expression":"x","action":"log"}""", true)]
    [TestCase("""{"expression":"x","action":"execute"}""", false)] // rule admits it, no alternative does
    [TestCase("""{"action":"log"}""", false)] // required expression
    public void SchemaMatch_reads_allOf_inside_the_alternatives(string json, bool valid)
        => Assert.That(SchemaMatch.Admits(s_document.Components.Schemas["rule_request"], JsonNode.Parse(json)), Is.EqualTo(valid));
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// <c>{Client}Json</c> has a typed <c>JsonTypeInfo&lt;T&gt;</c> per type, as System.Text.Json's contexts do, so a
/// consumer's own serialization stays trim- and AOT-safe. Names follow System.Text.Json (<c>Share</c>,
/// <c>IListShare</c>, <c>NullableKind</c>); a spec whose type names collide with the class's members or with each
/// other's accessors still compiles cleanly, every name distinct and deterministic.
/// </summary>
public class JsonTypeInfoAccessorTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Accessors, version: '1' }
        paths:
          /things:
            get:
              operationId: things-list
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          share: { $ref: '#/components/schemas/Share' }
                          options: { $ref: '#/components/schemas/Options' }
                          resolver: { $ref: '#/components/schemas/TypeInfoResolver' }
                          equals: { $ref: '#/components/schemas/Equals' }
                          list: { $ref: '#/components/schemas/IListShare' }
                          kind: { $ref: '#/components/schemas/Kind' }
                          nullable: { $ref: '#/components/schemas/NullableKind' }
        components:
          schemas:
            Share: { type: object, properties: { id: { type: string } } }
            Options: { type: object, properties: { id: { type: string } } }
            TypeInfoResolver: { type: object, properties: { id: { type: string } } }
            Equals: { type: object, properties: { id: { type: string } } }
            IListShare: { type: object, properties: { id: { type: string } } }
            Kind: { type: string, enum: [a, b] }
            NullableKind: { type: object, properties: { id: { type: string } } }
        """;

    [Test]
    public void Every_type_has_a_typed_accessor_and_colliding_names_get_distinct_ones()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec));
        GeneratorAssertions.DidNotCrash(run);
        GeneratorAssertions.CompilesCleanly(run);
        using var assembly = GeneratedAssembly.Load(run);
        var json = assembly.Type("Tests.Generated.TestClientJson");

        var accessors = json.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
            .ToDictionary(p => p.Name, p => Describe(p.PropertyType.GetGenericArguments()[0]));

        Assert.That(accessors, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Share"] = "Share", ["IListShareTypeInfo"] = "IList<Share>",
            ["OptionsTypeInfo"] = "Options", ["IListOptions"] = "IList<Options>",
            ["TypeInfoResolverTypeInfo"] = "TypeInfoResolver", ["IListTypeInfoResolver"] = "IList<TypeInfoResolver>",
            ["EqualsTypeInfo"] = "Equals", ["IListEquals"] = "IList<Equals>",
            ["IListShare"] = "IListShare", ["IListIListShare"] = "IList<IListShare>",
            ["Kind"] = "Kind", ["IListKind"] = "IList<Kind>", ["NullableKindTypeInfo"] = "Kind?",
            ["NullableKind"] = "NullableKind", ["IListNullableKind"] = "IList<NullableKind>",
            ["ListThing"] = "ListThing", ["IListListThing"] = "IList<ListThing>",   // the inline response object
        }));
    }

    [Test]
    public void An_accessor_is_the_options_own_contract_and_round_trips_its_type()
    {
        var run = GeneratorHarness.Run(SpecFile.Inline(Spec));
        using var assembly = GeneratedAssembly.Load(run);
        var json = assembly.Type("Tests.Generated.TestClientJson");
        var options = (JsonSerializerOptions)json.GetProperty("Options")!.GetValue(null)!;
        var shareType = assembly.Type("Tests.Generated.Share");

        var typeInfo = (JsonTypeInfo)json.GetProperty("Share")!.GetValue(null)!;
        var share = JsonSerializer.Deserialize("""{"id":"s1","extra":true}""", typeInfo)!;

        Assert.That(typeInfo, Is.SameAs(options.GetTypeInfo(shareType)));
        Assert.That(typeInfo.Options, Is.SameAs(options));
        Assert.That(share, Is.InstanceOf(shareType));
        Assert.That(JsonSerializer.Serialize(share, typeInfo), Is.EqualTo("""{"id":"s1","extra":true}"""));
    }

    private static string Describe(Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>) ? "IList<" + Describe(type.GetGenericArguments()[0]) + ">"
            : Nullable.GetUnderlyingType(type) is { } underlying ? underlying.Name + "?"
            : type.Name;
}

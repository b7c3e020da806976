using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Model;
using SharesGen.Generator.Options;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>
/// One small spec per reader feature, read straight into the model (no emitting, no compiling), so a test asserts the
/// reader's verdict as model fields and its diagnostics by descriptor.
/// </summary>
internal static class FeatureSpec
{
    /// <summary>
    /// A spec whose one operation, <c>things-op</c>, is <c>GET /accounts/{account_id}/things</c> with the query
    /// <paramref name="query"/> parameters (flow-style YAML, one per entry) and <paramref name="responses"/> (a status
    /// and a flow-style JSON schema, or null for no body); <paramref name="schemas"/> is the flow-style
    /// <c>components.schemas</c> map.
    /// </summary>
    public static string Get((string Status, string? Schema)[] responses, string schemas = "{}", params string[] query)
    {
        var parameters = string.Concat(query.Select(q => "\n        - " + q));
        var answers = string.Concat(responses.Select(r => r.Schema is null
            ? $"\n        '{r.Status}': {{ description: Answer. }}"
            : $"\n        '{r.Status}': {{ description: Answer., content: {{ application/json: {{ schema: {r.Schema} }} }} }}"));
        return $$"""
            openapi: 3.0.3
            info: { title: Features, version: '1' }
            paths:
              /accounts/{account_id}/things:
                get:
                  operationId: things-op
                  tags: [Things]
                  parameters:
                    - { name: account_id, in: path, required: true, schema: { type: string } }{{parameters}}
                  responses:{{answers}}
            components:
              schemas: {{schemas}}
            """;
    }

    /// <summary>A spec whose one operation answers 200 with <paramref name="schema"/>.</summary>
    public static string Returning(string schema, string schemas = "{}", params string[] query)
        => Get(new (string, string?)[] { ("200", schema) }, schemas, query);

    /// <summary>Cloudflare's envelope around <paramref name="result"/>, with <c>result_info</c> when <paramref name="resultInfo"/>.</summary>
    public static string Envelope(string result, bool resultInfo = false)
        => "{ type: object, required: [success, errors, messages, result], properties: { success: { type: boolean }, errors: { type: array, items: {} }, messages: { type: array, items: {} }, result: "
           + result
           + (resultInfo ? ", result_info: { type: object, properties: { page: { type: number }, per_page: { type: number }, count: { type: number }, total_count: { type: number } } }" : string.Empty)
           + " } }";

    /// <summary>The component <c>thing</c>, an object with an id: the DTO results are made of (an entry of <c>components.schemas</c>).</summary>
    public const string ThingComponent = "thing: { type: object, required: [id], properties: { id: { type: string } } }";

    /// <summary><c>components.schemas</c> holding <see cref="ThingComponent"/> alone.</summary>
    public const string Thing = "{ " + ThingComponent + " }";

    /// <summary>A reference to <see cref="Thing"/>.</summary>
    public const string ThingRef = "{ $ref: '#/components/schemas/thing' }";

    /// <summary>Reads <paramref name="spec"/> as the generator would a file with no options.</summary>
    public static SpecResult Read(string spec)
        => SpecReader.Read(new SpecInput("/specs/features.yaml", spec, Namespace: "Tests.Features", ClientName: null, DefaultNamespace: null), System.Threading.CancellationToken.None);

    /// <summary>The one operation's result, the spec having read without a diagnostic.</summary>
    public static ResultModel ResultOf(string spec)
    {
        var read = Read(spec);
        Assert.That(read.Diagnostics.Select(d => d.Descriptor.Id), Is.Empty, "the spec should read cleanly");
        return read.Model!.Operations.Single().Result;
    }

    /// <summary>The descriptors the reader reported, in order.</summary>
    public static DiagnosticDescriptorSet Reported(SpecResult read) => new(read.Diagnostics.Select(d => d.Descriptor).ToArray());
}

/// <summary>What a read reported, compared by descriptor: <c>Assert.That(reported.Has(DiagnosticDescriptors.X))</c>.</summary>
internal sealed record DiagnosticDescriptorSet(Microsoft.CodeAnalysis.DiagnosticDescriptor[] Descriptors)
{
    public bool Has(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) => Descriptors.Contains(descriptor);

    public override string ToString() => string.Join(", ", Descriptors.Select(d => d.Id));
}

using NUnit.Framework;
using SharesGen.Generator.Model;
using static SharesGen.Generator.Tests.ReaderFeatures.FeatureSpec;

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>
/// Cloudflare writes most responses as <c>allOf: [common envelope, { properties: { result: … } }]</c>: a later member
/// narrows what an earlier one left open, and the narrowed <c>result</c> is what the call returns.
/// </summary>
public class AllOfNarrowingTests
{
    private const string Common = "api-response-common: { type: object, required: [success, errors, messages], properties: { success: { type: boolean }, errors: { type: array, items: {} }, messages: { type: array, items: {} }, result: { type: object, nullable: true } } }";

    private const string Schemas = "{ " + Common + ", " + ThingComponent + " }";

    [Test]
    public void LaterMemberNarrowsTheResult()
    {
        var result = ResultOf(Returning(
            "{ allOf: [ { $ref: '#/components/schemas/api-response-common' }, { properties: { result: " + ThingRef + " } } ] }",
            Schemas));

        Assert.That((result.Kind, result.Type), Is.EqualTo((ResultKind.Single, TypeRef.Object("Thing"))));
    }

    [Test]
    public void LaterMemberNarrowsTheResultToAList()
    {
        var result = ResultOf(Returning(
            "{ allOf: [ { $ref: '#/components/schemas/api-response-common' }, { properties: { result: { type: array, items: " + ThingRef + " } } } ] }",
            Schemas));

        Assert.That((result.Kind, result.Type), Is.EqualTo((ResultKind.List, TypeRef.Object("Thing"))));
    }

    /// <summary>The envelope's members may come from several allOf members: <c>success</c> from one, <c>result</c> from another.</summary>
    [Test]
    public void EnvelopeMembersSplitAcrossAllOfMembersStillMakeAnEnvelope()
    {
        var result = ResultOf(Returning(
            "{ allOf: [ { type: object, properties: { success: { type: boolean } } }, { type: object, properties: { result: " + ThingRef + " } } ] }",
            Thing));

        Assert.That((result.Kind, result.Type), Is.EqualTo((ResultKind.Single, TypeRef.Object("Thing"))));
    }
}

using NUnit.Framework;
using static SharesGen.Generator.Tests.ReaderFeatures.FeatureSpec;

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>
/// A success body whose schema states no <c>type</c> admits JSON <c>null</c> (<c>properties</c> and <c>required</c> apply
/// to objects only), and so does a nullable <c>result</c>: the reader says so (<c>MayBeNull</c>), and the call then
/// returns null instead of failing on a valid answer. Cloudflare writes its page-shield, SSL-verification and
/// revoke-token answers so (<c>allOf: [{ properties: { result: … } }]</c>), and Prism answers them <c>null</c>.
/// </summary>
public class NullBodyTests
{
    private const string Untyped = "{ allOf: [ { properties: { id: { type: string } } } ] }";

    [Test]
    public void A_bare_body_of_no_stated_type_may_be_null()
        => Assert.That(ResultOf(Returning(Untyped)).MayBeNull, Is.True);

    [TestCase("{ type: object, properties: { id: { type: string } } }")]
    [TestCase("{ allOf: [ { type: object, properties: { id: { type: string } } }, { properties: { name: { type: string } } } ] }")]
    [TestCase("{ allOf: [ { properties: { id: { type: string } } } ], type: object }")]
    public void A_body_any_part_of_which_says_object_may_not_be_null(string schema)
        => Assert.That(ResultOf(Returning(schema)).MayBeNull, Is.False);

    [Test]
    public void A_nullable_bare_body_may_be_null()
        => Assert.That(ResultOf(Returning("{ type: object, nullable: true, properties: { id: { type: string } } }")).MayBeNull, Is.True);

    /// <summary>Cloudflare's <c>schemas-empty_response</c>: an envelope of no stated type, its result nullable.</summary>
    [Test]
    public void An_envelope_of_no_stated_type_may_be_null()
    {
        var result = ResultOf(Returning("{ allOf: [ { properties: { result: { type: object, nullable: true, properties: { id: { type: string } } }, success: { type: boolean } } } ] }"));

        Assert.That((result.Kind, result.MayBeNull), Is.EqualTo((Model.ResultKind.Single, true)));
    }

    [Test]
    public void A_nullable_allOf_of_an_object_is_still_an_object()
        => Assert.That(ResultOf(Returning(Envelope("{ allOf: [ " + ThingRef + " ], nullable: true }"), Thing)).MayBeNull, Is.False, "allOf's thing is an object: the result is not null");

    [Test]
    public void An_envelope_with_a_nullable_result_may_have_a_null_result()
        => Assert.That(ResultOf(Returning(Envelope("{ type: object, nullable: true, properties: { id: { type: string } } }"))).MayBeNull, Is.True);

    [Test]
    public void An_envelope_of_type_object_with_an_object_result_may_not_be_null()
        => Assert.That(ResultOf(Returning(Envelope(ThingRef), Thing)).MayBeNull, Is.False);

    /// <summary>One branch of the envelope narrows <c>result</c> to an object: that word holds (Cloudflare's zone lockdown).</summary>
    [Test]
    public void A_result_one_branch_narrows_to_an_object_may_not_be_null()
        => Assert.That(ResultOf(Returning("{ allOf: [ " + Envelope("{ anyOf: [ { type: object }, { type: string } ], nullable: true }") + ", { properties: { result: " + ThingRef + " } } ] }", Thing)).MayBeNull, Is.False);
}

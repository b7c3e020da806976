using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Model;
using static SharesGen.Generator.Tests.ReaderFeatures.FeatureSpec;

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>
/// Cloudflare's envelope (<c>{ success, errors, messages, result }</c>) is recognised and its <c>result</c> is what a
/// call returns; a body without one is returned as it is.
/// </summary>
public class EnvelopeUnwrappingTests
{
    [Test]
    public void EnvelopeReturnsItsResult()
    {
        var result = ResultOf(Returning(Envelope(ThingRef), Thing));

        Assert.That(result, Is.EqualTo(new ResultModel(ResultKind.Single, TypeRef.Object("Thing"), 200, IsPaginated: false, Description: "Answer.")));
        Assert.That(result.IsEnveloped, Is.True);
    }

    /// <summary><c>result</c> with <c>errors</c> alone is still the envelope: some of Cloudflare's omit <c>success</c>.</summary>
    [Test]
    public void ResultWithErrorsAloneIsAnEnvelope()
    {
        var result = ResultOf(Returning("{ type: object, properties: { errors: { type: array, items: {} }, result: " + ThingRef + " } }", Thing));

        Assert.That((result.Kind, result.Type), Is.EqualTo((ResultKind.Single, TypeRef.Object("Thing"))));
    }

    [Test]
    public void ResultWithSuccessAloneIsAnEnvelope()
    {
        var result = ResultOf(Returning("{ type: object, properties: { success: { type: boolean }, result: " + ThingRef + " } }", Thing));

        Assert.That((result.Kind, result.Type), Is.EqualTo((ResultKind.Single, TypeRef.Object("Thing"))));
    }

    /// <summary>A member called <c>result</c> alone does not make an envelope: the whole body is the value.</summary>
    [Test]
    public void ResultWithoutSuccessOrErrorsIsTheBodyItself()
    {
        var result = ResultOf(Returning("{ $ref: '#/components/schemas/job' }", "{ job: { type: object, properties: { result: { type: string }, messages: { type: array, items: {} } } } }"));

        Assert.That((result.Kind, result.Type), Is.EqualTo((ResultKind.Bare, TypeRef.Object("Job"))));
        Assert.That(result.IsEnveloped, Is.False);
    }

    [Test]
    public void ArrayResultIsAList()
    {
        var result = ResultOf(Returning(Envelope("{ type: array, items: " + ThingRef + " }"), Thing));

        Assert.That((result.Kind, result.Type, result.IsEnveloped), Is.EqualTo((ResultKind.List, TypeRef.Object("Thing"), true)));
    }

    /// <summary>A <c>result</c> the reader cannot resolve is reported where it is, by its descriptor, and the rest reads.</summary>
    [Test]
    public void UnresolvedResultIsReported()
    {
        var read = Read(Returning(Envelope("{ $ref: '#/components/schemas/missing' }"), Thing));

        Assert.That(Reported(read).Has(DiagnosticDescriptors.UnresolvedReference), Is.True, Reported(read).ToString());
        Assert.That(Reported(read).Has(DiagnosticDescriptors.InternalError), Is.False);
    }
}

using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.Tests.Policies;

public class ErrorMappingPolicyTests
{
    private static async Task<ApiException> Fails(ScriptedEnd end, Envelope? envelope = null)
    {
        var message = PolicyHarness.Message();
        var exception = Assert.ThrowsAsync<ApiException>(async () => await PolicyHarness.RunAsync(ErrorMappingPolicy.Shared, message, new SetEnvelope(envelope), end));
        await Task.CompletedTask;
        return exception!;
    }

    [Test]
    public async Task An_error_status_throws_whatever_the_envelope_says()
    {
        var exception = await Fails(new ScriptedEnd().Respond(HttpStatusCode.Forbidden, "", r => r.Headers.Add("cf-ray", "r-1")), Envelope.Empty);

        Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(exception.RayId, Is.EqualTo("r-1"));
    }

    [Test]
    public async Task A_success_status_with_a_problem_from_the_reader_throws_with_the_reason()
    {
        var exception = await Fails(new ScriptedEnd().Respond(HttpStatusCode.OK, "{}"), Envelope.Failed("the response has no result"));
        Assert.That(exception.Message, Does.Contain("the response has no result"));
        Assert.That(exception.BodySnippet, Is.EqualTo("{}"));
    }

    [Test]
    public async Task Retry_After_goes_on_the_exception()
    {
        var exception = await Fails(new ScriptedEnd().Respond((HttpStatusCode)429, "", r => r.Headers.RetryAfter = new(TimeSpan.FromSeconds(7))), Envelope.Empty);
        Assert.That(exception.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public void Connection_failures_become_ApiConnectionException()
    {
        Assert.ThrowsAsync<ApiConnectionException>(async () => await PolicyHarness.RunAsync(ErrorMappingPolicy.Shared, PolicyHarness.Message(), new ScriptedEnd().Throw(new HttpRequestException("refused"))));
        Assert.ThrowsAsync<ApiConnectionException>(async () => await PolicyHarness.RunAsync(ErrorMappingPolicy.Shared, PolicyHarness.Message(), new ScriptedEnd().Throw(new IOException("reset"))));
    }

    [Test]
    public async Task A_success_without_a_problem_passes()
    {
        var message = PolicyHarness.Message();
        await PolicyHarness.RunAsync(ErrorMappingPolicy.Shared, message, new SetEnvelope(Envelope.Empty), new ScriptedEnd().Respond(HttpStatusCode.OK, "{}"));
        Assert.That(message.Response!.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>Plays the envelope policy's part: leaves a given envelope on the message.</summary>
    private sealed class SetEnvelope(Envelope? envelope) : SharesGen.Runtime.Pipeline.ApiPipelinePolicy
    {
        public override async ValueTask ProcessAsync(SharesGen.Runtime.Pipeline.ApiMessage message, ReadOnlyMemory<SharesGen.Runtime.Pipeline.ApiPipelinePolicy> next)
        {
            await ProcessNextAsync(message, next);
            message.Envelope = envelope;
        }
    }
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.Tests.Policies;

public class EnvelopePolicyTests
{
    [Test]
    public async Task A_success_body_is_read_into_the_shape_and_the_envelope()
    {
        var shape = new SingleResultShape<JsonElement>(JsonMetadataServices.JsonElementConverter);
        var message = PolicyHarness.Message(shape: shape);

        await PolicyHarness.RunAsync(EnvelopePolicy.Shared, message, new ScriptedEnd().Respond(HttpStatusCode.OK, Envelopes.Success));

        Assert.That(shape.Value.GetProperty("id").GetString(), Is.EqualTo("abc"));
        Assert.That(message.Envelope!.Success, Is.True);
        Assert.That(message.Envelope.Problem, Is.Null);
    }

    [Test]
    public async Task An_error_body_gives_its_errors_and_no_result()
    {
        var shape = new SingleResultShape<JsonElement>(JsonMetadataServices.JsonElementConverter);
        var message = PolicyHarness.Message(shape: shape);

        await PolicyHarness.RunAsync(EnvelopePolicy.Shared, message, new ScriptedEnd().Respond(HttpStatusCode.BadRequest, Envelopes.Failure));

        Assert.That(message.Envelope!.Errors, Has.Count.EqualTo(2));
        Assert.That(shape.HasValue, Is.False);
    }

    [TestCase("", "empty")]
    [TestCase("<html>", "not the expected JSON")]
    [TestCase("""{"success":false,"errors":[]}""", "success: false")]
    [TestCase("""{"success":true,"result":null}""", "no result")]
    public async Task A_success_status_whose_body_fails_gets_a_problem(string body, string problem)
    {
        var message = PolicyHarness.Message(shape: new SingleResultShape<JsonElement>(JsonMetadataServices.JsonElementConverter));

        await PolicyHarness.RunAsync(EnvelopePolicy.Shared, message, new ScriptedEnd().Respond(HttpStatusCode.OK, body));

        Assert.That(message.Envelope!.Problem, Does.Contain(problem));
    }

    [Test]
    public async Task A_bare_body_shape_reads_the_body_itself()
    {
        var shape = new BareBodyShape<JsonElement>(JsonMetadataServices.JsonElementConverter);
        var message = PolicyHarness.Message(shape: shape);

        await PolicyHarness.RunAsync(EnvelopePolicy.Shared, message, new ScriptedEnd().Respond(HttpStatusCode.OK, "[1,2]"));

        Assert.That(shape.Value.GetArrayLength(), Is.EqualTo(2));
    }
}

using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests;

/// <summary>One call, one shape: await it for the result, or ask it for the whole response.</summary>
public class ApiCallTests
{
    private const string Body = """{"success":true,"errors":[],"messages":[{"code":1,"message":"note"}],"result":{"id":"s1"}}""";

    private static (ApiPipeline Pipeline, StubHandler Stub) Create() => StubHandler.Pipeline(ApiCredentials.ApiToken("call-test-token"), o => o.Retry.MaxRetries = 0);

    private static ApiRequest Get() => new ApiRequest("GET", "share-get", ApiSecurity.BearerToken, "/accounts/{account_id}/shares/{share_id}").PathValue("a1").PathValue("s1");

    [Test]
    public async Task Awaiting_gives_the_result_and_WithResponseAsync_the_status_headers_envelope_and_raw_body_of_the_same_request()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.OK, Body, r => r.Headers.Add("cf-ray", "8f1e2d3c4b5a6978-LHR"));

        var call = pipeline.Send(Get(), JsonMetadataServices.JsonElementConverter, null, CancellationToken.None);
        var value = await call;
        var response = await call.WithResponseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(value.GetProperty("id").GetString(), Is.EqualTo("s1"));
            Assert.That(response.Value.GetProperty("id").GetString(), Is.EqualTo("s1"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.RayId, Is.EqualTo("8f1e2d3c4b5a6978-LHR"));
            Assert.That(response.Success, Is.True);
            Assert.That(response.Messages.Single().Message, Is.EqualTo("note"));
            Assert.That(Encoding.UTF8.GetString(response.Content.Span), Is.EqualTo(Body));
            Assert.That(response.RawResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stub.Requests, Has.Count.EqualTo(1), "awaiting twice sends once");
        });
    }

    [Test]
    public async Task A_call_with_no_result_is_awaited_for_its_completion_and_answers_its_response()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.NoContent, string.Empty);

        var call = pipeline.Send(Get(), null, CancellationToken.None);
        await call;

        Assert.That((await call.WithResponseAsync()).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public void Credentials_the_operation_does_not_accept_fail_when_the_method_is_called_with_nothing_sent()
    {
        var (pipeline, stub) = Create();
        var request = new ApiRequest("GET", "share-get", ApiSecurity.ApiKeyHeaders("X-Auth-Email", "X-Auth-Key"), "/accounts/a1");

        Assert.Throws<ApiCredentialsMismatchException>(() => pipeline.Send(request, JsonMetadataServices.JsonElementConverter, null, CancellationToken.None));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void An_error_status_surfaces_when_the_call_is_awaited()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.NotFound, """{"success":false,"errors":[{"code":1003,"message":"not found"}],"messages":[],"result":null}""");

        var call = pipeline.Send(Get(), JsonMetadataServices.JsonElementConverter, null, CancellationToken.None);

        Assert.That(async () => await call, Throws.InstanceOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(HttpStatusCode.NotFound));
        Assert.That(async () => await call.WithResponseAsync(), Throws.InstanceOf<ApiException>());
    }

    [Test]
    public async Task The_test_doubles_answer_as_a_real_call_does()
    {
        Assert.That(await ApiCall.FromResult(42), Is.EqualTo(42));
        Assert.That((await ApiCall.FromResult("s").WithResponseAsync()).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ApiCall.FromResponse(ApiResponse.FromValue("v", HttpStatusCode.Created)).AsTask(), Is.EqualTo("v"));
        await ApiCall.Completed;
        Assert.That((await ApiCall.FromResponse(ApiResponse.Create(HttpStatusCode.Accepted)).WithResponseAsync()).StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(async () => await ApiCall.FromException<int>(new InvalidOperationException("boom")), Throws.InvalidOperationException);
        Assert.That(async () => await ApiCall.FromException(new TimeoutException()), Throws.InstanceOf<TimeoutException>());
        Assert.That(() => ApiCall.FromException<int>(null!), Throws.ArgumentNullException);
    }
}

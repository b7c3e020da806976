using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests;

public class ApiPipelineTests
{
    private const string Token = "pipeline-test-token-secret";

    /// <summary>A pipeline over a stub whose retries wait a millisecond or so, then what <paramref name="configure"/> sets.</summary>
    private static (ApiPipeline Pipeline, StubHandler Stub) Create(Action<ApiClientOptions>? configure = null)
        => StubHandler.Pipeline(ApiCredentials.ApiToken(Token), options =>
        {
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(options);
        });

    private static ApiRequest Get() => Request("GET");

    private static ApiRequest Request(string method)
    {
        var request = new ApiRequest(method, "share-get", ApiSecurity.Undeclared, "/accounts/{account_id}").PathValue("a1");
        return request;
    }

    private static Task<ApiResponse<JsonElement>> SendForResult(ApiPipeline pipeline, ApiRequest request, CancellationToken cancellationToken = default)
        => pipeline.Send(request, JsonMetadataServices.JsonElementConverter, null, cancellationToken).WithResponseAsync();

    [Test]
    public async Task A_success_envelope_returns_the_result_with_status_headers_and_envelope()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.OK, """{"success":true,"errors":[],"messages":[{"code":1,"message":"note"}],"result":{"id":"abc"}}""", r => r.Headers.Add("cf-ray", "8f00-IAD"));

        var response = await SendForResult(pipeline, Get());

        Assert.That(response.Value.GetProperty("id").GetString(), Is.EqualTo("abc"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.RayId, Is.EqualTo("8f00-IAD"));
        Assert.That(response.Success, Is.True);
        Assert.That(response.Messages.Single().Message, Is.EqualTo("note"));
        var sent = stub.Requests.Single();
        Assert.That(sent.Uri.ToString(), Is.EqualTo("https://api.example.test/client/v4/accounts/a1"));
        Assert.That(sent.Headers, Does.Contain("Bearer " + Token));
    }

    [Test]
    public void An_error_status_becomes_ApiException_with_every_error_and_the_ray_id()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.BadRequest, Envelopes.Failure, r => r.Headers.Add("cf-ray", "7a1b-LHR"));

        var exception = Assert.ThrowsAsync<ApiException>(() => SendForResult(pipeline, Get()));

        Assert.That(exception!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(exception.RayId, Is.EqualTo("7a1b-LHR"));
        Assert.That(exception.OperationId, Is.EqualTo("share-get"));
        Assert.That(exception.Errors.Select(e => e.Code), Is.EqualTo(new[] { 7003, 1000 }));
        Assert.That(exception.Errors[0].DocumentationUrl, Is.EqualTo("https://developers.example/7003"));
        Assert.That(exception.Errors[0].SourcePointer, Is.EqualTo("/name"));
        Assert.That(exception.Message, Does.Contain("HTTP 400").And.Contain("[7003] No route for the URI").And.Contain("7a1b-LHR"));
        Assert.That(exception.ToString(), Does.Not.Contain(Token));
    }

    [Test]
    public void Success_false_in_a_200_is_an_error()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.OK, Envelopes.Failure);

        var exception = Assert.ThrowsAsync<ApiException>(() => SendForResult(pipeline, Get()));

        Assert.That(exception!.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(exception.Errors, Has.Count.EqualTo(2));
        Assert.That(exception.Message, Does.Contain("success: false"));
    }

    [Test]
    public void A_non_JSON_body_becomes_ApiException_with_a_bounded_snippet()
    {
        var (pipeline, stub) = Create(o => o.Retry.MaxRetries = 0);
        var html = "<html><body>502 Bad Gateway" + new string('x', 5000) + "</body></html>";
        stub.Respond(HttpStatusCode.BadGateway, html);

        var exception = Assert.ThrowsAsync<ApiException>(() => SendForResult(pipeline, Get()));

        Assert.That(exception!.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(exception.BodySnippet, Does.StartWith("<html><body>502 Bad Gateway"));
        Assert.That(exception.BodySnippet!.Length, Is.LessThanOrEqualTo(ApiException.MaxSnippetLength + 1));
    }

    [Test]
    public void Truncated_JSON_in_a_200_becomes_ApiException()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.OK, """{"success":true,"errors":[],"result":{"id":"ab""");

        var exception = Assert.ThrowsAsync<ApiException>(() => SendForResult(pipeline, Get()));
        Assert.That(exception!.Message, Does.Contain("not the expected JSON"));
    }

    [Test]
    public void An_empty_200_becomes_ApiException()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.OK, "");

        var exception = Assert.ThrowsAsync<ApiException>(() => SendForResult(pipeline, Get()));
        Assert.That(exception!.Message, Does.Contain("empty"));
    }

    [Test]
    public async Task A_503_on_a_GET_is_retried_until_success()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.ServiceUnavailable, Envelopes.Failure).Respond(HttpStatusCode.ServiceUnavailable, Envelopes.Failure).Respond(HttpStatusCode.OK, Envelopes.Success);

        var response = await SendForResult(pipeline, Get());

        Assert.That(response.Value.GetProperty("id").GetString(), Is.EqualTo("abc"));
        Assert.That(stub.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_503_on_a_POST_is_not_retried_because_the_server_may_have_acted()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.ServiceUnavailable, Envelopes.Failure).Respond(HttpStatusCode.OK, Envelopes.Success);

        Assert.ThrowsAsync<ApiException>(() => SendForResult(pipeline, Request("POST")));
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_429_is_retried_even_for_a_POST_and_Retry_After_is_honoured()
    {
        var (pipeline, stub) = Create(o => o.Retry.MaxDelay = TimeSpan.FromSeconds(5));
        stub.Respond((HttpStatusCode)429, Envelopes.Failure, r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1)))
            .Respond(HttpStatusCode.Created, Envelopes.Success);

        var started = DateTime.UtcNow;
        var response = await SendForResult(pipeline, Request("POST"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(DateTime.UtcNow - started, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)), "Retry-After: 1 was not honoured");
    }

    [Test]
    public void Retries_are_bounded()
    {
        var (pipeline, stub) = Create(o => o.Retry.MaxRetries = 2);
        for (var i = 0; i < 5; i++)
        {
            stub.Respond(HttpStatusCode.BadGateway, Envelopes.Failure);
        }

        Assert.ThrowsAsync<ApiException>(() => SendForResult(pipeline, Get()));
        Assert.That(stub.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_connection_failure_becomes_ApiConnectionException_after_retries()
    {
        var (pipeline, stub) = Create(o => o.Retry.MaxRetries = 1);
        stub.Throw(new HttpRequestException("boom")).Throw(new HttpRequestException("boom"));

        Assert.ThrowsAsync<ApiConnectionException>(() => SendForResult(pipeline, Get()));
        Assert.That(stub.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_call_that_outlives_the_timeout_becomes_ApiTimeoutException()
    {
        var (pipeline, stub) = Create(o => o.Timeout = TimeSpan.FromMilliseconds(200));
        stub.Hang();

        var exception = Assert.ThrowsAsync<ApiTimeoutException>(() => SendForResult(pipeline, Get()));
        Assert.That(exception!.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(200)));
    }

    [Test]
    public void The_callers_cancellation_is_an_OperationCanceledException_not_a_timeout()
    {
        var (pipeline, stub) = Create();
        stub.Hang();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await SendForResult(pipeline, Get(), cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void A_body_over_the_limit_fails_the_call()
    {
        var (pipeline, stub) = Create(o => o.MaxResponseBytes = 1024);
        stub.Respond(HttpStatusCode.OK, "{\"success\":true,\"errors\":[],\"result\":\"" + new string('x', 4096) + "\"}");

        var exception = Assert.ThrowsAsync<ApiException>(() => SendForResult(pipeline, Get()));
        Assert.That(exception!.Message, Does.Contain("larger than the 1024 bytes"));
    }

    [Test]
    public async Task A_204_reads_no_result()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.NoContent, "");

        var response = await pipeline.Send(Request("PUT"), null, CancellationToken.None).WithResponseAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(response.Success, Is.Null);
    }

    [Test]
    public async Task A_list_keeps_result_info()
    {
        var (pipeline, stub) = Create();
        stub.Respond(HttpStatusCode.OK, Envelopes.List(1, 3, "a", "b"));

        var response = await pipeline.SendForList(Get(), JsonMetadataServices.JsonElementConverter, null, CancellationToken.None).WithResponseAsync();

        Assert.That(response.Value.Select(e => e.GetProperty("id").GetString()), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(response.ResultInfo!.TotalPages, Is.EqualTo(3));
        Assert.That(response.ResultInfo.PerPage, Is.EqualTo(2));
    }

    [Test]
    public void Plain_HTTP_is_refused_for_a_remote_host_unless_allowed()
    {
        var options = new ApiClientOptions { BaseAddress = new Uri("http://api.example.test/") };
        Assert.That(() => new ApiPipeline(new HttpClient(), options, null), Throws.InvalidOperationException.With.Message.Contains("clear text"));

        options.AllowInsecureHttp = true;
        Assert.DoesNotThrow(() => new ApiPipeline(new HttpClient(), options, null));
        Assert.DoesNotThrow(() => new ApiPipeline(new HttpClient(), new ApiClientOptions { BaseAddress = new Uri("http://127.0.0.1:5000/") }, null));
    }

    [Test]
    public async Task The_spec_server_is_the_last_fallback_for_the_base_address()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, Envelopes.Success);
        var pipeline = new ApiPipeline(new HttpClient(stub), new ApiClientOptions { Credentials = ApiCredentials.ApiToken("t") }, "https://api.example.test/client/v4");

        await SendForResult(pipeline, Get());

        Assert.That(stub.Requests.Single().Uri.ToString(), Is.EqualTo("https://api.example.test/client/v4/accounts/a1"));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests.Faults;

/// <summary>
/// Issue 9 item 3: the status decides, never the body. Every error status, with an empty body announced by
/// <c>Content-Length: 0</c>, by a zero chunk, or by closing the connection, throws on every operation kind;
/// a 5xx is retried, then throws. A 204 or 304 is not read whatever its headers announce.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class ResponseBodyTests
{
    public enum OperationKind
    {
        NoResult,
        Result,
        List,
        BareBody,
    }

    public enum EmptyBody
    {
        ContentLengthZero,
        ZeroChunk,
        CloseWithoutLength,
    }

    private static readonly int[] ErrorStatuses = [400, 401, 403, 404, 409, 422, 500, 502, 503];

    public static IEnumerable<TestCaseData> ErrorsWithEmptyBodies()
        => from status in ErrorStatuses
           from kind in Enum.GetValues<OperationKind>()
           from body in Enum.GetValues<EmptyBody>()
           select new TestCaseData(status, kind, body).SetArgDisplayNames(status.ToString(), kind.ToString(), body.ToString());

    [TestCaseSource(nameof(ErrorsWithEmptyBodies))]
    public async Task An_error_status_with_an_empty_body_throws_on_every_operation_kind(int status, OperationKind kind, EmptyBody body)
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(async (stream, _, token) => await MisbehavingServer.WriteAsync(stream, Head(status, body), token));
        var pipeline = Pipeline(server, maxRetries: 2);

        var exception = Assert.ThrowsAsync<ApiException>(() => Send(pipeline, kind, "PUT"));

        Assert.That(exception!.StatusCode, Is.EqualTo((HttpStatusCode)status));
        Assert.That(exception, Is.Not.InstanceOf<ApiConnectionException>());
        Assert.That(server.Connections, Is.EqualTo(status >= 500 ? 3 : 1), status >= 500 ? "a 5xx is retried, then throws" : "a 4xx is not retried");
    }

    [TestCase(OperationKind.NoResult)]
    [TestCase(OperationKind.Result)]
    public async Task A_204_that_announces_a_body_is_not_read_and_not_retried(OperationKind kind)
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(async (stream, _, token) => await MisbehavingServer.WriteAsync(stream, "HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", token));
        var pipeline = Pipeline(server, maxRetries: 2);

        if (kind == OperationKind.NoResult)
        {
            var response = await Send(pipeline, kind, "PUT");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }
        else
        {
            var exception = Assert.ThrowsAsync<ApiException>(() => Send(pipeline, kind, "PUT"));
            Assert.That(exception, Is.Not.InstanceOf<ApiConnectionException>());
            Assert.That(exception!.Message, Does.Contain("empty"));
        }

        Assert.That(server.Connections, Is.EqualTo(1));
    }

    [Test]
    public async Task A_304_that_announces_a_body_is_not_read_and_is_an_error_status()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(async (stream, _, token) => await MisbehavingServer.WriteAsync(stream, "HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n", token));
        var pipeline = Pipeline(server, maxRetries: 2);

        var exception = Assert.ThrowsAsync<ApiException>(() => Send(pipeline, OperationKind.Result, "GET"));

        Assert.That(exception!.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(exception, Is.Not.InstanceOf<ApiConnectionException>());
        Assert.That(server.Connections, Is.EqualTo(1));
    }

    [Test]
    public async Task A_body_that_ends_before_its_Content_Length_is_a_connection_failure()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(async (stream, _, token) => await MisbehavingServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{\"success\":true", token));
        var pipeline = Pipeline(server, maxRetries: 1);

        Assert.ThrowsAsync<ApiConnectionException>(() => Send(pipeline, OperationKind.Result, "GET"));
        Assert.That(server.Connections, Is.EqualTo(2), "a GET that lost its body is retried");
    }

    [TestCase(1024, 1024, true)]
    [TestCase(1024, 1025, false)]
    public async Task MaxResponseBytes_is_enforced_with_and_without_Content_Length(int limit, int size, bool fits)
    {
        var body = "{\"success\":true,\"result\":\"" + new string('x', size - 28) + "\"}";
        Assert.That(Encoding.UTF8.GetByteCount(body), Is.EqualTo(size));
        foreach (var chunked in new[] { false, true })
        {
            await using var server = new MisbehavingServer();
            server.Then(async (stream, _, token) =>
            {
                var head = chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {size}\r\n";
                await MisbehavingServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n" + head + "\r\n", token);
                await MisbehavingServer.WriteAsync(stream, chunked ? $"{size:x}\r\n{body}\r\n0\r\n\r\n" : body, token);
            });
            var pipeline = Pipeline(server, maxRetries: 0, o => o.MaxResponseBytes = limit);

            if (fits)
            {
                var response = await pipeline.Send(Request("GET"), JsonMetadataServices.StringConverter, null, CancellationToken.None).WithResponseAsync();
                Assert.That(response.Value, Has.Length.EqualTo(size - 28));
            }
            else
            {
                var exception = Assert.ThrowsAsync<ApiException>(() => pipeline.Send(Request("GET"), JsonMetadataServices.StringConverter, null, CancellationToken.None).WithResponseAsync());
                Assert.That(exception!.Message, Does.Contain($"larger than the {limit} bytes"), chunked ? "chunked" : "with Content-Length");
            }
        }
    }

    private static string Head(int status, EmptyBody body) => body switch
    {
        EmptyBody.ContentLengthZero => $"HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        EmptyBody.ZeroChunk => $"HTTP/1.1 {status} X\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n",
        _ => $"HTTP/1.1 {status} X\r\nConnection: close\r\n\r\n",
    };

    private static ApiPipeline Pipeline(MisbehavingServer server, int maxRetries, Action<ApiClientOptions>? configure = null)
    {
        var options = new ApiClientOptions
        {
            BaseAddress = server.BaseAddress,
            Credentials = ApiCredentials.ApiToken("body-token"),
            Timeout = TimeSpan.FromSeconds(10),
            Retry = { MaxRetries = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(10) },
        };
        configure?.Invoke(options);
        return new ApiPipeline(options, null);
    }

    private static ApiRequest Request(string method)
    {
        var request = new ApiRequest(method, "share-recipients-update", ApiSecurity.Undeclared, "/accounts/a1/shares/s1/recipients");
        return request;
    }

    private static async Task<ApiResponse> Send(ApiPipeline pipeline, OperationKind kind, string method) => kind switch
    {
        OperationKind.NoResult => await pipeline.Send(Request(method), null, CancellationToken.None).WithResponseAsync(),
        OperationKind.Result => await pipeline.Send(Request(method), JsonMetadataServices.JsonElementConverter, null, CancellationToken.None).WithResponseAsync(),
        OperationKind.List => await pipeline.SendForList(Request(method), JsonMetadataServices.JsonElementConverter, null, CancellationToken.None).WithResponseAsync(),
        _ => await pipeline.SendForBody(Request(method), JsonMetadataServices.JsonElementConverter, null, CancellationToken.None).WithResponseAsync(),
    };
}

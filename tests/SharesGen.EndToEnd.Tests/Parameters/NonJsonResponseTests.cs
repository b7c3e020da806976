using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Parameters;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;

namespace SharesGen.EndToEnd.Tests.Parameters;

/// <summary>
/// Success bodies that are not JSON (Parameters/parameters.yaml): bytes as received, text as UTF-8, and an
/// <c>Accept</c> that asks for what the operation answers with, over a raw socket on 127.0.0.1.
/// </summary>
public sealed class NonJsonResponseTests
{
    private static readonly byte[] Capture = [0xD4, 0xC3, 0xB2, 0xA1, 0x00, 0x0D, 0x0A, 0xFF];

    [Test]
    public async Task A_binary_body_is_returned_byte_for_byte_and_accept_asks_for_its_media_type()
    {
        await using var server = new RawCaptureServer(Response("application/vnd.tcpdump.pcap", Capture));
        using var http = new HttpClient();

        var bytes = await Client(server, http).Captures.GetAsync("c1");

        Assert.Multiple(() =>
        {
            Assert.That(bytes, Is.EqualTo(Capture));
            Assert.That(server.SingleRequest(), Does.Contain("\r\nAccept: application/vnd.tcpdump.pcap\r\n"));
            Assert.That(server.SingleRequest(), Does.Not.Contain("application/json"));
        });
    }

    [Test]
    public async Task A_text_body_is_decoded_as_utf8()
    {
        await using var server = new RawCaptureServer(Response("text/plain; charset=utf-8", Encoding.UTF8.GetBytes("www.example.com. 300 IN A 127.0.0.1 ; é\n")));
        using var http = new HttpClient();

        var text = await Client(server, http).Exports.ListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo("www.example.com. 300 IN A 127.0.0.1 ; é\n"));
            Assert.That(server.SingleRequest(), Does.Contain("\r\nAccept: text/plain\r\n"));
        });
    }

    [Test]
    public async Task An_empty_body_is_an_empty_result_and_a_media_type_that_is_not_one_accepts_anything()
    {
        await using var server = new RawCaptureServer(Response("application/octet-stream", []));
        using var http = new HttpClient();

        var bytes = await Client(server, http).Legacy.ListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(bytes, Is.Empty);
            Assert.That(server.SingleRequest(), Does.Contain("\r\nAccept: */*\r\n"));
        });
    }

    [Test]
    public async Task An_error_status_still_throws_with_the_envelope_read()
    {
        var envelope = Encoding.UTF8.GetBytes("""{"success":false,"errors":[{"code":1003,"message":"Not found"}],"messages":[],"result":null}""");
        var response = Encoding.ASCII.GetBytes($"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: {envelope.Length}\r\nConnection: close\r\n\r\n").Concat(envelope).ToArray();
        await using var server = new RawCaptureServer(response);
        using var http = new HttpClient();

        var exception = Assert.ThrowsAsync<ApiException>(async () => await Client(server, http).Captures.GetAsync("missing"));

        Assert.That(exception!.Errors.Select(e => e.Code), Is.EqualTo(new[] { 1003 }));
    }

    /// <summary>An error is an error whatever the operation answers on success: no status becomes empty bytes or empty text.</summary>
    [TestCase(400)]
    [TestCase(401)]
    [TestCase(403)]
    [TestCase(404)]
    [TestCase(409)]
    [TestCase(429)]
    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    public async Task An_error_status_with_an_empty_body_throws_for_bytes_and_for_text(int status)
    {
        var response = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} Whatever\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        await using var server = new RawCaptureServer(response);
        using var http = new HttpClient();
        var client = Client(server, http);

        var bytes = Assert.ThrowsAsync<ApiException>(async () => await client.Captures.GetAsync("c1"));
        var text = Assert.ThrowsAsync<ApiException>(async () => await client.Exports.ListAsync());

        Assert.That(((int?)bytes!.StatusCode, (int?)text!.StatusCode), Is.EqualTo(((int?)status, (int?)status)));
    }

    [Test]
    public async Task An_html_error_page_is_an_error_not_text()
    {
        var page = Encoding.UTF8.GetBytes("<html><body>502 Bad Gateway</body></html>");
        var response = Encoding.ASCII.GetBytes($"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: {page.Length}\r\nConnection: close\r\n\r\n").Concat(page).ToArray();
        await using var server = new RawCaptureServer(response);
        using var http = new HttpClient();

        var exception = Assert.ThrowsAsync<ApiException>(async () => await Client(server, http).Exports.ListAsync());

        Assert.That((int?)exception!.StatusCode, Is.EqualTo(502));
    }

    [Test]
    public async Task A_body_past_MaxResponseBytes_is_refused_for_bytes_as_for_JSON()
    {
        await using var server = new RawCaptureServer(Response("application/vnd.tcpdump.pcap", new byte[64 * 1024]));
        using var http = new HttpClient();
        var client = Client(server, http, options => options.MaxResponseBytes = 16 * 1024);

        var exception = Assert.ThrowsAsync<ApiException>(async () => await client.Captures.GetAsync("c1"));

        Assert.That(exception!.Message, Does.Contain("MaxResponseBytes"));
    }

    private static ParametersClient Client(RawCaptureServer server, HttpClient http, Action<ApiClientOptions>? configure = null)
    {
        var options = new ApiClientOptions { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.ApiToken("raw-capture-token"), Retry = new ApiRetryOptions { MaxRetries = 0 } };
        configure?.Invoke(options);
        return new(http, options);
    }

    private static byte[] Response(string contentType, byte[] body)
        => Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n").Concat(body).ToArray();
}

using System;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Parameters;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;
using SharesGen.Runtime.Serialization;

namespace SharesGen.EndToEnd.Tests.Parameters;

/// <summary>
/// The bodies that are not JSON (Parameters/parameters.yaml): a form, a script, bytes, on the wire, as a raw socket on
/// 127.0.0.1 received them: content type, boundary and every byte of every part.
/// </summary>
public sealed partial class BodyEncodingTests : CapturedRequestTest
{
    [Test]
    public async Task A_form_is_sent_part_by_part_with_its_boundary_in_the_content_type()
    {
        var file = new byte[] { 0x00, 0xFF, 0x0D, 0x0A, 0x2D, 0x2D };
        await Client.RawForms.CreateAsync(new MultipartFormBody()
            .AddFile("file", file, "zone.bin", "application/octet-stream")
            .AddJson("metadata", 42L, new Int64Converter())
            .Add("note", "ünïcode\r\nline two"));

        var (headers, body) = Split(Server.SingleRequest());
        var boundary = Boundary().Match(headers).Groups[1].Value;
        Assert.Multiple(() =>
        {
            Assert.That(boundary, Does.Match("^sharesgen-[0-9a-f]{32}$"));
            Assert.That(headers, Does.Contain("Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"));
            Assert.That(body, Is.EqualTo(
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"zone.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                + Encoding.Latin1.GetString(file) + "\r\n"
                + $"--{boundary}\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n42\r\n"
                + $"--{boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("ünïcode\r\nline two")) + "\r\n"
                + $"--{boundary}--\r\n"));
        });
    }

    [Test]
    public async Task A_part_name_or_file_name_cannot_end_its_header_or_add_one()
    {
        await Client.RawForms.CreateAsync(new MultipartFormBody().AddFile("file\"; name=\"x", new byte[] { 1 }, "a\".txt\r\nContent-Type: text/html", "text/plain"));

        var (_, body) = Split(Server.SingleRequest());
        Assert.That(body, Does.Contain("Content-Disposition: form-data; name=\"file%22; name=%22x\"; filename=\"a%22.txt%0D%0AContent-Type: text/html\"\r\nContent-Type: text/plain\r\n\r\n"));
    }

    [TestCase("text/plain\r\nX-Injected: 1")]
    [TestCase("text/plain\n")]
    [TestCase("täxt/plain")]
    public void A_part_content_type_a_header_cannot_carry_is_refused(string contentType)
        => Assert.That(() => new MultipartFormBody().AddFile("file", new byte[] { 1 }, "a.txt", contentType), Throws.ArgumentException);

    [Test]
    public async Task A_part_that_contains_a_boundary_like_line_does_not_end_the_body()
    {
        var trap = Encoding.ASCII.GetBytes("\r\n--sharesgen-00000000000000000000000000000000--\r\n");
        await Client.RawForms.CreateAsync(new MultipartFormBody().AddFile("file", trap, "trap.txt"));

        var (headers, body) = Split(Server.SingleRequest());
        var boundary = Boundary().Match(headers).Groups[1].Value;
        Assert.That(body.Split("--" + boundary), Has.Length.EqualTo(3), "one part between the opening and the closing boundary");
    }

    [Test]
    public async Task A_script_is_sent_as_utf8_text_of_its_media_type()
    {
        await Client.Scripts.UpdateAsync("worker", "addEventListener('fetch', e => e.respondWith(new Response('héllo')))");

        var (headers, body) = Split(Server.SingleRequest());
        Assert.Multiple(() =>
        {
            Assert.That(headers, Does.StartWith("PUT /scripts/worker HTTP/1.1\r\n"));
            Assert.That(headers, Does.Contain("Content-Type: application/javascript; charset=utf-8\r\n"));
            Assert.That(body, Is.EqualTo(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("addEventListener('fetch', e => e.respondWith(new Response('héllo')))"))));
        });
    }

    [Test]
    public async Task Bytes_are_sent_as_given_and_an_optional_body_left_unset_is_not_sent()
    {
        var bytes = new byte[] { 0, 1, 2, 0xFE, 0xFF };
        await Client.Blobs.UpdateAsync(bytes);
        bytes[0] = 9; // the request copied them
        await Client.Blobs.UpdateAsync();

        var requests = Array.ConvertAll(Server.Requests, r => Split(Encoding.Latin1.GetString(r)));
        Assert.Multiple(() =>
        {
            Assert.That(requests[0].Headers, Does.Contain("Content-Type: application/octet-stream\r\n"));
            Assert.That(requests[0].Body, Is.EqualTo(Encoding.Latin1.GetString(new byte[] { 0, 1, 2, 0xFE, 0xFF })));
            Assert.That(requests[1].Headers, Does.Not.Contain("Content-Type"));
            Assert.That(requests[1].Body, Is.Empty);
        });
    }

    private static (string Headers, string Body) Split(string request)
    {
        var end = request.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (request[..(end + 2)], request[(end + 4)..]);
    }

    [GeneratedRegex("Content-Type: multipart/form-data; boundary=([^\r\n]+)\r\n")]
    private static partial Regex Boundary();
}

using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Parameters;
using SharesGen.Runtime;

namespace SharesGen.EndToEnd.Tests.Parameters;

/// <summary>
/// Generated forms (Parameters/parameters.yaml's <c>/forms</c> and <c>/uploads</c>) on the wire, as a raw socket on
/// 127.0.0.1 received them: every part's headers and bytes, in the spec's order, and what a form refuses to send.
/// </summary>
public sealed partial class FormBodyTests : CapturedRequestTest
{
    [Test]
    public async Task Every_kind_of_part_is_written_as_the_spec_types_it_in_the_spec_order()
    {
        var file = new byte[] { 0x00, 0xFF, 0x0D, 0x0A };
        await Client.Forms.CreateAsync(new CreateForm
        {
            File = new FormFile(file, "zone.bin"),
            Title = "ünïcode",
            Count = 5000000000,
            Ratio = 0.5,
            Enabled = false,
            Since = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Color = Color.DarkBlue,
            Attachments = [new FormFile("a"u8.ToArray(), "a.txt", "text/plain"), new FormFile("b"u8.ToArray(), "b.png", "image/png")],
            Metadata = new CreateFormMetadata { Tier = 1 },
            Tags = ["x", "y\"z"],
            Patch = new CreateFormPatch { Op = "add" },
            Csv = "a,b",
            WorkerJs = "export default {}",
            Loose = "anything",
        });

        var (boundary, body) = Body(Server.SingleRequest());
        Assert.That(body, Is.EqualTo(
            Part(boundary, "file", "zone.bin", "application/octet-stream", Encoding.Latin1.GetString(file))
            + Part(boundary, "title", null, null, Utf8("ünïcode"))
            + Part(boundary, "count", null, null, "5000000000")
            + Part(boundary, "ratio", null, null, "0.5")
            + Part(boundary, "enabled", null, null, "false")
            + Part(boundary, "since", null, null, "2024-01-02T03:04:05.0000000+00:00")
            + Part(boundary, "color", null, null, "dark-blue")
            + Part(boundary, "attachments", "a.txt", "text/plain", "a")
            + Part(boundary, "attachments", "b.png", "image/png", "b")
            + Part(boundary, "metadata", null, "application/json", "{\"tier\":1}")
            + Part(boundary, "tags", null, "application/json", "[\"x\",\"y\\u0022z\"]")
            + Part(boundary, "patch", null, "application/merge-patch+json", "{\"op\":\"add\"}")
            + Part(boundary, "csv", null, "text/csv", "a,b")
            + Part(boundary, "%22worker.js%22", null, null, "export default {}")
            + Part(boundary, "loose", null, null, "anything")
            + $"--{boundary}--\r\n"));
    }

    [Test]
    public async Task Optional_parts_left_null_are_not_sent_and_extra_parts_follow_the_typed_ones()
    {
        await Client.Forms.CreateAsync(new CreateForm
        {
            File = new FormFile("x"u8.ToArray(), "x.txt", "text/plain"),
            Title = "t",
            AdditionalParts = new MultipartFormBody().Add("undocumented", "1").AddFile("title", "again"u8.ToArray(), "dup.txt"),
        });

        var (boundary, body) = Body(Server.SingleRequest());
        Assert.That(body, Is.EqualTo(
            Part(boundary, "file", "x.txt", "text/plain", "x")
            + Part(boundary, "title", null, null, "t")
            + Part(boundary, "undocumented", null, null, "1")
            + Part(boundary, "title", "dup.txt", "application/octet-stream", "again")
            + $"--{boundary}--\r\n"));
    }

    [Test]
    public async Task Hostile_file_names_and_text_stay_inside_their_part()
    {
        await Client.Forms.CreateAsync(new CreateForm
        {
            File = new FormFile("x"u8.ToArray(), "a\".txt\r\nContent-Type: text/html\r\n\r\n<script>", "text/plain"),
            Title = "line one\r\n--not-a-boundary\r\nContent-Disposition: form-data; name=\"evil\"",
            Csv = "日本語,😀",
        });

        var (boundary, body) = Body(Server.SingleRequest());
        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Contain("Content-Disposition: form-data; name=\"file\"; filename=\"a%22.txt%0D%0AContent-Type: text/html%0D%0A%0D%0A<script>\"\r\nContent-Type: text/plain\r\n\r\nx\r\n"));
            Assert.That(body, Does.Contain(Part(boundary, "title", null, null, "line one\r\n--not-a-boundary\r\nContent-Disposition: form-data; name=\"evil\"")));
            Assert.That(body, Does.Contain(Part(boundary, "csv", null, "text/csv", Utf8("日本語,😀"))));
            Assert.That(Regex.Matches(body, "^--" + boundary, RegexOptions.Multiline), Has.Count.EqualTo(4), "three parts and the closing boundary");
        });
    }

    [Test]
    public void A_required_part_left_null_is_refused_before_anything_is_sent()
    {
        var form = new CreateForm { File = null!, Title = "t" };

        var thrown = Assert.ThrowsAsync<ArgumentException>(async () => await Client.Forms.CreateAsync(form));
        Assert.Multiple(() =>
        {
            Assert.That(thrown!.ParamName, Is.EqualTo("File"));
            Assert.That(thrown.Message, Does.Contain("'file' is required"));
            Assert.That(Server.Requests, Is.Empty);
        });
    }

    [Test]
    public void A_required_text_part_left_null_is_refused_and_a_null_form_is_refused_by_name()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                async () => await Client.Forms.CreateAsync(new CreateForm { File = new FormFile("x"u8.ToArray(), "x"), Title = null! }),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("Title"));
            Assert.That(async () => await Client.Forms.CreateAsync(null!), Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("body"));
            Assert.That(Server.Requests, Is.Empty);
        });
    }

    [TestCase("text/plain\r\nX-Injected: 1")]
    [TestCase("täxt/plain")]
    public void A_file_content_type_a_header_cannot_carry_is_refused(string contentType)
        => Assert.That(() => new FormFile(new byte[] { 1 }, "a.txt", contentType), Throws.ArgumentException);

    [Test]
    public async Task An_optional_form_of_a_component_schema_is_sent_when_given_and_left_out_when_not()
    {
        await Client.Uploads.CreateAsync(new CaptionUploadForm { Label = "en", File = new FormFile("WEBVTT"u8.ToArray(), "en.vtt", "text/vtt") });
        await Client.Uploads.CreateAsync();

        var requests = Array.ConvertAll(Server.Requests, r => Encoding.Latin1.GetString(r));
        var (boundary, body) = Body(requests[0]);
        Assert.Multiple(() =>
        {
            Assert.That(body, Is.EqualTo(Part(boundary, "label", null, null, "en") + Part(boundary, "file", "en.vtt", "text/vtt", "WEBVTT") + $"--{boundary}--\r\n"));
            Assert.That(requests[1], Does.Not.Contain("Content-Type"));
        });
    }

    private static string Part(string boundary, string name, string? fileName, string? contentType, string content)
        => $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"" + (fileName is null ? string.Empty : $"; filename=\"{fileName}\"") + "\r\n"
           + (contentType is null ? string.Empty : $"Content-Type: {contentType}\r\n") + "\r\n" + content + "\r\n";

    /// <summary>UTF-8 bytes as the captured request, read as Latin-1, holds them.</summary>
    private static string Utf8(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    private static (string Boundary, string Body) Body(string request)
    {
        var end = request.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var boundary = Boundary().Match(request[..(end + 2)]);
        Assert.That(boundary.Success, Is.True, "a multipart/form-data Content-Type with its boundary");
        return (boundary.Groups[1].Value, request[(end + 4)..]);
    }

    [GeneratedRegex("Content-Type: multipart/form-data; boundary=([^\r\n]+)\r\n")]
    private static partial Regex Boundary();
}

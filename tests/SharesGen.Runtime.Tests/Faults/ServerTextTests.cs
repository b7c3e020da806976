using System;
using System.Linq;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests.Faults;

/// <summary>
/// Issue 9 item 8: what a server writes never reaches <see cref="Exception.Message"/> unbounded or
/// unprintable. CR/LF (forged log lines), ESC (terminal escapes), NUL, bidi controls and line separators are
/// escaped; a 20 MB message or 100,000 errors give a short message; <see cref="ApiException.Errors"/> keeps
/// everything as sent.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class ServerTextTests
{
    [TestCase("line one\r\nFAKE LOG LINE: admin logged in")]
    [TestCase("bell\u0007 esc\u001b[2J\u001b]0;title\u0007 nul\0 del\u007f c1\u0085")]
    [TestCase("bidi \u202Egnp.exe\u202C isolate \u2066x\u2069 mark \u200F zero-width \u200B bom \uFEFF")]
    [TestCase("separators \u2028 and \u2029")]
    public async Task Control_and_bidi_characters_in_errors_are_escaped_in_the_message_and_kept_in_Errors(string text)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(text);
        var exception = await FailWith(400, "{\"success\":false,\"errors\":[{\"code\":1000,\"message\":" + json + "}],\"result\":null}");

        Assert.That(exception.Message.Where(c => char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator), Is.Empty, exception.Message);
        Assert.That(exception.Message, Does.Contain("[1000] "));
        Assert.That(exception.Errors.Single().Message, Is.EqualTo(text), "the data keeps what was sent");
    }

    [Test]
    public async Task A_20_MB_error_message_gives_a_bounded_message_and_the_whole_text_in_Errors()
    {
        var huge = new string('A', 20 * 1024 * 1024);
        var exception = await FailWith(400, "{\"success\":false,\"errors\":[{\"code\":1000,\"message\":\"" + huge + "\"}],\"result\":null}");

        Assert.That(exception.Message.Length, Is.LessThanOrEqualTo(ApiException.MaxMessageLength));
        Assert.That(exception.ToString().Length, Is.LessThan(ApiException.MaxMessageLength + 4096));
        Assert.That(exception.Errors.Single().Message, Has.Length.EqualTo(huge.Length));
    }

    [Test]
    public async Task A_hundred_thousand_errors_give_a_bounded_message_and_every_error_in_Errors()
    {
        var body = new StringBuilder("{\"success\":false,\"errors\":[");
        for (var i = 0; i < 100_000; i++)
        {
            body.Append(i == 0 ? "" : ",").Append("{\"code\":").Append(1000 + (i % 10)).Append(",\"message\":\"error number ").Append(i).Append("\"}");
        }

        var exception = await FailWith(400, body.Append("],\"result\":null}").ToString());

        Assert.That(exception.Message.Length, Is.LessThanOrEqualTo(ApiException.MaxMessageLength));
        Assert.That(exception.Message, Does.Contain("and 99995 more (see Errors)"));
        Assert.That(exception.Errors, Has.Count.EqualTo(100_000));
    }

    [Test]
    public async Task A_body_that_is_not_JSON_and_full_of_control_characters_gives_a_printable_message()
    {
        var exception = await FailWith(200, "\u001b[31m\r\n\0not json");

        Assert.That(exception.Message.Where(char.IsControl), Is.Empty, exception.Message);
        Assert.That(exception.BodySnippet, Does.Contain("not json"));
    }

    [Test]
    public void An_operation_id_or_reason_with_control_characters_is_escaped_too()
    {
        var exception = new ApiException("op\r\nforged", null, Array.Empty<ResponseInfo>(), "ray\u001b", null, "reason\u202E");
        Assert.That(exception.Message.Where(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format), Is.Empty);
        Assert.That(exception.Message, Does.Contain("op\\u000D\\u000Aforged"));
    }

    private static async Task<ApiException> FailWith(int status, string body)
    {
        await using var server = new MisbehavingServer();
        server.Respond(status, body);
        var pipeline = new ApiPipeline(new ApiClientOptions { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.None, Retry = { MaxRetries = 0 } }, null);
        var request = new ApiRequest("GET", "share-get", ApiSecurity.Undeclared, "/accounts/a1/shares/s1");
        try
        {
            await pipeline.Send(request, JsonMetadataServices.JsonElementConverter, null, CancellationToken.None).WithResponseAsync();
        }
        catch (ApiException exception)
        {
            return exception;
        }

        Assert.Fail("Expected ApiException.");
        return null!;
    }
}

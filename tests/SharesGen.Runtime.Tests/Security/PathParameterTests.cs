using System;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Tests.Faults;

namespace SharesGen.Runtime.Tests.Security;

/// <summary>
/// Issue 9 item 2: every path parameter value addresses exactly its own template segment, or nothing is sent.
/// What the raw-socket server receives is split on '/' and percent-decoded, as a server would: the segment
/// count must be the template's and the parameter's segment must decode to the value as given.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class PathParameterTests
{
    private static readonly object[] Sendable =
    [
        "%2e", ".%2E", "%2E%2E", "...", "..a", "a..", "a/../b", "../admin", "..%2F", "\\", "..\\", "/", "//", "?", "?x=1", "#", "#frag", "%", "%zz",
        " ", "a b", " . ", "é", "日本", "\U0001F600", "\u202E", "\u200B..", "\0", "\r\n", "\t", "\u007F", ";", "@", ":", "+", "&", "=", "~", "*",
    ];

    private static readonly object[] Refused = ["", ".", ".."];

    [TestCaseSource(nameof(Sendable))]
    public async Task A_value_reaches_the_server_as_exactly_its_own_segment_in_the_last_position(string value)
        => await AssertAddressesItsSegment(value, last: true);

    [TestCaseSource(nameof(Sendable))]
    public async Task A_value_reaches_the_server_as_exactly_its_own_segment_in_a_middle_position(string value)
        => await AssertAddressesItsSegment(value, last: false);

    [TestCaseSource(nameof(Refused))]
    public async Task A_value_no_escaping_keeps_in_its_segment_is_refused_before_anything_is_sent(string value)
    {
        await using var server = new MisbehavingServer();
        var pipeline = new ApiPipeline(new ApiClientOptions { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.None, Retry = { MaxRetries = 0 } }, null);

        Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            var request = Template(value, last: true);
            await pipeline.Send(request, null, CancellationToken.None).WithResponseAsync();
        });
        Assert.That(server.Connections, Is.Zero);
    }

    [Test]
    public void An_unpaired_surrogate_is_refused_before_anything_is_sent()
    {
        var request = new ApiRequest("DELETE", "op", ApiSecurity.Undeclared, "/recipients/{recipient_id}");
        Assert.That(() => request.PathValue("a\uD800b"), Throws.ArgumentException.With.Message.Contains("unpaired surrogate"));
    }

    private static async Task AssertAddressesItsSegment(string value, bool last)
    {
        await using var server = new MisbehavingServer();
        server.Respond(204, "");
        var pipeline = new ApiPipeline(new ApiClientOptions { BaseAddress = server.BaseAddress, Credentials = ApiCredentials.None, Retry = { MaxRetries = 0 } }, null);

        await pipeline.Send(Template(value, last), null, CancellationToken.None).WithResponseAsync();

        var target = server.Received.Single().Target;
        var segments = target.Split('?')[0].Split('/');
        var expected = last
            ? new[] { "", "client", "v4", "accounts", "a1", "shares", "s1", "recipients", "{value}" }
            : new[] { "", "client", "v4", "accounts", "a1", "shares", "{value}", "recipients" };
        Assert.That(segments, Has.Length.EqualTo(expected.Length), target);
        Assert.That(target, Does.Not.Contain("?").And.Not.Contain("#"), "nothing may start a query or a fragment");
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.That(expected[i] == "{value}" ? Uri.UnescapeDataString(segments[i]) : segments[i], Is.EqualTo(expected[i] == "{value}" ? value : expected[i]), target);
        }
    }

    private static ApiRequest Template(string value, bool last)
    {
        return last
            ? new ApiRequest("DELETE", "share-recipient-delete", ApiSecurity.Undeclared, "/accounts/{account_id}/shares/{share_id}/recipients/{recipient_id}").PathValue("a1").PathValue("s1").PathValue(value)
            : new ApiRequest("DELETE", "share-recipient-delete", ApiSecurity.Undeclared, "/accounts/{account_id}/shares/{share_id}/recipients").PathValue("a1").PathValue(value);
    }
}

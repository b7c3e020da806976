using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Pipeline.Policies;

namespace SharesGen.Runtime.Tests.Policies;

public class ResponseBodyPolicyTests
{
    private static ScriptedEnd Unread(HttpStatusCode status, HttpContent content)
        => new ScriptedEnd().Then(_ => new SharesGen.Runtime.Pipeline.ApiRawResponse(new HttpResponseMessage(status) { Content = content }));

    [Test]
    public async Task The_body_is_read_whole()
    {
        var message = PolicyHarness.Message();
        await PolicyHarness.RunAsync(new ResponseBodyPolicy(1024), message, Unread(HttpStatusCode.OK, new StringContent("{\"a\":1}")));
        Assert.That(message.Response!.Body.Length, Is.EqualTo(7));
    }

    [TestCase(HttpStatusCode.NoContent, "GET")]
    [TestCase(HttpStatusCode.NotModified, "GET")]
    [TestCase(HttpStatusCode.OK, "HEAD")]
    public async Task A_response_without_a_body_by_definition_is_never_read(HttpStatusCode status, string method)
    {
        var message = PolicyHarness.Message(method);
        await PolicyHarness.RunAsync(new ResponseBodyPolicy(1024), message, Unread(status, new StreamContent(new ThrowingStream())));
        Assert.That(message.Response!.Body.IsEmpty, Is.True);
    }

    [Test]
    public void An_announced_length_over_the_limit_fails_before_reading()
    {
        var content = new StreamContent(new ThrowingStream());
        content.Headers.ContentLength = 2048;
        var exception = Assert.ThrowsAsync<ApiException>(async () => await PolicyHarness.RunAsync(new ResponseBodyPolicy(1024), PolicyHarness.Message(), Unread(HttpStatusCode.OK, content)));
        Assert.That(exception!.Message, Does.Contain("MaxResponseBytes"));
    }

    [Test]
    public async Task A_large_body_without_a_length_grows_the_buffer_as_it_arrives()
    {
        var bytes = new byte[300_000];
        var message = PolicyHarness.Message();
        await PolicyHarness.RunAsync(new ResponseBodyPolicy(1_000_000), message, Unread(HttpStatusCode.OK, new StreamContent(new MemoryStream(bytes))));
        Assert.That(message.Response!.Body.Length, Is.EqualTo(300_000));
    }

    /// <summary>A body that must not be touched.</summary>
    private sealed class ThrowingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new AssertionException("The body was read.");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

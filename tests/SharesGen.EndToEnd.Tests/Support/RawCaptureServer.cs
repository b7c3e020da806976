using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.EndToEnd.Tests.Support;

/// <summary>
/// A bare HTTP/1.1 listener on 127.0.0.1 that keeps every request exactly as its bytes arrived (request line, headers,
/// body) and answers each with a fixed response, closing the connection. No HTTP stack sits between the client and what
/// a test asserts, so nothing normalizes a path, re-encodes a query or reorders a multipart body on the way.
/// </summary>
internal sealed class RawCaptureServer : IAsyncDisposable
{
    /// <summary>Requests larger than this are a bug of the test or the client; reading stops there.</summary>
    private const int MaxRequestBytes = 1 << 20;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<byte[]> _requests = new();
    private readonly Task _accepting;
    private readonly byte[] _response;

    public RawCaptureServer(string response = "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")
        : this(Encoding.Latin1.GetBytes(response))
    {
    }

    /// <param name="response">The bytes every request is answered with, status line to body.</param>
    public RawCaptureServer(byte[] response)
    {
        _response = response;
        _listener.Start();
        BaseAddress = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/");
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>The raw bytes of every request so far, in arrival order.</summary>
    public byte[][] Requests => _requests.ToArray();

    /// <summary>The one request's target (<c>/a?b=c</c>) as it was on the wire.</summary>
    public string SingleTarget()
    {
        var request = SingleRequest();
        var line = request[..request.IndexOf("\r\n", StringComparison.Ordinal)];
        return line.Split(' ')[1];
    }

    /// <summary>The one request, as ASCII-compatible text (bytes above 0x7F as Latin-1 characters).</summary>
    public string SingleRequest()
    {
        var all = Requests;
        if (all.Length != 1)
        {
            throw new InvalidOperationException($"Expected one request, the server saw {all.Length}.");
        }

        return Encoding.Latin1.GetString(all[0]);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            using (client)
            {
                var stream = client.GetStream();
                _requests.Enqueue(await ReadRequestAsync(stream));
                await stream.WriteAsync(_response, _stop.Token);
            }
        }
    }

    /// <summary>Headers up to the blank line, then <c>Content-Length</c> bytes or chunks up to the last one.</summary>
    private async Task<byte[]> ReadRequestAsync(NetworkStream stream)
    {
        var received = new System.IO.MemoryStream();
        var buffer = new byte[8192];
        int? end = null;
        while (received.Length < MaxRequestBytes)
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                break;
            }

            received.Write(buffer, 0, read);
            end = EndOf(received.ToArray());
            if (end is { } complete && received.Length >= complete)
            {
                break;
            }
        }

        return received.ToArray();
    }

    /// <summary>Where the request ends, once its headers are in; null before.</summary>
    private static int? EndOf(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var headersEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headersEnd < 0)
        {
            return null;
        }

        var head = text[..headersEnd].ToLowerInvariant();
        var lengthAt = head.IndexOf("\r\ncontent-length:", StringComparison.Ordinal);
        if (lengthAt >= 0)
        {
            var value = head[(lengthAt + "\r\ncontent-length:".Length)..].Split("\r\n")[0].Trim();
            return headersEnd + 4 + int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (head.Contains("\r\ntransfer-encoding: chunked", StringComparison.Ordinal))
        {
            var last = text.IndexOf("\r\n0\r\n\r\n", headersEnd, StringComparison.Ordinal);
            return last < 0 ? int.MaxValue : last + 7;
        }

        return headersEnd + 4;
    }

    public async ValueTask DisposeAsync()
    {
        // Cancel the accept loop and wait for it before stopping the listener: stopped first, a loop between two
        // requests would call AcceptTcpClientAsync on a listener that no longer listens (InvalidOperationException).
        _stop.Cancel();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _listener.Stop();
        _stop.Dispose();
    }
}

using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 that keeps every request's bytes as they arrived and answers each with one
/// fixed success envelope. Bounded: at most <see cref="MaxRequests"/> requests, each read within a fixed size.
/// </summary>
internal sealed class CapturingSocketServer : IAsyncDisposable
{
    private const int MaxRequests = 64;
    private const int MaxRequestBytes = 64 * 1024;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly byte[] _response;
    private readonly List<string> _requests = new();

    public CapturingSocketServer(string responseJson)
    {
        var body = Encoding.UTF8.GetBytes(responseJson);
        _response = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        Array.Resize(ref _response, _response.Length + body.Length);
        body.CopyTo(_response, _response.Length - body.Length);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/client/v4/");

    /// <summary>Every request's head and body, as the client sent them, in order; the server's own port reads <c>{port}</c>.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Cancel the accept loop and wait for it before stopping the listener: stopped first, a loop between two
        // requests would call AcceptSocketAsync on a listener that no longer listens (InvalidOperationException).
        _stop.Cancel();
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        for (var served = 0; served < MaxRequests; served++)
        {
            using var socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            var request = await ReadRequestAsync(socket).ConfigureAwait(false);
            lock (_requests)
            {
                _requests.Add(request.Replace("127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "127.0.0.1:{port}", StringComparison.Ordinal));
            }

            await socket.SendAsync(_response, SocketFlags.None, _stop.Token).ConfigureAwait(false);
            socket.Shutdown(SocketShutdown.Both);
        }
    }

    private async Task<string> ReadRequestAsync(Socket socket)
    {
        var buffer = new byte[MaxRequestBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(length), SocketFlags.None, _stop.Token).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            var text = Encoding.ASCII.GetString(buffer, 0, length);
            var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd >= 0 && length - headEnd - 4 >= ContentLength(text[..headEnd]))
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}

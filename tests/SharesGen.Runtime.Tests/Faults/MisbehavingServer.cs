using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Tests.Faults;

/// <summary>
/// A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose: each connection runs the next scripted
/// behaviour (reset mid-body, never answer, trickle, …), or the fallback once the script is used up. Raw
/// sockets, because a well-behaved server framework will not let a test break the protocol. Every request is
/// recorded as it arrived on the wire, so a test can assert what reached the server byte for byte.
/// </summary>
internal sealed class MisbehavingServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<Func<NetworkStream, Socket, CancellationToken, Task>> _script = new();
    private readonly ConcurrentQueue<RawRequest> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private Func<NetworkStream, Socket, CancellationToken, Task>? _otherwise;
    private int _connections;

    public MisbehavingServer()
    {
        _listener.Start();
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/client/v4");

    /// <summary>How many connections were accepted: one per attempt, since every answer closes its connection.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Every request read, in order of arrival.</summary>
    public IReadOnlyList<RawRequest> Received => _received.ToArray();

    public MisbehavingServer Then(Func<NetworkStream, Socket, CancellationToken, Task> behaviour)
    {
        _script.Enqueue(behaviour);
        return this;
    }

    /// <summary>What every connection gets once the script is used up (by default: closed without an answer).</summary>
    public MisbehavingServer Otherwise(Func<NetworkStream, Socket, CancellationToken, Task> behaviour)
    {
        _otherwise = behaviour;
        return this;
    }

    /// <summary>A complete response with the given status, headers and body, then close.</summary>
    public MisbehavingServer Respond(int status, string body, string extraHeaders = "")
        => Then(Response(status, body, extraHeaders));

    /// <summary>Exactly these bytes (status line, headers and all), then close.</summary>
    public MisbehavingServer RespondRaw(string head, string body = "")
        => Then(async (stream, _, token) =>
        {
            await WriteAsync(stream, head, token);
            await WriteAsync(stream, body, token);
        });

    public static Func<NetworkStream, Socket, CancellationToken, Task> Response(int status, string body, string extraHeaders = "")
        => async (stream, _, token) =>
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            await WriteAsync(stream, $"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n{extraHeaders}\r\n", token);
            await stream.WriteAsync(bytes, token);
        };

    public static Task WriteAsync(NetworkStream stream, string text, CancellationToken token)
        => stream.WriteAsync(Encoding.UTF8.GetBytes(text), token).AsTask();

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => HandleAsync(socket));
        }
    }

    private async Task HandleAsync(Socket socket)
    {
        using (socket)
        await using (var stream = new NetworkStream(socket, ownsSocket: false))
        {
            try
            {
                if (await ReadRequestAsync(stream, _stop.Token) is not { } request)
                {
                    return;
                }

                _received.Enqueue(request);
                var behaviour = _script.TryDequeue(out var next) ? next : _otherwise;
                if (behaviour is not null)
                {
                    await behaviour(stream, socket, _stop.Token);
                }
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
            }
            catch (IOException)
            {
                // The client gave up (timeout, cancellation): nothing to do.
            }
        }
    }

    /// <summary>Reads the request head and, by Content-Length, its body; null when the client sent nothing.</summary>
    private static async Task<RawRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken token)
    {
        var head = new List<byte>();
        var buffer = new byte[1];
        while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (head.Count > 64 * 1024 || await stream.ReadAsync(buffer, token) == 0)
            {
                return null;
            }

            head.Add(buffer[0]);
        }

        var lines = Encoding.Latin1.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(line => line.Split(':', 2)).Select(p => new KeyValuePair<string, string>(p[0], p.Length > 1 ? p[1].Trim() : "")).ToList();
        var body = Array.Empty<byte>();
        if (headers.FirstOrDefault(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value is { } length && int.TryParse(length, out var count))
        {
            body = new byte[count];
            await stream.ReadExactlyAsync(body, token);
        }

        return new RawRequest(requestLine[0], requestLine.Length > 1 ? requestLine[1] : "", headers, body, Encoding.Latin1.GetString(head.ToArray()));
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _acceptLoop;
        _stop.Dispose();
    }
}

/// <summary>A request exactly as it arrived: request line, headers in order, body bytes, and the raw head.</summary>
internal sealed record RawRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, string RawHead)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public string BodyText => Encoding.UTF8.GetString(Body);
}

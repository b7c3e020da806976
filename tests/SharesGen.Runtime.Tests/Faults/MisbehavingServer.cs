using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Tests.Faults;

/// <summary>
/// A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose: each connection runs the next scripted
/// behaviour (reset mid-body, never answer, trickle, …). Raw sockets, because a well-behaved server
/// framework will not let a test break the protocol.
/// </summary>
internal sealed class MisbehavingServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<Func<NetworkStream, Socket, CancellationToken, Task>> _script = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private int _connections;

    public MisbehavingServer()
    {
        _listener.Start();
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/client/v4");

    /// <summary>How many connections were accepted: one per attempt, since every answer closes its connection.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public MisbehavingServer Then(Func<NetworkStream, Socket, CancellationToken, Task> behaviour)
    {
        _script.Enqueue(behaviour);
        return this;
    }

    /// <summary>A complete response with the given status, headers and body, then close.</summary>
    public MisbehavingServer Respond(int status, string body, string extraHeaders = "")
        => Then(async (stream, _, token) =>
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            await WriteAsync(stream, $"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n{extraHeaders}\r\n", token);
            await stream.WriteAsync(bytes, token);
        });

    public static Task WriteAsync(NetworkStream stream, string text, CancellationToken token)
        => stream.WriteAsync(Encoding.ASCII.GetBytes(text), token).AsTask();

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
                await ReadRequestAsync(stream, _stop.Token);
                if (_script.TryDequeue(out var behaviour))
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

    /// <summary>Reads the request head and, by Content-Length, its body.</summary>
    private static async Task ReadRequestAsync(NetworkStream stream, CancellationToken token)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, token) == 0)
            {
                return;
            }

            head.Append((char)buffer[0]);
        }

        foreach (var line in head.ToString().Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase) && int.TryParse(line[15..].Trim(), out var length))
            {
                var body = new byte[length];
                await stream.ReadExactlyAsync(body, token);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _acceptLoop;
        _stop.Dispose();
    }
}

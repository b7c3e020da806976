using System.Collections.Concurrent;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SharesGen.Testing.Recording;

namespace SharesGen.Testing.Faults;

/// <summary>
/// The queue of canned responses, and the middleware that answers the next request with the first of them. It
/// sits before authentication and routing, so a fault can be injected for any request.
/// </summary>
internal sealed class CannedResponses
{
    private readonly ConcurrentQueue<CannedResponse> _queue = new();

    public int Count => _queue.Count;

    public void Enqueue(CannedResponse response) => _queue.Enqueue(response);

    public void Clear() => _queue.Clear();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!_queue.TryDequeue(out var canned))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        ExchangeRecorder.MarkCanned(context);
        if (canned.Delay > System.TimeSpan.Zero)
        {
            await Task.Delay(canned.Delay, context.RequestAborted).ConfigureAwait(false);
        }

        context.Response.StatusCode = canned.StatusCode;
        foreach (var (name, value) in canned.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (canned.Body.Length > 0)
        {
            context.Response.ContentType = canned.EffectiveContentType;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(canned.Body), context.RequestAborted).ConfigureAwait(false);
        }
    }
}

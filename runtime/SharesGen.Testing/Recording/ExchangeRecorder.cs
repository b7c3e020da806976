using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SharesGen.Testing.Recording;

/// <summary>
/// The outermost middleware: reads the request body once, stamps a <c>cf-ray</c>, buffers the response, and
/// records the exchange <em>before</em> the response leaves, so a test that awaited its call always finds it.
/// </summary>
internal sealed class ExchangeRecorder(ExchangeLog log, bool sendRayIds)
{
    private static readonly object CannedKey = new();

    /// <summary>Marks the current exchange as answered by a canned response.</summary>
    public static void MarkCanned(HttpContext context) => context.Items[CannedKey] = true;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var sequence = log.NextSequence();
        var requestBody = await ReadRequestBodyAsync(context.Request).ConfigureAwait(false);
        RequestBodyText.Set(context, requestBody);
        if (sendRayIds)
        {
            // Cloudflare's form: 16 hex digits and the data centre; LBK for "loopback".
            context.Response.Headers[SharesGen.Runtime.CloudflareHeaders.RayId] = RandomNumberGenerator.GetHexString(16, lowercase: true) + "-LBK";
        }

        var wire = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = wire;
        }

        var credentials = PresentedCredentials.Inspect(context.Request.Headers);
        log.Add(new RecordedExchange(credentials.Fingerprint)
        {
            Sequence = sequence,
            Method = context.Request.Method,
            PathAndQuery = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString,
            RequestHeaders = Headers(context.Request.Headers, redact: true),
            RequestBody = requestBody,
            Authentication = credentials.Kind,
            StatusCode = context.Response.StatusCode,
            ResponseHeaders = Headers(context.Response.Headers, redact: false),
            ResponseBody = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length),
            WasCanned = context.Items.ContainsKey(CannedKey),
            OperationId = Contracts.MatchedOperation.Get(context)?.OperationId,
        });

        if (buffer.Length > 0)
        {
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(wire, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task<string> ReadRequestBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static IReadOnlyDictionary<string, string> Headers(IHeaderDictionary headers, bool redact)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            var value = values.ToString();
            copy[name] = redact && PresentedCredentials.IsSecretHeader(name) ? PresentedCredentials.Redact(name, value) : value;
        }

        return copy;
    }
}

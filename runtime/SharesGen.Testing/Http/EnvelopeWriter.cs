using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SharesGen.Testing.Http;

/// <summary>
/// Writes Cloudflare failure envelopes: <c>{"success":false,"errors":[{"code":…,"message":…}],"messages":[],"result":null}</c>.
/// Success bodies follow each operation's schema instead (see <c>Synthesis/EnvelopeBuilder</c>).
/// </summary>
internal static class EnvelopeWriter
{
    private const string JsonContentType = "application/json";

    /// <summary>A failure envelope.</summary>
    public static Task WriteErrorsAsync(HttpContext context, int statusCode, IEnumerable<ApiErrorEntry> errors)
        => WriteAsync(context, statusCode, Failure(errors));

    /// <summary>The bytes of a failure envelope with these errors, for canned responses too.</summary>
    public static byte[] Failure(IEnumerable<ApiErrorEntry> errors)
    {
        return Write(writer =>
        {
            writer.WriteBoolean("success", false);
            writer.WriteStartArray("errors");
            foreach (var error in errors)
            {
                writer.WriteStartObject();
                writer.WriteNumber("code", error.Code);
                writer.WriteString("message", error.Message);
                if (error.Pointer is not null)
                {
                    writer.WriteStartObject("source");
                    writer.WriteString("pointer", error.Pointer);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("messages");
            writer.WriteEndArray();
            writer.WriteNull("result");
        });
    }

    private static byte[] Write(System.Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, int statusCode, byte[] body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = JsonContentType;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}

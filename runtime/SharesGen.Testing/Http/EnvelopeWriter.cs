using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SharesGen.Testing.Http;

/// <summary>
/// Writes Cloudflare envelopes: <c>{"success":true,"errors":[],"messages":[],"result":…,"result_info":…}</c> on
/// success and <c>{"success":false,"errors":[{"code":…,"message":…}],"messages":[],"result":null}</c> on failure.
/// </summary>
internal static class EnvelopeWriter
{
    private const string JsonContentType = "application/json";

    /// <summary>A single object as <c>result</c>.</summary>
    public static Task WriteResultAsync(HttpContext context, int statusCode, JsonNode result)
        => WriteAsync(context, statusCode, Success(result, info: null));

    /// <summary>A list as <c>result</c>, with its <c>result_info</c>.</summary>
    public static Task WriteListAsync(HttpContext context, IReadOnlyList<JsonNode> items, ResultInfo info)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return WriteAsync(context, 200, Success(array, info));
    }

    /// <summary>A 204: success with no body at all, as the bulk PUTs answer.</summary>
    public static void WriteNoContent(HttpContext context) => context.Response.StatusCode = 204;

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

    private static byte[] Success(JsonNode result, ResultInfo? info)
    {
        return Write(writer =>
        {
            writer.WriteBoolean("success", true);
            writer.WriteStartArray("errors");
            writer.WriteEndArray();
            writer.WriteStartArray("messages");
            writer.WriteEndArray();
            writer.WritePropertyName("result");
            result.WriteTo(writer);
            if (info is { } page)
            {
                writer.WriteStartObject("result_info");
                writer.WriteNumber("page", page.Page);
                writer.WriteNumber("per_page", page.PerPage);
                writer.WriteNumber("count", page.Count);
                writer.WriteNumber("total_count", page.TotalCount);
                writer.WriteNumber("total_pages", page.TotalPages);
                writer.WriteEndObject();
            }
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

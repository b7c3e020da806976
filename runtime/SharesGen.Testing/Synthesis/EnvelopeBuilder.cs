using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharesGen.Testing.Contracts;

namespace SharesGen.Testing.Synthesis;

/// <summary>Where a list page sits: what <c>result_info</c> reports.</summary>
internal sealed record PageInfo(int Page, int PerPage, int Count, int TotalCount, string? After, string? Before)
{
    public int TotalPages => PerPage <= 0 ? 0 : (TotalCount + PerPage - 1) / PerPage;
}

/// <summary>
/// Builds a success body the way the operation's schema declares it: for a Cloudflare envelope (a schema with
/// <c>result</c>), <c>success</c>, <c>errors</c>, <c>messages</c> (when declared), the <c>result</c> and, for a
/// list, <c>result_info</c>, with every other required member made up; otherwise the result itself. The body is
/// checked with the kit's own validator before it is served: a body the kit cannot make conform is its bug, and
/// fails loudly (500) instead of passing for an answer of the API.
/// </summary>
internal sealed class EnvelopeBuilder(ApiContract contract, ValueSynthesizer synthesizer, PayloadValidator validator)
{
    /// <summary>The schema of the success body's <c>result</c>, or the whole body's schema when it has no envelope.</summary>
    public SchemaNode ResultSchema(OperationContract operation)
    {
        var success = contract.Resolve(operation.SuccessSchema ?? SchemaNode.Any);
        return IsEnvelope(success) ? success.Properties["result"] : operation.SuccessSchema ?? SchemaNode.Any;
    }

    /// <summary>The schema of one list item, when the result is an array.</summary>
    public SchemaNode? ListItemSchema(OperationContract operation)
    {
        var result = contract.Resolve(ResultSchema(operation));
        return result.Type == "array" || result.Items is not null ? result.Items ?? SchemaNode.Any : null;
    }

    /// <summary>Whether the answer carries a <c>result_info</c>.</summary>
    public bool HasResultInfo(OperationContract operation)
        => contract.Resolve(operation.SuccessSchema ?? SchemaNode.Any).Properties.ContainsKey("result_info");

    public byte[] Build(OperationContract operation, JsonNode? result, PageInfo? page, Random random)
    {
        var schema = operation.SuccessSchema ?? SchemaNode.Any;
        var success = contract.Resolve(schema);
        JsonNode? body;
        if (IsEnvelope(success))
        {
            var envelope = new JsonObject();
            foreach (var (name, member) in success.Properties)
            {
                JsonNode? value = name switch
                {
                    "success" => true,
                    "errors" or "messages" => new JsonArray(),
                    "result" => result,
                    "result_info" when page is not null => ResultInfo(member, page, random),
                    _ when success.Required.Contains(name, StringComparer.Ordinal) => synthesizer.Make(member, random, name),
                    _ => Omitted,
                };
                if (!ReferenceEquals(value, Omitted))
                {
                    envelope[name] = value;
                }
            }

            body = envelope;
        }
        else
        {
            body = result;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(body?.ToJsonString() ?? "null");
        using var document = JsonDocument.Parse(bytes);
        var errors = validator.Validate(document.RootElement, schema).Errors.ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException(
                $"The kit could not answer {operation.OperationId} within its spec ({string.Join("; ", errors.Select(e => e.ToString()))}). Please report it with the spec.");
        }

        return bytes;
    }

    private static readonly JsonNode Omitted = new JsonObject();

    private JsonNode ResultInfo(SchemaNode schema, PageInfo page, Random random)
    {
        var resolved = contract.Resolve(schema);
        var info = new JsonObject();
        foreach (var (name, member) in resolved.Properties)
        {
            JsonNode? value = name switch
            {
                "page" => page.Page,
                "per_page" => page.PerPage,
                "count" => page.Count,
                "total_count" => page.TotalCount,
                "total_pages" => page.TotalPages,
                "cursors" => Cursors(page),
                "cursor" => page.After,
                _ when resolved.Required.Contains(name, StringComparer.Ordinal) => synthesizer.Make(member, random, name),
                _ => Omitted,
            };
            if (!ReferenceEquals(value, Omitted) && value is not null)
            {
                info[name] = value;
            }
        }

        return info;
    }

    private static JsonObject Cursors(PageInfo page)
    {
        var cursors = new JsonObject();
        if (page.After is not null)
        {
            cursors["after"] = page.After;
        }

        if (page.Before is not null)
        {
            cursors["before"] = page.Before;
        }

        return cursors;
    }

    private static bool IsEnvelope(SchemaNode success) => success.Properties.ContainsKey("result");
}

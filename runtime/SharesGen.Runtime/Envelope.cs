using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Runtime;

/// <summary>The parts of a Cloudflare envelope every response shares.</summary>
internal sealed class Envelope
{
    public static readonly Envelope Empty = new();

    public bool? Success { get; set; }

    public IReadOnlyList<ResponseInfo> Errors { get; set; } = Array.Empty<ResponseInfo>();

    public IReadOnlyList<ResponseInfo> Messages { get; set; } = Array.Empty<ResponseInfo>();

    public ResultInfo? ResultInfo { get; set; }

    /// <summary>The body had a <c>result</c> member that was not null.</summary>
    public bool HasResult { get; set; }
}

/// <summary>
/// Reads <c>{ success, errors, messages, result, result_info }</c> in one forward pass over the body, handing
/// <c>result</c> to the generated converter. Unknown members are skipped.
/// </summary>
internal static class EnvelopeReader
{
    /// <summary>Reads an envelope; <paramref name="readResult"/> is called with the reader on <c>result</c>'s value.</summary>
    public static Envelope Read<TState>(ReadOnlySpan<byte> body, ref TState state, ResultReader<TState> readResult)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The body is not a JSON object.");
        }

        var envelope = new Envelope();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("success"u8))
            {
                reader.Read();
                envelope.Success = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    _ => null,
                };
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                reader.Read();
                envelope.Errors = ReadInfos(ref reader);
            }
            else if (reader.ValueTextEquals("messages"u8))
            {
                reader.Read();
                envelope.Messages = ReadInfos(ref reader);
            }
            else if (reader.ValueTextEquals("result_info"u8))
            {
                reader.Read();
                envelope.ResultInfo = ReadResultInfo(ref reader);
            }
            else if (reader.ValueTextEquals("result"u8))
            {
                reader.Read();
                envelope.HasResult = reader.TokenType != JsonTokenType.Null;
                if (envelope.HasResult)
                {
                    readResult(ref reader, ref state);
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return envelope;
    }

    /// <summary>Reads an envelope whose <c>result</c> is one value, with its generated converter.</summary>
    public static Envelope ReadResult<T>(ReadOnlySpan<byte> body, JsonConverter<T> converter, out T? value)
    {
        var state = (Converter: converter, Value: default(T));
        var envelope = Read(body, ref state, static (ref Utf8JsonReader reader, ref (JsonConverter<T> Converter, T? Value) s)
            => s.Value = s.Converter.Read(ref reader, typeof(T), Serialization.SharesGenJson.Options));
        value = state.Value;
        return envelope;
    }

    /// <summary>Reads an envelope whose <c>result</c> is an array, item by item with the generated converter.</summary>
    public static Envelope ReadList<T>(ReadOnlySpan<byte> body, JsonConverter<T> converter, out List<T>? items)
    {
        var state = (Converter: converter, Items: default(List<T>));
        var envelope = Read(body, ref state, static (ref Utf8JsonReader reader, ref (JsonConverter<T> Converter, List<T>? Items) s)
            => s.Items = Serialization.JsonListConverter<T>.ReadList(ref reader, s.Converter, Serialization.SharesGenJson.Options));
        items = state.Items;
        return envelope;
    }

    /// <summary>Reads only the envelope's shared parts, for error bodies and 204s.</summary>
    public static Envelope ReadWithoutResult(ReadOnlySpan<byte> body)
    {
        var none = 0;
        return Read(body, ref none, static (ref Utf8JsonReader reader, ref int _) => reader.Skip());
    }

    private static IReadOnlyList<ResponseInfo> ReadInfos(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return Array.Empty<ResponseInfo>();
        }

        var list = new List<ResponseInfo>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            int code = 0;
            string message = string.Empty;
            string? documentationUrl = null;
            string? sourcePointer = null;
            Dictionary<string, JsonElement>? extra = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("code"u8))
                {
                    reader.Read();
                    code = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) ? (int)number : 0;
                }
                else if (reader.ValueTextEquals("message"u8))
                {
                    reader.Read();
                    message = reader.TokenType == JsonTokenType.String ? reader.GetString()! : string.Empty;
                }
                else if (reader.ValueTextEquals("documentation_url"u8))
                {
                    reader.Read();
                    documentationUrl = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("source"u8))
                {
                    reader.Read();
                    var source = JsonElement.ParseValue(ref reader);
                    if (source.ValueKind == JsonValueKind.Object && source.TryGetProperty("pointer"u8, out var pointer) && pointer.ValueKind == JsonValueKind.String)
                    {
                        sourcePointer = pointer.GetString();
                    }
                }
                else
                {
                    Serialization.JsonReading.ReadAdditionalProperty(ref reader, ref extra);
                }
            }

            list.Add(new ResponseInfo { Code = code, Message = message, DocumentationUrl = documentationUrl, SourcePointer = sourcePointer, AdditionalProperties = extra });
        }

        return list;
    }

    private static ResultInfo? ReadResultInfo(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        int? count = null, page = null, perPage = null, totalPages = null;
        long? totalCount = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("count"u8) ? 1
                : reader.ValueTextEquals("page"u8) ? 2
                : reader.ValueTextEquals("per_page"u8) ? 3
                : reader.ValueTextEquals("total_count"u8) ? 4
                : reader.ValueTextEquals("total_pages"u8) ? 5
                : 0;
            reader.Read();
            // The spec types these as "number": accept 20 and 20.0 alike.
            double? value = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) ? number : null;
            switch (name)
            {
                case 1: count = (int?)value; break;
                case 2: page = (int?)value; break;
                case 3: perPage = (int?)value; break;
                case 4: totalCount = (long?)value; break;
                case 5: totalPages = (int?)value; break;
                default: reader.Skip(); break;
            }
        }

        return new ResultInfo { Count = count, Page = page, PerPage = perPage, TotalCount = totalCount, TotalPages = totalPages };
    }
}

/// <summary>Reads the value of <c>result</c> into the caller's state.</summary>
internal delegate void ResultReader<TState>(ref Utf8JsonReader reader, ref TState state);

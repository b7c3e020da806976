using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using SharesGen.Runtime;
using SharesGen.Runtime.Serialization;

namespace SharesGen.Benchmarks.Serialization;

/// <summary>
/// What <c>ApiPipeline.SendForResultAsync</c>/<c>SendForListAsync</c> do with a response body once it is read,
/// line for line: <c>EnvelopeReader.Read</c> (runtime/SharesGen.Runtime/Envelope.cs) walks the envelope once and
/// hands <c>result</c> to the generated converter through a lambda that captures it. <c>EnvelopeReader</c> is
/// internal to the runtime, so it is copied here (same branches, same allocations: an <c>Envelope</c>, a list per
/// <c>errors</c>/<c>messages</c> array even when empty, the two closures of ApiPipeline). Keep it in step with
/// Envelope.cs and ApiPipeline.cs; the smoke pass checks its results against the POCO rows.
/// </summary>
internal static class RuntimeEnvelope
{
    /// <summary>The runtime reads with its own frozen, resolver-less options; the generated converters ignore them.</summary>
    private static readonly JsonSerializerOptions s_options = CreateOptions();

    public static T ReadResult<T>(ReadOnlySpan<byte> body, JsonConverter<T> converter)
    {
        T? value = default;
        ParseBody parse = span => Read(span, ref value, (ref Utf8JsonReader reader, ref T? state) => state = converter.Read(ref reader, typeof(T), s_options));
        var envelope = parse(body);
        if (!envelope.HasResult || value is null || envelope.Success == false)
        {
            throw new JsonException("the response has no result");
        }

        return value;
    }

    /// <summary>The runtime calls the internal <c>JsonListConverter&lt;T&gt;.ReadList</c>; the public <c>Read</c> of a converter made once calls the same.</summary>
    public static IReadOnlyList<T> ReadList<T>(ReadOnlySpan<byte> body, JsonListConverter<T> list)
    {
        List<T>? items = null;
        ParseBody parse = span => Read(span, ref items, (ref Utf8JsonReader reader, ref List<T>? state) => state = (List<T>?)list.Read(ref reader, typeof(IList<T>), s_options));
        var envelope = parse(body);
        if (envelope.Success == false || envelope.ResultInfo is null)
        {
            throw new JsonException("the envelope says success: false");
        }

        return (IReadOnlyList<T>?)items ?? Array.Empty<T>();
    }

    private static Envelope Read<TState>(ReadOnlySpan<byte> body, ref TState state, ResultReader<TState> readResult)
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
                else
                {
                    JsonReading.ReadAdditionalProperty(ref reader, ref extra);
                }
            }

            list.Add(new ResponseInfo { Code = code, Message = message, AdditionalProperties = extra });
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

    private static JsonSerializerOptions CreateOptions()
    {
        // As SharesGenJson.Options (runtime/SharesGen.Runtime/Serialization/JsonReading.cs): an empty resolver, frozen.
        var options = new JsonSerializerOptions { TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine() };
        options.MakeReadOnly();
        return options;
    }

    private delegate void ResultReader<TState>(ref Utf8JsonReader reader, ref TState state);

    private delegate Envelope ParseBody(ReadOnlySpan<byte> body);

    private sealed class Envelope
    {
        public bool? Success { get; set; }

        public IReadOnlyList<ResponseInfo> Errors { get; set; } = Array.Empty<ResponseInfo>();

        public IReadOnlyList<ResponseInfo> Messages { get; set; } = Array.Empty<ResponseInfo>();

        public ResultInfo? ResultInfo { get; set; }

        public bool HasResult { get; set; }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharesGen.Runtime;

/// <summary>
/// The parts of a Cloudflare envelope every response shares, and the reader's verdict on it. This file is the
/// one place that knows Cloudflare's wire conventions (the envelope's member names, <c>cf-ray</c>); everything
/// else reads this model.
/// </summary>
internal sealed class Envelope
{
    public static readonly Envelope Empty = new();

    public bool? Success { get; set; }

    public IReadOnlyList<ResponseInfo> Errors { get; set; } = Array.Empty<ResponseInfo>();

    public IReadOnlyList<ResponseInfo> Messages { get; set; } = Array.Empty<ResponseInfo>();

    public ResultInfo? ResultInfo { get; set; }

    /// <summary>The body had a <c>result</c> member that was not null.</summary>
    public bool HasResult { get; set; }

    /// <summary>A hash of <c>result</c>'s bytes on list responses, so paging can tell a repeated page; 0 otherwise.</summary>
    public ulong ResultFingerprint { get; set; }

    /// <summary>Why a successful status still failed (<c>success: false</c>, no result, a body that is not the expected JSON); null when it did not.</summary>
    public string? Problem { get; private set; }

    /// <summary>The reader's exception behind <see cref="Problem"/>, when there was one.</summary>
    public Exception? ProblemException { get; private set; }

    public static Envelope Failed(string problem, Exception? exception = null) => new() { Problem = problem, ProblemException = exception };

    public Envelope WithProblem(string problem)
    {
        Problem = problem;
        return this;
    }
}

/// <summary>Cloudflare's conventions outside the body: the headers its responses carry.</summary>
public static class CloudflareHeaders
{
    /// <summary>The header of the request id Cloudflare stamps on every response (<c>cf-ray</c>), for support tickets.</summary>
    public const string RayId = "cf-ray";

    internal static string? RayIdOf(HttpResponseHeaders headers)
        => headers.TryGetValues(RayId, out var values) ? values.FirstOrDefault() : null;
}

/// <summary>
/// Reads <c>{ success, errors, messages, result, result_info }</c> in one forward pass over the body, handing
/// <c>result</c> to the generated converter. Unknown members are skipped; a member given twice makes the body
/// malformed (a reader that let the last one win could be told <c>success: true</c> after <c>false</c>).
/// </summary>
internal static class EnvelopeReader
{
    [Flags]
    private enum Seen
    {
        None = 0,
        Success = 1,
        Errors = 2,
        Messages = 4,
        ResultInfo = 8,
        Result = 16,
    }

    /// <summary>
    /// Reads a response body for <paramref name="shape"/> and gives the verdict: for a 2xx, a <see cref="Envelope.Problem"/>
    /// when the body is empty where a result is expected, not the expected JSON, says <c>success: false</c>, or has
    /// no result; for an error status, whatever errors the body carries (a body that is not an envelope is not a
    /// problem there: the status already is one).
    /// </summary>
    public static Envelope ReadResponse(ReadOnlySpan<byte> body, bool isSuccessStatus, ResponseShape shape)
    {
        if (!isSuccessStatus)
        {
            return body.IsEmpty ? Envelope.Empty : Guarded(body, static b => ReadWithoutResult(b));
        }

        if (body.IsEmpty)
        {
            return shape.ExpectsResult ? Envelope.Failed("the response body is empty") : Envelope.Empty;
        }

        var envelope = Guarded(body, shape.Read);
        if (envelope.Problem is not null)
        {
            return envelope;
        }

        if (envelope.Success == false)
        {
            return envelope.WithProblem("the envelope says success: false");
        }

        return shape.ExpectsResult && !shape.HasValue ? envelope.WithProblem(shape.HasEnvelope ? "the response has no result" : "the response body is null") : envelope;
    }

    private static Envelope Guarded(ReadOnlySpan<byte> body, BodyReader read)
    {
        try
        {
            return read(body);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return Envelope.Failed("the response body is not the expected JSON (" + exception.Message + ")", exception);
        }
    }

    /// <summary>Reads an envelope; <paramref name="readResult"/> is called with the reader on <c>result</c>'s value.</summary>
    public static Envelope Read<TState>(ReadOnlySpan<byte> body, ref TState state, ResultReader<TState> readResult, bool fingerprintResult = false)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The body is not a JSON object.");
        }

        var envelope = new Envelope();
        var seen = Seen.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = reader.ValueTextEquals("success"u8) ? Seen.Success
                : reader.ValueTextEquals("errors"u8) ? Seen.Errors
                : reader.ValueTextEquals("messages"u8) ? Seen.Messages
                : reader.ValueTextEquals("result_info"u8) ? Seen.ResultInfo
                : reader.ValueTextEquals("result"u8) ? Seen.Result
                : Seen.None;
            if (member != Seen.None && (seen & member) != 0)
            {
                throw new JsonException("The envelope has the member '" + reader.GetString() + "' twice.");
            }

            seen |= member;
            reader.Read();
            switch (member)
            {
                case Seen.Success:
                    envelope.Success = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => null,
                    };
                    reader.Skip();
                    break;
                case Seen.Errors:
                    envelope.Errors = ReadInfos(ref reader);
                    break;
                case Seen.Messages:
                    envelope.Messages = ReadInfos(ref reader);
                    break;
                case Seen.ResultInfo:
                    envelope.ResultInfo = ReadResultInfo(ref reader);
                    break;
                case Seen.Result:
                    envelope.HasResult = reader.TokenType != JsonTokenType.Null;
                    if (envelope.HasResult)
                    {
                        var start = (int)reader.TokenStartIndex;
                        readResult(ref reader, ref state);
                        if (fingerprintResult)
                        {
                            envelope.ResultFingerprint = Fingerprint(body.Slice(start, (int)reader.BytesConsumed - start));
                        }
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("The envelope ended early.");
        }

        // Anything but whitespace after the envelope makes the reader throw: the body is one JSON value or malformed.
        if (reader.Read())
        {
            throw new JsonException("The body has more than the envelope.");
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
            => s.Items = Serialization.JsonListConverter<T>.ReadList(ref reader, s.Converter, Serialization.SharesGenJson.Options), fingerprintResult: true);
        items = state.Items;
        return envelope;
    }

    /// <summary>Reads only the envelope's shared parts, for error bodies and 204s.</summary>
    public static Envelope ReadWithoutResult(ReadOnlySpan<byte> body)
    {
        var none = 0;
        return Read(body, ref none, static (ref Utf8JsonReader reader, ref int _) => reader.Skip());
    }

    /// <summary>Whether the body is the JSON literal <c>null</c> and nothing else but whitespace.</summary>
    public static bool IsNull(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.Null && !reader.Read();
        }
        catch (JsonException)
        {
            return false; // more than null after it: not the literal, and the envelope reader says why
        }
    }

    /// <summary>Reads a body that is the value itself, with no envelope.</summary>
    public static Envelope ReadBare<T>(ReadOnlySpan<byte> body, JsonConverter<T> converter, out T? value)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();
        value = converter.Read(ref reader, typeof(T), Serialization.SharesGenJson.Options);
        return new Envelope();
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
                    code = ReadCode(ref reader);
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

    /// <summary>An error code: an integer in the spec, read from 7003 or 7003.0; anything else (or out of range) is 0.</summary>
    private static int ReadCode(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return 0;
        }

        if (reader.TryGetInt32(out var code))
        {
            return code;
        }

        return reader.TryGetDouble(out var number) && number is >= int.MinValue and <= int.MaxValue && Math.Floor(number) == number ? (int)number : 0;
    }

    /// <summary>
    /// Reads <c>result_info</c>. The spec types its members as <c>number</c>: 20, 20.0, 2e1, 20.5 and values past
    /// <see cref="int.MaxValue"/> all read as sent; a member that is not a number reads as null.
    /// </summary>
    private static ResultInfo? ReadResultInfo(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        double? count = null, page = null, perPage = null, totalCount = null, totalPages = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("count"u8) ? 1
                : reader.ValueTextEquals("page"u8) ? 2
                : reader.ValueTextEquals("per_page"u8) ? 3
                : reader.ValueTextEquals("total_count"u8) ? 4
                : reader.ValueTextEquals("total_pages"u8) ? 5
                : 0;
            if (name != 0 && (seen & (1 << name)) != 0)
            {
                throw new JsonException("result_info has the member '" + reader.GetString() + "' twice.");
            }

            seen |= 1 << name;
            reader.Read();
            double? value = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && !double.IsInfinity(number) ? number : null;
            reader.Skip();
            switch (name)
            {
                case 1: count = value; break;
                case 2: page = value; break;
                case 3: perPage = value; break;
                case 4: totalCount = value; break;
                case 5: totalPages = value; break;
            }
        }

        return new ResultInfo { Count = count, Page = page, PerPage = perPage, TotalCount = totalCount, TotalPages = totalPages };
    }

    /// <summary>FNV-1a over the bytes: cheap, and enough to tell one page's result from another's.</summary>
    private static ulong Fingerprint(ReadOnlySpan<byte> bytes)
    {
        // FNV-1a's multiply-xor, eight bytes a step: the byte-at-a-time loop cost a 50-share list as much as a fifth of
        // its read (issue 15). Only equality within one process matters (a page that repeats the one before), so
        // neither the byte order nor a published hash function is needed.
        const ulong Prime = 1099511628211UL;
        var hash = 14695981039346656037UL ^ (ulong)bytes.Length;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words)
        {
            hash = (hash ^ word) * Prime;
            hash ^= hash >> 32;
        }

        foreach (var b in bytes.Slice(words.Length * sizeof(ulong)))
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }

    private delegate Envelope BodyReader(ReadOnlySpan<byte> body);
}

/// <summary>Reads the value of <c>result</c> into the caller's state.</summary>
internal delegate void ResultReader<TState>(ref Utf8JsonReader reader, ref TState state);

/// <summary>What an operation expects in a successful body, and where the result goes once read.</summary>
internal abstract class ResponseShape
{
    /// <summary>A 2xx without a result to read (a 204, or an envelope whose result is ignored).</summary>
    public static readonly ResponseShape Nothing = new NothingShape();

    /// <summary>A 2xx must carry a result.</summary>
    public abstract bool ExpectsResult { get; }

    /// <summary>The body is a Cloudflare envelope, not the bare value.</summary>
    public virtual bool HasEnvelope => true;

    /// <summary>A result was read.</summary>
    public abstract bool HasValue { get; }

    public abstract Envelope Read(ReadOnlySpan<byte> body);

    private sealed class NothingShape : ResponseShape
    {
        public override bool ExpectsResult => false;

        public override bool HasValue => false;

        public override Envelope Read(ReadOnlySpan<byte> body) => EnvelopeReader.ReadWithoutResult(body);
    }
}

/// <summary>A shape that reads one value: the envelope's <c>result</c>, or the bare body.</summary>
internal abstract class ValueShape<T> : ResponseShape
{
    public T? Value { get; protected set; }
}

/// <summary>
/// An envelope whose <c>result</c> is one value. An <paramref name="optional"/> one, whose schema lets the body be
/// <c>null</c> or the result be absent, reads either as a success without a value.
/// </summary>
internal sealed class SingleResultShape<T>(JsonConverter<T> converter, bool optional = false) : ValueShape<T>
{
    private bool _read;

    public override bool ExpectsResult => !optional;

    public override bool HasValue => _read && Value is not null;

    public override Envelope Read(ReadOnlySpan<byte> body)
    {
        if (optional && EnvelopeReader.IsNull(body))
        {
            return new Envelope();
        }

        var envelope = EnvelopeReader.ReadResult(body, converter, out var value);
        _read = envelope.HasResult;
        Value = _read ? value : default;
        return envelope;
    }
}

/// <summary>An envelope whose <c>result</c> is an array; <c>result: null</c> is an error, not an empty list.</summary>
internal sealed class ListResultShape<T>(JsonConverter<T> converter) : ResponseShape
{
    public List<T>? Items { get; private set; }

    public override bool ExpectsResult => true;

    public override bool HasValue => Items is not null;

    public override Envelope Read(ReadOnlySpan<byte> body)
    {
        var envelope = EnvelopeReader.ReadList(body, converter, out var items);
        Items = envelope.HasResult ? items : null;
        return envelope;
    }
}

/// <summary>A body that is the value itself, with no envelope; an <paramref name="optional"/> one may be <c>null</c>.</summary>
internal sealed class BareBodyShape<T>(JsonConverter<T> converter, bool optional = false) : ValueShape<T>
{
    private bool _read;

    public override bool ExpectsResult => !optional;

    public override bool HasEnvelope => false;

    public override bool HasValue => _read && Value is not null;

    public override Envelope Read(ReadOnlySpan<byte> body)
    {
        var envelope = EnvelopeReader.ReadBare(body, converter, out var value);
        _read = true;
        Value = value;
        return envelope;
    }
}

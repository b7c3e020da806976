using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using SharesGen.Runtime;
using SharesGen.Runtime.Serialization;

namespace SharesGen.Benchmarks.Serialization;

/// <summary>
/// What <c>ApiPipeline.Send</c>/<c>SendForList</c> do with a response body once it is read:
/// the runtime's own <c>EnvelopeReader</c> (internal, visible to the benchmarks) walks the envelope once and hands
/// <c>result</c> to the generated converter. The smoke pass checks its results against the POCO rows.
/// </summary>
internal static class RuntimeEnvelope
{
    public static T ReadResult<T>(ReadOnlySpan<byte> body, JsonConverter<T> converter)
    {
        var envelope = EnvelopeReader.ReadResult(body, converter, out var value);
        if (!envelope.HasResult || value is null || envelope.Success == false)
        {
            throw new JsonException("the response has no result");
        }

        return value;
    }

    public static IReadOnlyList<T> ReadList<T>(ReadOnlySpan<byte> body, JsonConverter<T> converter)
    {
        var envelope = EnvelopeReader.ReadList(body, converter, out var items);
        if (envelope.Success == false || envelope.ResultInfo is null)
        {
            throw new JsonException("the envelope says success: false");
        }

        return (IReadOnlyList<T>?)items ?? Array.Empty<T>();
    }
}

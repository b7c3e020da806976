using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SharesGen.Benchmarks.Generated;
using SharesGen.Benchmarks.Smoke;
using SharesGen.Runtime.Serialization;

namespace SharesGen.Benchmarks.Serialization;

/// <summary>
/// The generated converters against System.Text.Json over hand-written POCOs (Pocos.cs), reflection
/// and source generation, and a floor: a bare <see cref="Utf8JsonReader"/> pass over the same bytes (for the
/// write case also a hand-written <see cref="Utf8JsonWriter"/> of the same document). The baseline of each
/// category is the source-generation row, so Ratio and Alloc Ratio read as "against STJ source generation".
/// Budget: SharesGen ≤ source generation in time and allocations, and ≤ 2 × the reader floor in time.
/// <para>
/// Envelope rows measure the whole response body as each approach reads it: SharesGen as the runtime does
/// (<see cref="RuntimeEnvelope"/>, the envelope walked once and <c>result</c> handed to the generated converter),
/// the POCO rows as one envelope type. DTO rows measure the <c>result</c> bytes alone, SharesGen through the
/// public API a consumer would use (<c>JsonSerializer.Deserialize(bytes, SharesClientJson.Options)</c>, or the
/// runtime's list converter for the array).
/// </para>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks : ISmokeCheck
{
    private const string SingleEnvelope = "1 single share, envelope";
    private const string SingleDto = "2 single share, result only";
    private const string ListEnvelope = "3 50-share list, envelope";
    private const string ListDto = "4 50-share list, result only";
    private const string Write = "5 create-share request, write";

    private static readonly JsonEncodedText s_name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText s_recipients = JsonEncodedText.Encode("recipients");
    private static readonly JsonEncodedText s_resources = JsonEncodedText.Encode("resources");
    private static readonly JsonEncodedText s_organizationId = JsonEncodedText.Encode("organization_id");
    private static readonly JsonEncodedText s_recipientAccountId = JsonEncodedText.Encode("recipient_account_id");
    private static readonly JsonEncodedText s_meta = JsonEncodedText.Encode("meta");
    private static readonly JsonEncodedText s_resourceAccountId = JsonEncodedText.Encode("resource_account_id");
    private static readonly JsonEncodedText s_resourceId = JsonEncodedText.Encode("resource_id");
    private static readonly JsonEncodedText s_resourceType = JsonEncodedText.Encode("resource_type");

    private readonly JsonListConverter<Share> _shareList = new(ShareJsonConverter.Instance);
    private readonly ArrayBufferWriter<byte> _floorBuffer = new(4096);
    private byte[] _single = null!;
    private byte[] _list = null!;
    private ValuePlan _singlePlan = null!;
    private ValuePlan _listPlan = null!;
    private ValuePlan _singleResultPlan = null!;
    private ValuePlan _listResultPlan = null!;
    private ReadOnlyMemory<byte> _singleResult;
    private ReadOnlyMemory<byte> _listResult;
    private CreateShareRequest _request = null!;
    private CreateShareRequestPoco _requestPoco = null!;
    private byte[] _requestBytes = null!;
    private Utf8JsonWriter _floorWriter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _single = Payloads.SingleShareEnvelope;
        _list = Payloads.ShareListEnvelope;
        _singleResult = Payloads.SingleShareResult;
        _listResult = Payloads.ShareListResult;
        _singlePlan = ValuePlan.Of(_single);
        _listPlan = ValuePlan.Of(_list);
        _singleResultPlan = ValuePlan.Of(_singleResult.Span);
        _listResultPlan = ValuePlan.Of(_listResult.Span);
        _request = Payloads.CreateRequest();
        _requestPoco = Payloads.CreateRequestPoco();
        _requestBytes = JsonSerializer.SerializeToUtf8Bytes(_request, SharesClientJson.Options);
        _floorWriter = new Utf8JsonWriter(_floorBuffer);
    }

    [GlobalCleanup]
    public void Cleanup() => _floorWriter.Dispose();

    // ---- 1 single share, envelope ----------------------------------------------------------------------------

    [Benchmark, BenchmarkCategory(SingleEnvelope)]
    public int Single_ReaderFloor() => ReaderPass(_single);

    /// <summary>
    /// The floor of a lossless read: the bare pass, plus one <see cref="JsonElement"/> per free-form <c>meta</c> value,
    /// which every DTO reader must build (SharesGen, STJ alike) to keep those values as sent.
    /// </summary>
    [Benchmark, BenchmarkCategory(SingleEnvelope)]
    public int Single_MetaFloor() => ReaderPassKeepingMeta(_single);

    /// <summary>
    /// The floor of materializing what a share DTO holds: <see cref="Single_MetaFloor"/>, plus a string for every
    /// string value that is not an enum (ids, names), a parsed <see cref="DateTimeOffset"/> for every date-time and
    /// an integer for every number. Which token is which is worked out once, ahead of the run (<see cref="ValuePlan"/>),
    /// so the row pays no member-name matching and allocates no object: no DTO reader can do less and keep the values.
    /// </summary>
    [Benchmark, BenchmarkCategory(SingleEnvelope)]
    public int Single_ValuesFloor() => ReaderPassKeepingValues(_single, _singlePlan);

    [Benchmark, BenchmarkCategory(SingleEnvelope)]
    public SharePoco Single_StjReflection() => JsonSerializer.Deserialize<ShareEnvelope>(_single, PocoReflection.Options)!.Result!;

    [Benchmark(Baseline = true), BenchmarkCategory(SingleEnvelope)]
    public SharePoco Single_StjSourceGen() => JsonSerializer.Deserialize(_single, PocoJsonContext.Default.ShareEnvelope)!.Result!;

    [Benchmark, BenchmarkCategory(SingleEnvelope)]
    public Share Single_SharesGen() => RuntimeEnvelope.ReadResult(_single, ShareJsonConverter.Instance);

    // ---- 2 single share, result only -------------------------------------------------------------------------

    [Benchmark, BenchmarkCategory(SingleDto)]
    public int SingleDto_ReaderFloor() => ReaderPass(_singleResult.Span);

    /// <inheritdoc cref="Single_ValuesFloor"/>
    [Benchmark, BenchmarkCategory(SingleDto)]
    public int SingleDto_ValuesFloor() => ReaderPassKeepingValues(_singleResult.Span, _singleResultPlan);

    [Benchmark, BenchmarkCategory(SingleDto)]
    public SharePoco SingleDto_StjReflection() => JsonSerializer.Deserialize<SharePoco>(_singleResult.Span, PocoReflection.Options)!;

    [Benchmark(Baseline = true), BenchmarkCategory(SingleDto)]
    public SharePoco SingleDto_StjSourceGen() => JsonSerializer.Deserialize(_singleResult.Span, PocoJsonContext.Default.SharePoco)!;

    [Benchmark, BenchmarkCategory(SingleDto)]
    public Share SingleDto_SharesGen() => JsonSerializer.Deserialize<Share>(_singleResult.Span, SharesClientJson.Options)!;

    // ---- 3 50-share list, envelope ---------------------------------------------------------------------------

    [Benchmark, BenchmarkCategory(ListEnvelope)]
    public int List_ReaderFloor() => ReaderPass(_list);

    /// <inheritdoc cref="Single_MetaFloor"/>
    [Benchmark, BenchmarkCategory(ListEnvelope)]
    public int List_MetaFloor() => ReaderPassKeepingMeta(_list);

    /// <inheritdoc cref="Single_ValuesFloor"/>
    [Benchmark, BenchmarkCategory(ListEnvelope)]
    public int List_ValuesFloor() => ReaderPassKeepingValues(_list, _listPlan);

    [Benchmark, BenchmarkCategory(ListEnvelope)]
    public List<SharePoco> List_StjReflection() => JsonSerializer.Deserialize<ShareListEnvelope>(_list, PocoReflection.Options)!.Result!;

    [Benchmark(Baseline = true), BenchmarkCategory(ListEnvelope)]
    public List<SharePoco> List_StjSourceGen() => JsonSerializer.Deserialize(_list, PocoJsonContext.Default.ShareListEnvelope)!.Result!;

    [Benchmark, BenchmarkCategory(ListEnvelope)]
    public IReadOnlyList<Share> List_SharesGen() => RuntimeEnvelope.ReadList(_list, ShareJsonConverter.Instance);

    // ---- 4 50-share list, result only ------------------------------------------------------------------------

    [Benchmark, BenchmarkCategory(ListDto)]
    public int ListDto_ReaderFloor() => ReaderPass(_listResult.Span);

    /// <inheritdoc cref="Single_ValuesFloor"/>
    [Benchmark, BenchmarkCategory(ListDto)]
    public int ListDto_ValuesFloor() => ReaderPassKeepingValues(_listResult.Span, _listResultPlan);

    [Benchmark, BenchmarkCategory(ListDto)]
    public List<SharePoco> ListDto_StjReflection() => JsonSerializer.Deserialize<List<SharePoco>>(_listResult.Span, PocoReflection.Options)!;

    [Benchmark(Baseline = true), BenchmarkCategory(ListDto)]
    public List<SharePoco> ListDto_StjSourceGen() => JsonSerializer.Deserialize(_listResult.Span, PocoJsonContext.Default.ListSharePoco)!;

    [Benchmark, BenchmarkCategory(ListDto)]
    public IList<Share> ListDto_SharesGen()
    {
        var reader = new Utf8JsonReader(_listResult.Span);
        reader.Read();
        return _shareList.Read(ref reader, typeof(IList<Share>), SharesClientJson.Options)!;
    }

    // ---- 5 create-share request, write -----------------------------------------------------------------------

    /// <summary>The write floor: the same document written by hand to a reused buffer (no allocation).</summary>
    [Benchmark, BenchmarkCategory(Write)]
    public int Create_WriterFloor()
    {
        _floorBuffer.ResetWrittenCount();
        _floorWriter.Reset(_floorBuffer);
        WriteByHand(_floorWriter, _request);
        _floorWriter.Flush();
        return _floorBuffer.WrittenCount;
    }

    /// <summary>The read floor of the other categories, over the bytes this category writes.</summary>
    [Benchmark, BenchmarkCategory(Write)]
    public int Create_ReaderFloor() => ReaderPass(_requestBytes);

    [Benchmark, BenchmarkCategory(Write)]
    public byte[] Create_StjReflection() => JsonSerializer.SerializeToUtf8Bytes(_requestPoco, PocoReflection.Options);

    [Benchmark(Baseline = true), BenchmarkCategory(Write)]
    public byte[] Create_StjSourceGen() => JsonSerializer.SerializeToUtf8Bytes(_requestPoco, PocoJsonContext.Default.CreateShareRequestPoco);

    [Benchmark, BenchmarkCategory(Write)]
    public byte[] Create_SharesGen() => JsonSerializer.SerializeToUtf8Bytes(_request, SharesClientJson.Options);

    /// <summary>What <c>ApiRequest.SetJsonBody</c> does for a generated call: an ArrayBufferWriter of 256 bytes, grown as needed.</summary>
    [Benchmark, BenchmarkCategory(Write)]
    public ReadOnlyMemory<byte> Create_SharesGenRequestBody()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            CreateShareRequestJsonConverter.Instance.Write(writer, _request, SharesClientJson.Options);
        }

        return buffer.WrittenMemory;
    }

    public void Check()
    {
        // Every row must read the same values: compare the generated DTOs with the POCOs field by field.
        SameShare(Single_SharesGen(), Single_StjSourceGen());
        SameShare(SingleDto_SharesGen(), Single_StjReflection());
        var generated = List_SharesGen();
        var pocos = List_StjSourceGen();
        if (generated.Count != 50 || pocos.Count != 50 || ListDto_SharesGen().Count != 50 || ListDto_StjReflection().Count != 50)
        {
            throw new InvalidOperationException("A list row did not read 50 shares.");
        }

        for (var i = 0; i < generated.Count; i++)
        {
            SameShare(generated[i], pocos[i]);
        }

        // And write the same document.
        var expected = JsonDocument.Parse(Create_StjSourceGen()).RootElement;
        foreach (var (name, bytes) in new[]
        {
            ("reflection", Create_StjReflection()),
            ("SharesGen", Create_SharesGen()),
            ("SharesGen request body", Create_SharesGenRequestBody().ToArray()),
            ("writer floor", _floorBuffer.WrittenSpan[..Create_WriterFloor()].ToArray()),
        })
        {
            if (!JsonElement.DeepEquals(expected, JsonDocument.Parse(bytes).RootElement))
            {
                throw new InvalidOperationException($"The {name} row wrote another document:\n{System.Text.Encoding.UTF8.GetString(bytes)}\nexpected\n{expected}");
            }
        }

        // The values floor must do each kind of work it claims, on both payloads.
        foreach (var (name, plan) in new[] { ("single", _singlePlan), ("list", _listPlan), ("single result", _singleResultPlan), ("list result", _listResultPlan) })
        {
            var missing = Enum.GetValues<ValueAction>().Where(action => !plan.Actions.Contains(action)).ToArray();
            if (missing.Length > 0)
            {
                throw new InvalidOperationException($"The {name} values floor never does {string.Join(", ", missing)}.");
            }
        }

        _ = Single_ValuesFloor() + List_ValuesFloor() + SingleDto_ValuesFloor() + ListDto_ValuesFloor();
        SmokeLog.Write($"serialization: single envelope {_single.Length:N0} B, list envelope {_list.Length:N0} B, create request {_requestBytes.Length:N0} B; every row reads and writes the same values");
    }

    private static int ReaderPass(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    private static int ReaderPassKeepingMeta(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("meta"u8) && reader.Read())
            {
                tokens += JsonElement.ParseValue(ref reader).ValueKind == JsonValueKind.Object ? 1 : 0;
            }
        }

        return tokens;
    }

    private static int ReaderPassKeepingValues(ReadOnlySpan<byte> json, ValuePlan plan)
    {
        var reader = new Utf8JsonReader(json);
        var kept = 0;
        var token = 0;
        while (reader.Read())
        {
            switch (plan.Actions[token++])
            {
                case ValueAction.String:
                    kept += reader.GetString()!.Length;
                    break;
                case ValueAction.DateTime:
                    kept += reader.GetDateTimeOffset().Offset.Minutes;
                    break;
                case ValueAction.Integer:
                    kept += reader.TryGetInt64(out var number) ? (int)number : 0;
                    break;
                case ValueAction.FreeForm:
                    kept += JsonElement.ParseValue(ref reader).ValueKind == JsonValueKind.Object ? 1 : 0;
                    break;
            }
        }

        return kept;
    }

    private static void WriteByHand(Utf8JsonWriter writer, CreateShareRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString(s_name, request.Name);
        writer.WriteStartArray(s_recipients);
        foreach (var recipient in request.Recipients)
        {
            writer.WriteStartObject();
            if (recipient.OrganizationId is { } organizationId)
            {
                writer.WriteString(s_organizationId, organizationId);
            }

            if (recipient.RecipientAccountId is { } recipientAccountId)
            {
                writer.WriteString(s_recipientAccountId, recipientAccountId);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(s_resources);
        foreach (var resource in request.Resources)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(s_meta);
            resource.Meta.WriteTo(writer);
            writer.WriteString(s_resourceAccountId, resource.ResourceAccountId);
            writer.WriteString(s_resourceId, resource.ResourceId);
            writer.WriteString(s_resourceType, resource.ResourceType.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void SameShare(Share share, SharePoco poco)
    {
        var same = share.Id == poco.Id && share.Name == poco.Name && share.AccountId == poco.AccountId
            && share.Created == poco.Created && share.Modified == poco.Modified
            && share.Status.Value == poco.Status && share.TargetType.Value == poco.TargetType && share.Kind?.Value == poco.Kind
            && share.AssociatedRecipientCount == poco.AssociatedRecipientCount
            && share.Resources!.Count == poco.Resources!.Count
            && share.Resources.Zip(poco.Resources).All(pair => pair.First.ResourceId == pair.Second.ResourceId
                && pair.First.ResourceType.Value == pair.Second.ResourceType
                && pair.First.ResourceVersion == pair.Second.ResourceVersion
                && JsonElement.DeepEquals(pair.First.Meta, pair.Second.Meta));
        if (!same || share.AdditionalProperties is not null || poco.AdditionalProperties is not null)
        {
            throw new InvalidOperationException($"SharesGen and STJ read share {poco.Id} differently.");
        }
    }

    private enum ValueAction : byte
    {
        None,
        String,
        DateTime,
        Integer,
        FreeForm,
    }

    /// <summary>What <see cref="ReaderPassKeepingValues"/> does at each token of one payload, found by member name once.</summary>
    private sealed class ValuePlan
    {
        // Enum members: a reader can hand out a cached instance for a known value, so the floor allocates nothing for them.
        private static readonly string[] s_enumMembers = ["status", "target_type", "kind", "resource_type"];
        private static readonly string[] s_dateTimeMembers = ["created", "modified"];

        private ValuePlan(ValueAction[] actions) => Actions = actions;

        public ValueAction[] Actions { get; }

        public static ValuePlan Of(ReadOnlySpan<byte> json)
        {
            var actions = new List<ValueAction>();
            var reader = new Utf8JsonReader(json);
            string? member = null;
            while (reader.Read())
            {
                var action = reader.TokenType switch
                {
                    _ when member == "meta" && reader.TokenType == JsonTokenType.StartObject => ValueAction.FreeForm,
                    JsonTokenType.String when s_dateTimeMembers.Contains(member) => ValueAction.DateTime,
                    JsonTokenType.String when !s_enumMembers.Contains(member) => ValueAction.String,
                    JsonTokenType.Number => ValueAction.Integer,
                    _ => ValueAction.None,
                };
                actions.Add(action);
                member = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
                if (action == ValueAction.FreeForm)
                {
                    reader.Skip();
                }
            }

            return new ValuePlan([.. actions]);
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Json.Schema;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests.Oracle;

/// <summary>One error the oracle reported: where in the payload, which keyword, and its message.</summary>
internal sealed record OracleError(string InstanceLocation, string Keyword, string Message)
{
    public override string ToString() => $"'{InstanceLocation}' {Keyword}: {Message}";
}

/// <summary>The oracle's verdict on one payload.</summary>
internal sealed record OracleVerdict(bool IsValid, IReadOnlyList<OracleError> Errors);

/// <summary>
/// JsonSchema.Net 8 over the exported schemas: each distinct schema document is built once (its own registry, so
/// documents never clash), then evaluated with format validation required and the List output format.
/// </summary>
internal sealed class JsonSchemaOracle(ApiContract contract)
{
    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    private readonly ConcurrentDictionary<string, JsonSchema> _built = new(StringComparer.Ordinal);
    private int _documents;

    /// <summary>The exported document for <paramref name="schema"/>, as text (for messages and for the cache key).</summary>
    public string DocumentText(SchemaNode schema, EnumHandling enums)
        => JsonSchemaExport.Document(contract, schema, enums).ToJsonString();

    public OracleVerdict Evaluate(SchemaNode schema, JsonElement payload, EnumHandling enums)
    {
        var text = DocumentText(schema, enums);
        var built = _built.GetOrAdd(text, Build);
        var results = built.Evaluate(payload, Options);
        var errors = new List<OracleError>();
        Collect(results, errors);
        foreach (var detail in results.Details ?? [])
        {
            Collect(detail, errors);
        }

        return new OracleVerdict(results.IsValid, errors);
    }

    private JsonSchema Build(string text)
    {
        var number = Interlocked.Increment(ref _documents);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(text, options, new Uri($"https://sharesgen.invalid/oracle/{number}.json"));
    }

    private static void Collect(EvaluationResults results, List<OracleError> errors)
    {
        if (results.Errors is null)
        {
            return;
        }

        var location = results.InstanceLocation.ToString();
        errors.AddRange(results.Errors.Select(e => new OracleError(location, e.Key, e.Value)));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests.Corpus;

/// <summary>A schema the corpus generates payloads for, named for messages.</summary>
/// <param name="IsParameter">A parameter's schema: the only ones with <c>maximum</c> and <c>maxItems</c>, so they get more broken payloads.</param>
internal sealed record SchemaTarget(string Name, SchemaNode Schema, bool IsParameter = false)
{
    /// <summary>
    /// Every component schema, and every schema an operation uses inline: request bodies (the bare-array PUTs),
    /// parameters (the only place with <c>maxItems</c>, <c>minimum</c> and <c>maximum</c> for integers), and the
    /// examples' schemas. Distinct by what they are, components first.
    /// </summary>
    public static IReadOnlyList<SchemaTarget> All(ApiContract contract)
    {
        var targets = new List<SchemaTarget>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string name, SchemaNode? schema, bool isParameter = false)
        {
            if (schema is not null && seen.Add(Oracle.JsonSchemaExport.Convert(schema, Oracle.EnumHandling.Keep).ToJsonString()))
            {
                targets.Add(new SchemaTarget(name, schema, isParameter));
            }
        }

        foreach (var name in contract.Schemas.Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            Add(name, new SchemaNode { Ref = name });
        }

        foreach (var operation in contract.Operations)
        {
            Add(operation.OperationId + " request body", operation.RequestBody);
            Add(operation.OperationId + " success", operation.SuccessSchema);
            Add(operation.OperationId + " failure", operation.FailureSchema);
            foreach (var parameter in operation.Parameters)
            {
                Add($"{operation.OperationId} {parameter.In} parameter {parameter.Name}", parameter.Schema, isParameter: true);
            }
        }

        foreach (var example in contract.Examples)
        {
            Add(example.Name + " schema", example.Schema);
        }

        return targets;
    }
}

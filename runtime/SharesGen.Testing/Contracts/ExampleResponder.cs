using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SharesGen.Testing.Http;
using SharesGen.Testing.Synthesis;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// <see cref="LoopbackMode.Examples"/>: answers a request that passed the contract with the operation's success status
/// and the spec's response example, unchanged; where the spec has none (Cloudflare's published fragments have none),
/// with a body made up from the schemas (property examples, enum values, formats), the same for the same seed and
/// operation, and checked by the kit's validator before it is served. A success without a body (204) has none.
/// </summary>
internal sealed class ExampleResponder
{
    private readonly ApiContract _contract;
    private readonly ValueSynthesizer _synthesizer;
    private readonly EnvelopeBuilder _envelopes;
    private readonly int _seed;

    public ExampleResponder(ApiContract contract, TimeProvider time, int seed)
    {
        _contract = contract;
        var validator = new PayloadValidator(contract);
        _synthesizer = new ValueSynthesizer(contract, time, validator);
        _envelopes = new EnvelopeBuilder(contract, _synthesizer, validator);
        _seed = seed;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var operation = MatchedOperation.Get(context)
            ?? throw new ApiProblem(404, LoopbackErrorCodes.NoRoute, "No route for the URI");
        var body = Body(operation);
        context.Response.StatusCode = operation.SuccessStatus;
        if (operation.SuccessMediaType is not null)
        {
            await Synthesis.NonJsonBody.WriteAsync(context, operation).ConfigureAwait(false);
        }
        else if (body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>The body examples mode answers <paramref name="operation"/> with; null for none.</summary>
    public byte[]? Body(OperationContract operation)
    {
        if (operation.ResponseExample is { } example)
        {
            return Encoding.UTF8.GetBytes(example);
        }

        if (operation.SuccessSchema is null)
        {
            return null;
        }

        var random = new Random(_seed ^ StableHash(operation.OperationId));
        var result = _synthesizer.Make(_envelopes.ResultSchema(operation), random, "result");
        return _envelopes.Build(operation, result, page: null, random);
    }

    /// <summary>FNV-1a: string.GetHashCode differs between processes, and the answers must not.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return unchecked((int)hash);
    }
}

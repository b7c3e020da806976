using System.Collections.Generic;
using Microsoft.AspNetCore.Http;

namespace SharesGen.Testing.Contracts;

/// <summary>The operation of the contract a request matched, and its path values, kept on the request for the later middleware and the record.</summary>
internal static class MatchedOperation
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, OperationContract operation, IReadOnlyDictionary<string, string> pathValues)
        => context.Items[Key] = new Match(operation, pathValues);

    public static OperationContract? Get(HttpContext context) => Find(context)?.Operation;

    public static Match? Find(HttpContext context)
        => context.Items.TryGetValue(Key, out var value) ? value as Match : null;

    internal sealed record Match(OperationContract Operation, IReadOnlyDictionary<string, string> PathValues);
}

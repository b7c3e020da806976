using Microsoft.AspNetCore.Http;
using SharesGen.Runtime.Contracts;

namespace SharesGen.Testing.Contracts;

/// <summary>The operation of the contract a request matched, kept on the request for the later middleware and the record.</summary>
internal static class MatchedOperation
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, OperationContract operation) => context.Items[Key] = operation;

    public static OperationContract? Get(HttpContext context)
        => context.Items.TryGetValue(Key, out var value) ? value as OperationContract : null;
}

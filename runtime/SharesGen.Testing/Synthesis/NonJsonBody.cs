using System;
using System.Text;
using SharesGen.Testing.Contracts;

namespace SharesGen.Testing.Synthesis;

/// <summary>
/// The answer to an operation whose success body is not JSON (a zone file as <c>text/plain</c>, an image): the media
/// type the spec declares, and a body of that kind. There is no resource to show in it, so text is a short line
/// naming the operation and anything else is empty; both conform to the string schemas such bodies declare.
/// </summary>
internal static class NonJsonBody
{
    /// <summary>The Content-Type to answer with: the declared one, or <c>application/octet-stream</c> for a range such as <c>*/*</c>.</summary>
    public static string ContentTypeOf(string mediaType)
        => mediaType.Contains('*', StringComparison.Ordinal) ? "application/octet-stream" : mediaType;

    public static byte[] For(OperationContract operation, string mediaType)
        => mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetBytes("Answered by the SharesGen loopback server for " + operation.OperationId + ".\n")
            : [];
}

using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SharesGen.Testing.Contracts;

namespace SharesGen.Testing.Synthesis;

/// <summary>
/// The answer to an operation whose success body is not JSON (a zone file as <c>text/plain</c>, an image): the media
/// type the spec declares, and a body of that kind. There is no resource to show in it, so text is a short line
/// naming the operation and anything else is empty; both conform to the string schemas such bodies declare.
/// </summary>
internal static class NonJsonBody
{
    /// <summary>
    /// Writes the body of <paramref name="operation"/>'s answer, whose <see cref="OperationContract.SuccessMediaType"/>
    /// is set: as the declared type, or <c>application/octet-stream</c> for a range such as <c>*/*</c>.
    /// </summary>
    public static Task WriteAsync(HttpContext context, OperationContract operation)
    {
        var mediaType = operation.SuccessMediaType ?? throw new ArgumentException("The operation answers JSON.", nameof(operation));
        context.Response.ContentType = mediaType.Contains('*', StringComparison.Ordinal) ? "application/octet-stream" : mediaType;
        var body = mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetBytes("Answered by the SharesGen loopback server for " + operation.OperationId + ".\n")
            : [];
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}

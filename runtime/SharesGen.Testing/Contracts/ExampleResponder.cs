using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SharesGen.Testing.Http;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// <see cref="LoopbackMode.Examples"/>: answers a request that passed the contract with the operation's success status
/// and the spec's response example, unchanged; a success without a body (204) answers with none.
/// </summary>
internal static class ExampleResponder
{
    public static async Task InvokeAsync(HttpContext context)
    {
        var operation = MatchedOperation.Get(context)
            ?? throw new ApiProblem(404, LoopbackErrorCodes.NoRoute, "No route for the URI");
        context.Response.StatusCode = operation.SuccessStatus;
        if (operation.ResponseExample is { } example)
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(example), context.RequestAborted).ConfigureAwait(false);
        }
        else if (operation.SuccessSchema is not null)
        {
            // A bug in the spec, not in the request: say so loudly rather than invent a body.
            throw new System.InvalidOperationException($"The spec has no response example for {operation.OperationId}, so the example mode cannot answer it.");
        }
    }
}

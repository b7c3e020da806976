using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SharesGen.Testing.Http;

/// <summary>
/// Turns an <see cref="ApiProblem"/> thrown by a route into its failure envelope, and any other exception into a
/// 500 that says the kit failed (a bug here should fail a test loudly, not look like an API answer).
/// </summary>
internal static class ErrorEnvelopes
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (ApiProblem problem)
        {
            await EnvelopeWriter.WriteErrorsAsync(context, problem.StatusCode, problem.Errors).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (e.g. a timeout test); there is no one to answer.
        }
        catch (Exception exception)
        {
            var error = new ApiErrorEntry(LoopbackErrorCodes.InternalError, $"The loopback server failed: {exception.GetType().Name}: {exception.Message}");
            await EnvelopeWriter.WriteErrorsAsync(context, 500, [error]).ConfigureAwait(false);
        }
    }
}

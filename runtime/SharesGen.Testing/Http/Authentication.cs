using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SharesGen.Testing.Recording;

namespace SharesGen.Testing.Http;

/// <summary>
/// Every operation needs credentials: <c>Authorization: Bearer &lt;token&gt;</c>, or <c>X-Auth-Email</c> with
/// <c>X-Auth-Key</c>. Any non-empty value is accepted; which one was sent is in the exchange record.
/// </summary>
internal static class Authentication
{
    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (PresentedCredentials.Inspect(context.Request.Headers).Kind == AuthenticationKind.None)
        {
            throw new ApiProblem(401, LoopbackErrorCodes.AuthenticationError, "Authentication error");
        }

        return next(context);
    }
}

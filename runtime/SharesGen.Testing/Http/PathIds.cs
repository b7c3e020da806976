using System;
using Microsoft.AspNetCore.Http;

namespace SharesGen.Testing.Http;

/// <summary>Reads identifiers from the path; one longer than the spec's 32 characters cannot route (400).</summary>
internal static class PathIds
{
    public const int MaxLength = 32;

    public static string Get(HttpContext context, string name)
    {
        var raw = context.Request.RouteValues[name] as string ?? string.Empty;
        var value = Uri.UnescapeDataString(raw);
        if (value.Length > MaxLength)
        {
            throw new ApiProblem(400, LoopbackErrorCodes.NoRoute, $"Could not route to {context.Request.Path}, perhaps your object identifier is invalid? ({name} is longer than {MaxLength} characters)");
        }

        return value;
    }
}

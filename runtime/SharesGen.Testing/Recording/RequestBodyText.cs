using Microsoft.AspNetCore.Http;

namespace SharesGen.Testing.Recording;

/// <summary>The request body as text, read once by the recorder and shared with the routes.</summary>
internal static class RequestBodyText
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, string text) => context.Items[Key] = text;

    public static string Get(HttpContext context)
        => context.Items.TryGetValue(Key, out var value) && value is string text ? text : string.Empty;
}

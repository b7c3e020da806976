using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace SharesGen.EndToEnd.Tests.Support;

/// <summary>
/// A request as a plain <see cref="HttpClient"/> sends it to a loopback server, bypassing the generated client: the
/// kit tests use it to send what the client never would.
/// </summary>
internal static class RawRequest
{
    /// <summary>Sends <paramref name="method"/> to <paramref name="relative"/>, with the global-API-key headers when <paramref name="email"/> is given and <paramref name="json"/> as the body.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, Uri baseAddress, HttpMethod method, string relative, string? json, string? email, string? key)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, relative));
        if (email is not null)
        {
            request.Headers.Add("X-Auth-Email", email);
            request.Headers.Add("X-Auth-Key", key);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }
}

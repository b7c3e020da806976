using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using SharesGen.Runtime.Http;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// Follows 301, 302, 303, 307 and 308 itself (the runtime's handlers never do), to the base address's own
/// origin only: same scheme, host and port, so never https to http and never a host that would see the
/// credentials. A 303 turns the request into a GET without body; the others resend it as it was. At most
/// <see cref="ApiClientOptions.MaxRedirects"/> hops. Any other redirect fails the call with an
/// <see cref="ApiException"/> naming the status and the refused origin, and nothing is sent there.
/// </summary>
internal sealed class RedirectPolicy(int maxRedirects) : ApiPipelinePolicy
{
    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        await ProcessNextAsync(message, next).ConfigureAwait(false);
        for (var hops = 0; message.Response is { } response && IsRedirect(response.StatusCode); hops++)
        {
            var target = Target(message, response);
            if (hops >= maxRedirects)
            {
                throw Refused(message, response, maxRedirects == 0
                    ? "redirects are not followed (ApiClientOptions.MaxRedirects is 0)"
                    : "more than " + maxRedirects.ToString(CultureInfo.InvariantCulture) + " redirects (ApiClientOptions.MaxRedirects)");
            }

            if (response.StatusCode == HttpStatusCode.SeeOther && message.Method != HttpMethod.Head)
            {
                message.Method = HttpMethod.Get;
                message.Content = null;
            }

            message.RequestUri = target;
            message.Response = null;
            await ProcessNextAsync(message, next).ConfigureAwait(false);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    /// <summary>The address to follow, or an exception when it is not the base address's origin.</summary>
    private static Uri Target(ApiMessage message, ApiRawResponse response)
    {
        var location = response.Headers.Location ?? throw Refused(message, response, "the redirect has no Location");
        var target = location.IsAbsoluteUri ? location : new Uri(message.RequestUri, location);
        if (!Origin.Same(target, message.BaseAddress))
        {
            var downgrade = string.Equals(message.BaseAddress.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(target.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);
            throw Refused(message, response, "the server redirected to " + Origin.Describe(target)
                + (downgrade ? ", from HTTPS to an insecure scheme" : ", another origin than the base address")
                + "; nothing was sent there");
        }

        if (!string.IsNullOrEmpty(target.UserInfo))
        {
            throw Refused(message, response, "the redirect's Location carries user info");
        }

        // A fragment is never sent; drop it so the address compares and logs as what goes on the wire.
        return string.IsNullOrEmpty(target.Fragment) ? target : new UriBuilder(target) { Fragment = string.Empty }.Uri;
    }

    private static ApiException Refused(ApiMessage message, ApiRawResponse response, string reason)
        => new(message.OperationId, response.StatusCode, Array.Empty<ResponseInfo>(), CloudflareHeaders.RayIdOf(response.Headers), null, reason, null, null);
}

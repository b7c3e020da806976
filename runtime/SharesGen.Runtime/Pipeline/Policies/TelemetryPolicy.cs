using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using SharesGen.Runtime.Diagnostics;
using Attributes = SharesGen.Runtime.Diagnostics.TelemetryAttributes;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// One OpenTelemetry HTTP client span (<c>{method} {url.template}</c>, e.g. <c>GET /client/v4/accounts/{account_id}/shares</c>, kind Client) and one
/// <c>http.client.request.duration</c> measurement per send: every retry and every followed redirect is a send of
/// its own, with <c>http.request.resend_count</c>. Recorded: method, server address and port, scheme, the path template,
/// <c>url.full</c> with the path as sent (path parameters are resource ids) and every query value replaced by
/// <c>REDACTED</c>, status code, <c>error.type</c>, protocol version, the operation id and <c>cf-ray</c>. Never a
/// header value, a query value or a body. Nothing is built when no listener is there.
/// </summary>
internal sealed class TelemetryPolicy : ApiPipelinePolicy
{
    public static readonly TelemetryPolicy Shared = new();

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        var resends = message.Sends++;
        var traced = SharesGenTelemetry.Source.HasListeners();
        var measured = SharesGenTelemetry.RequestDuration.Enabled;
        if (!traced && !measured)
        {
            await ProcessNextAsync(message, next).ConfigureAwait(false);
            return;
        }

        // An absolute path template, as url.template wants it: the base address's path, then the operation's.
        var template = message.BaseAddress.AbsolutePath.TrimEnd('/') + message.Request.PathTemplate;
        var activity = traced ? SharesGenTelemetry.Source.StartActivity(message.Method.Method + " " + template, ActivityKind.Client) : null;
        var uri = message.RequestUri;
        var tags = new TagList
        {
            { Attributes.RequestMethod, message.Method.Method },
            { Attributes.ServerAddress, uri.IdnHost },
            { Attributes.ServerPort, uri.Port },
            { Attributes.UrlScheme, uri.Scheme },
            { Attributes.UrlTemplate, template },
            { Attributes.OperationId, message.OperationId },
        };
        if (activity is { IsAllDataRequested: true })
        {
            foreach (var tag in tags)
            {
                activity.SetTag(tag.Key, tag.Value);
            }

            activity.SetTag(Attributes.UrlFull, RedactedUrl(uri));
            if (resends > 0)
            {
                activity.SetTag(Attributes.ResendCount, resends);
            }
        }

        var started = Stopwatch.GetTimestamp();
        string? errorType = null;
        try
        {
            await ProcessNextAsync(message, next).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            errorType = exception.GetType().FullName;
            throw;
        }
        finally
        {
            if (message.Response is { } response)
            {
                var status = (int)response.StatusCode;
                tags.Add(Attributes.ResponseStatusCode, status);
                tags.Add(Attributes.ProtocolVersion, ProtocolVersion(response.Message.Version));
                errorType ??= status >= 400 ? status.ToString(CultureInfo.InvariantCulture) : null;
                activity?.SetTag(Attributes.ResponseStatusCode, status);
                activity?.SetTag(Attributes.ProtocolVersion, ProtocolVersion(response.Message.Version));
                activity?.SetTag(Attributes.RayId, RayIdOf(response));
            }

            if (errorType is not null)
            {
                tags.Add(Attributes.ErrorType, errorType);
                activity?.SetTag(Attributes.ErrorType, errorType);
                activity?.SetStatus(ActivityStatusCode.Error);
            }

            if (measured)
            {
                SharesGenTelemetry.RequestDuration.Record((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency, tags);
            }

            activity?.Dispose();
        }
    }

    /// <summary>Scheme, host, port and path as sent; each query value replaced, its key kept; never user info or a fragment.</summary>
    internal static string RedactedUrl(Uri uri)
    {
        var url = new StringBuilder(uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped));
        var query = uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped);
        if (query.Length > 0)
        {
            var separator = '?';
            foreach (var pair in query.Split('&'))
            {
                var equals = pair.IndexOf('=');
                url.Append(separator).Append(equals < 0 ? pair : pair.Substring(0, equals)).Append("=REDACTED");
                separator = '&';
            }
        }

        return url.ToString();
    }

    /// <summary>OpenTelemetry's spelling: <c>1.1</c>, <c>2</c>, <c>3</c>.</summary>
    private static string ProtocolVersion(Version version)
        => version.Minor == 0 && version.Major >= 2 ? version.Major.ToString(CultureInfo.InvariantCulture) : version.ToString(2);

    /// <summary>The <c>cf-ray</c> id when it looks like one (letters, digits, dashes; at most 64): a server's text is not recorded as is.</summary>
    private static string? RayIdOf(ApiRawResponse response)
    {
        var ray = CloudflareHeaders.RayIdOf(response.Headers);
        if (ray is null || ray.Length is 0 or > 64)
        {
            return null;
        }

        foreach (var c in ray)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
            {
                return null;
            }
        }

        return ray;
    }
}

using System;
using System.Globalization;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharesGen.Runtime.Http;

namespace SharesGen.Runtime.DependencyInjection;

/// <summary>
/// Registers a generated client as a typed client of <c>IHttpClientFactory</c>. Generated
/// <c>Add{Client}</c> extension methods call this; its options are named after the client type.
/// </summary>
/// <remarks>
/// The registered <c>HttpClient</c> is made safe for credentials: its primary handler never follows redirects
/// (the pipeline follows same-origin ones itself; a handler configured later with
/// <c>ConfigurePrimaryHttpMessageHandler</c> gets <c>AllowAutoRedirect = false</c> too when it is an
/// <c>HttpClientHandler</c> or <c>SocketsHttpHandler</c>), keeps no cookies and has no timeout of its own
/// (<see cref="ApiClientOptions.Timeout"/> bounds each call). The factory's own logging handlers, which log
/// every request header (credentials included) at Trace in their structured state, are removed; header values
/// are redacted should a logger be added back. The pipeline logs through <see cref="ApiClientOptions.Logger"/>,
/// or the <c>ILoggerFactory</c>, without secrets.
/// </remarks>
public static class SharesGenServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TClient"/> with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="create">Creates the client from the factory's <c>HttpClient</c> and the options.</param>
    /// <param name="configure">Sets base address, credentials, timeout, retries; credentials left null are read from the environment.</param>
    public static IHttpClientBuilder AddSharesGenClient<TClient>(this IServiceCollection services, Func<HttpClient, ApiClientOptions, TClient> create, Action<ApiClientOptions>? configure = null)
        where TClient : class
    {
        Guard.NotNull(services, nameof(services));
        Guard.NotNull(create, nameof(create));
        var name = typeof(TClient).FullName!;
        var optionsBuilder = services.AddOptions<ApiClientOptions>(name);
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.Configure<SharesGenClientNames>(names => names.Add(name));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, NoAutoRedirectFilter>());
        return services.AddHttpClient(name)
            .ConfigurePrimaryHttpMessageHandler(RuntimeHttpHandler.Create)
            .ConfigureHttpClient(static client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .RedactLoggedHeaders(static _ => true)
            .AddTypedClient((httpClient, provider) =>
            {
                var options = provider.GetRequiredService<IOptionsMonitor<ApiClientOptions>>().Get(name);
                options.Logger ??= provider.GetService<ILoggerFactory>()?.CreateLogger(name);
                return create(httpClient, options);
            });
    }

    /// <summary>
    /// Registers <typeparamref name="TClient"/> with options bound from configuration: <c>BaseAddress</c>,
    /// <c>ApiToken</c>, or <c>Email</c> with <c>ApiKey</c>, <c>Timeout</c> (a TimeSpan), <c>MaxRetries</c>,
    /// <c>AllowInsecureHttp</c>. Read by hand, without reflection, so it works trimmed and AOT-compiled.
    /// </summary>
    public static IHttpClientBuilder AddSharesGenClient<TClient>(this IServiceCollection services, Func<HttpClient, ApiClientOptions, TClient> create, IConfiguration configuration, Action<ApiClientOptions>? configure = null)
        where TClient : class
    {
        Guard.NotNull(configuration, nameof(configuration));
        return services.AddSharesGenClient(create, options =>
        {
            Bind(configuration, options);
            configure?.Invoke(options);
        });
    }

    /// <summary>Copies the settings present in <paramref name="configuration"/> onto <paramref name="options"/>.</summary>
    public static void Bind(IConfiguration configuration, ApiClientOptions options)
    {
        Guard.NotNull(configuration, nameof(configuration));
        Guard.NotNull(options, nameof(options));
        if (configuration["BaseAddress"] is { Length: > 0 } baseAddress)
        {
            options.BaseAddress = new Uri(baseAddress, UriKind.Absolute);
        }

        if (configuration["ApiToken"] is { Length: > 0 } token)
        {
            options.Credentials = ApiCredentials.ApiToken(token);
        }
        else if (configuration["Email"] is { Length: > 0 } email && configuration["ApiKey"] is { Length: > 0 } key)
        {
            options.Credentials = ApiCredentials.GlobalApiKey(email, key);
        }

        if (configuration["Timeout"] is { Length: > 0 } timeout)
        {
            options.Timeout = TimeSpan.Parse(timeout, CultureInfo.InvariantCulture);
        }

        if (configuration["MaxRetries"] is { Length: > 0 } retries)
        {
            options.Retry.MaxRetries = int.Parse(retries, NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        if (configuration["AllowInsecureHttp"] is { Length: > 0 } insecure)
        {
            options.AllowInsecureHttp = bool.Parse(insecure);
        }
    }

    /// <summary>The names of the clients registered here, so the handler filter touches only those.</summary>
    private sealed class SharesGenClientNames : System.Collections.Generic.HashSet<string>
    {
        public SharesGenClientNames()
            : base(StringComparer.Ordinal)
        {
        }
    }

    /// <summary>
    /// Runs after every configuration of a client's handlers, so a primary handler a consumer set later still
    /// does not follow redirects by itself.
    /// </summary>
    private sealed class NoAutoRedirectFilter(IOptions<SharesGenClientNames> names) : IHttpMessageHandlerBuilderFilter
    {
        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
            => builder =>
            {
                next(builder);
                if (builder.Name is { } name && names.Value.Contains(name))
                {
                    RuntimeHttpHandler.DisableAutoRedirect(builder.PrimaryHandler);
                }
            };
    }
}

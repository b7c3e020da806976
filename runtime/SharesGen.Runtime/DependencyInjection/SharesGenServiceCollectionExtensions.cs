using System;
using System.Globalization;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SharesGen.Runtime.DependencyInjection;

/// <summary>
/// Registers a generated client as a typed client of <c>IHttpClientFactory</c>. Generated
/// <c>Add{Client}</c> extension methods call this; its options are named after the client type.
/// </summary>
public static class SharesGenServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TClient"/> with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="create">Creates the client from the factory's <c>HttpClient</c> and the options.</param>
    /// <param name="configure">Sets base address, credentials, timeout, retries; credentials left null are read from the environment.</param>
    public static IHttpClientBuilder AddSharesGenClient<TClient>(this IServiceCollection services, Func<HttpClient, ApiClientOptions, TClient> create, Action<ApiClientOptions>? configure = null)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        var name = typeof(TClient).FullName!;
        var optionsBuilder = services.AddOptions<ApiClientOptions>(name);
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        return services.AddHttpClient(name)
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
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddSharesGenClient(create, options =>
        {
            Bind(configuration, options);
            configure?.Invoke(options);
        });
    }

    /// <summary>Copies the settings present in <paramref name="configuration"/> onto <paramref name="options"/>.</summary>
    public static void Bind(IConfiguration configuration, ApiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
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
}

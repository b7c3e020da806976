using System;
using System.Linq;
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
/// <c>Add{Client}</c> extension methods call this. The client's options and its <c>HttpClient</c> are both named
/// after the client type's full name (<c>typeof(SharesClient).FullName</c>, also <see cref="IHttpClientBuilder.Name"/>
/// of the builder returned), so <c>services.Configure&lt;ApiClientOptions&gt;(name, …)</c> and
/// <c>IOptionsMonitor&lt;ApiClientOptions&gt;.Get(name)</c> reach them.
/// </summary>
/// <remarks>
/// <para>
/// Options are validated when the application starts (<c>ValidateOnStart</c>) and whenever they are created again:
/// a value configuration holds that cannot be used fails with an <see cref="OptionsValidationException"/> naming
/// its key. Typed clients are transient, and each is built on options created afresh (bound from the configuration
/// as it is then): every client resolved after a configuration reload uses the new values, and one resolved after a
/// reload to an unusable value fails with that exception; a client already built keeps the options it was built with.
/// </para>
/// <para>
/// One retry layer: the client's own retry policy, unless the <c>HttpClient</c> carries a resilience handler
/// (<c>AddStandardResilienceHandler()</c>, <c>AddResilienceHandler(…)</c>, <c>AddStandardHedgingHandler()</c>, also
/// through <c>ConfigureHttpClientDefaults</c>): then that handler is the retry layer and the client's own policy is
/// left out (as with <see cref="ApiRetryOptions.MaxRetries"/> = 0). On net8.0 the standard handler's retry follows
/// the client's rule for POSTs: retried only when the server cannot have acted (a refused connection, 429).
/// </para>
/// <para>
/// The registered <c>HttpClient</c> is made safe for credentials: its primary handler never follows redirects
/// (the pipeline follows same-origin ones itself; a handler configured later with
/// <c>ConfigurePrimaryHttpMessageHandler</c> gets <c>AllowAutoRedirect = false</c> too when it is an
/// <c>HttpClientHandler</c> or <c>SocketsHttpHandler</c>), keeps no cookies and has no timeout of its own
/// (<see cref="ApiClientOptions.Timeout"/> bounds each call). The factory's own logging handlers, which log
/// every request header (credentials included) at Trace in their structured state, are removed; header values
/// are redacted should a logger be added back. The pipeline logs through <see cref="ApiClientOptions.Logger"/>,
/// or the <c>ILoggerFactory</c>, without secrets.
/// </para>
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

        optionsBuilder.ValidateOnStart();
        // Once per client, however often it is registered. (ImplementationInstance throws on a keyed descriptor.)
        if (!services.Any(d => !d.IsKeyedService && d.ImplementationInstance is ApiClientOptionsValidator validator && validator.Name == name))
        {
            services.AddSingleton<IValidateOptions<ApiClientOptions>>(new ApiClientOptionsValidator(name));
#if NET8_0_OR_GREATER
            StandardResilienceRules.Register(services, name);
#endif
        }

        services.Configure<SharesGenClientNames>(names => names.Add(name));
        services.TryAddSingleton<RetryingHandlers>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, SharesGenHandlerFilter>());
        return services.AddHttpClient(name)
            .ConfigurePrimaryHttpMessageHandler(RuntimeHttpHandler.Create)
            .ConfigureHttpClient(static client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .RedactLoggedHeaders(static _ => true)
            .AddTypedClient((httpClient, provider) =>
            {
                // Created afresh for every client (the factory, not the monitor's cache): a configuration reload
                // reaches the next client without a change token, so a reload to a bad value fails that client's
                // creation, naming the key, instead of the thread that reloaded.
                var options = provider.GetRequiredService<IOptionsFactory<ApiClientOptions>>().Create(name);
                options.Logger ??= provider.GetService<ILoggerFactory>()?.CreateLogger(name);
                if (provider.GetRequiredService<RetryingHandlers>().Retries(name))
                {
                    options.Retry.MaxRetries = 0;
                }

                return create(httpClient, options);
            });
    }

    /// <summary>
    /// Registers <typeparamref name="TClient"/> with options bound from <paramref name="configuration"/> (every key
    /// README's "Options from configuration" lists: <c>BaseAddress</c>, <c>ApiToken</c>, or <c>Email</c> with
    /// <c>ApiKey</c>, <c>Timeout</c>, <c>MaxResponseBytes</c>, <c>MaxRedirects</c>, <c>AllowInsecureHttp</c>,
    /// <c>UserAgent</c>, <c>Retry:MaxRetries</c>, <c>Retry:BaseDelay</c>, <c>Retry:MaxDelay</c>), then
    /// <paramref name="configure"/>. Read by hand, without reflection, so it works trimmed and AOT-compiled; a reload
    /// of the configuration reaches every client built after it.
    /// </summary>
    public static IHttpClientBuilder AddSharesGenClient<TClient>(this IServiceCollection services, Func<HttpClient, ApiClientOptions, TClient> create, IConfiguration configuration, Action<ApiClientOptions>? configure = null)
        where TClient : class
    {
        Guard.NotNull(configuration, nameof(configuration));
        return services.AddSharesGenClient(create, options =>
        {
            ApiClientOptionsBinder.Bind(configuration, options);
            configure?.Invoke(options);
        });
    }

    /// <summary>
    /// Copies the settings present in <paramref name="configuration"/> onto <paramref name="options"/> (the keys of
    /// <see cref="AddSharesGenClient{TClient}(IServiceCollection, Func{HttpClient, ApiClientOptions, TClient}, IConfiguration, Action{ApiClientOptions}?)"/>).
    /// </summary>
    /// <exception cref="OptionsValidationException">A value cannot be used; the message names every such key (never the value).</exception>
    public static void Bind(IConfiguration configuration, ApiClientOptions options)
    {
        Guard.NotNull(configuration, nameof(configuration));
        Guard.NotNull(options, nameof(options));
        var bound = ApiClientOptionsBinder.Bind(configuration, options);
        if (bound.Errors.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ApiClientOptions), bound.Errors);
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
    /// Runs after every configuration of a client's handlers, so what a consumer set later still holds: the primary
    /// handler does not follow redirects by itself, and a resilience handler the consumer added is noted, so the
    /// client built on it leaves retrying to that handler.
    /// </summary>
    private sealed class SharesGenHandlerFilter(IOptions<SharesGenClientNames> names, RetryingHandlers retrying) : IHttpMessageHandlerBuilderFilter
    {
        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
            => builder =>
            {
                next(builder);
                if (builder.Name is { } name && names.Value.Contains(name))
                {
                    RuntimeHttpHandler.DisableAutoRedirect(builder.PrimaryHandler);
                    retrying.Note(name, builder.AdditionalHandlers);
                }
            };
    }
}

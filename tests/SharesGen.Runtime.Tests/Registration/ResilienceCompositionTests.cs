using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Versioning;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using NUnit.Framework;
using Polly;
using SharesGen.Runtime.DependencyInjection;
using SharesGen.Runtime.Tests.Faults;

namespace SharesGen.Runtime.Tests.Registration;

/// <summary>
/// Retries compose with Microsoft.Extensions.Http.Resilience: one retry layer, counted as attempts on a real
/// 127.0.0.1 server. Our policy when the HttpClient has no resilience handler; the handler alone when it has one
/// (4 attempts against a 503 storm, never 4 × 4 = 16); and POSTs stay safe under the standard handler.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class ResilienceCompositionTests
{
    private const string Busy = """{"success":false,"errors":[{"code":1,"message":"busy"}],"result":null}""";

    /// <summary>Both layers allow 3 retries: 4 attempts each, 16 if they multiplied.</summary>
    private const int Retries = 3;

    [Test]
    public async Task Without_a_resilience_handler_the_client_retries_itself()
    {
        await using var server = Storm(503);
        using var registered = Register(server, _ => { });
        var client = registered.Client;

        Assert.ThrowsAsync<ApiException>(() => client.SendAsync("GET"));
        Assert.That(server.Connections, Is.EqualTo(Retries + 1));
    }

    [Test]
    public async Task AddStandardResilienceHandler_is_the_only_retry_layer_against_a_503_storm()
    {
        await using var server = Storm(503);
        using var registered = Register(server, builder => builder.AddStandardResilienceHandler(Fast));
        var client = registered.Client;

        var exception = Assert.ThrowsAsync<ApiException>(() => client.SendAsync("GET"));
        Assert.That(exception!.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.ServiceUnavailable));
        Assert.That(server.Connections, Is.EqualTo(Retries + 1), "one retry layer, not ours times theirs");
    }

    [Test]
    public async Task A_standard_handler_for_every_client_through_ConfigureHttpClientDefaults_composes_too()
    {
        await using var server = Storm(503);
        using var registered = Register(server, _ => { }, services => services.ConfigureHttpClientDefaults(builder => builder.AddStandardResilienceHandler(Fast)));
        var client = registered.Client;

        Assert.ThrowsAsync<ApiException>(() => client.SendAsync("GET"));
        Assert.That(server.Connections, Is.EqualTo(Retries + 1));
    }

    [Test]
    public async Task A_resilience_handler_of_the_consumers_own_making_is_the_only_retry_layer()
    {
        await using var server = Storm(503);
        using var registered = Register(server, builder => builder.AddResilienceHandler("custom", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = Retries, Delay = TimeSpan.Zero })));
        var client = registered.Client;

        Assert.ThrowsAsync<ApiException>(() => client.SendAsync("GET"));
        Assert.That(server.Connections, Is.EqualTo(Retries + 1));
    }

    [TestCase(503)]
    [TestCase(500)]
    [TestCase(408)]
    public async Task Under_the_standard_handler_a_POST_the_server_may_have_acted_on_is_sent_once(int status)
    {
        // The rule rides on Microsoft.Extensions.Http.Resilience, which serves no netstandard2.0 build (README).
        Assume.That(typeof(ApiPipeline).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName, Does.Not.StartWith(".NETStandard"));
        await using var server = Storm(status);
        using var registered = Register(server, builder => builder.AddStandardResilienceHandler(Fast));
        var client = registered.Client;

        Assert.ThrowsAsync<ApiException>(() => client.SendAsync("POST"));
        Assert.That(server.Connections, Is.EqualTo(1), "a resent POST could create the share twice");
    }

    [Test]
    public async Task Under_the_standard_handler_a_POST_is_sent_again_after_a_429()
    {
        await using var server = Storm(429);
        using var registered = Register(server, builder => builder.AddStandardResilienceHandler(Fast));
        var client = registered.Client;

        Assert.ThrowsAsync<ApiException>(() => client.SendAsync("POST"));
        Assert.That(server.Connections, Is.EqualTo(Retries + 1), "a 429 says the server did nothing");
    }

    [Test]
    public async Task Under_the_standard_handler_a_POST_is_sent_again_after_a_refused_connection()
    {
        // A port that was just free: connecting is refused, so nothing reached any server.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var attempts = 0;
        var services = new ServiceCollection();
        services.AddSharesGenClient((http, options) => new PipelineClient(http, options), options =>
            {
                options.BaseAddress = new Uri($"http://127.0.0.1:{port}/client/v4");
                options.Credentials = ApiCredentials.None;
            })
            .AddStandardResilienceHandler(options =>
            {
                Fast(options);
                options.Retry.OnRetry = _ =>
                {
                    Interlocked.Increment(ref attempts);
                    return default;
                };
            });
        using var provider = services.BuildServiceProvider();

        Assert.ThrowsAsync<ApiConnectionException>(() => provider.GetRequiredService<PipelineClient>().SendAsync("POST"));
        Assert.That(attempts, Is.EqualTo(Retries));
    }

    [Test]
    public async Task The_standard_handlers_timeout_is_an_ApiTimeoutException_naming_it()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(static (_, _, token) => Task.Delay(Timeout.Infinite, token));
        using var registered = Register(server, builder => builder.AddStandardResilienceHandler(options =>
        {
            Fast(options);
            options.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(100);
            options.TotalRequestTimeout.Timeout = TimeSpan.FromMilliseconds(250);
        }));
        var client = registered.Client;

        var exception = Assert.ThrowsAsync<ApiTimeoutException>(() => client.SendAsync("GET"));
        Assert.That(exception!.TimeoutName, Does.Contain("resilience handler"));
        Assert.That(exception.InnerException, Is.TypeOf<Polly.Timeout.TimeoutRejectedException>());
    }

    [Test]
    public void The_standard_handlers_options_name_is_the_one_the_POST_rule_configures()
    {
        var services = new ServiceCollection();
        var builder = services.AddSharesGenClient((http, options) => new PipelineClient(http, options));

        // StandardResilienceRules.OptionsName, which PostConfigures the POST rule under this name.
        Assert.That(builder.AddStandardResilienceHandler().PipelineName, Is.EqualTo(builder.Name + "-standard"));
    }

    private static void Fast(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = Retries;
        options.Retry.Delay = TimeSpan.Zero;
    }

    private static MisbehavingServer Storm(int status)
    {
        var server = new MisbehavingServer();
        server.Otherwise(MisbehavingServer.Response(status, Busy));
        return server;
    }

    /// <summary>A client registered the documented way, our retries at their defaults but for the delay.</summary>
    private static Registered Register(MisbehavingServer server, Action<IHttpClientBuilder> configureBuilder, Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        configureServices?.Invoke(services);
        configureBuilder(services.AddSharesGenClient((http, options) => new PipelineClient(http, options), options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.Credentials = ApiCredentials.None;
            options.Retry.BaseDelay = TimeSpan.Zero;
        }));

        var provider = services.BuildServiceProvider();
        return new Registered(provider, provider.GetRequiredService<PipelineClient>());
    }

    /// <summary>The client with the provider that owns its HttpClient's handlers.</summary>
    private sealed record Registered(ServiceProvider Provider, PipelineClient Client) : IDisposable
    {
        public void Dispose() => Provider.Dispose();
    }
}

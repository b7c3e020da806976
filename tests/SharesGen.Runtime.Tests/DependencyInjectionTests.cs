using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SharesGen.Runtime.DependencyInjection;

namespace SharesGen.Runtime.Tests;

public class DependencyInjectionTests
{
    /// <summary>Stands in for a generated client: it only records what it was built with.</summary>
    private sealed class FakeClient(HttpClient httpClient, ApiClientOptions options)
    {
        public HttpClient HttpClient { get; } = httpClient;

        public ApiClientOptions Options { get; } = options;
    }

    [Test]
    public void A_typed_client_is_built_by_IHttpClientFactory_with_options_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cloudflare:BaseAddress"] = "https://api.example.test/client/v4",
            ["Cloudflare:ApiToken"] = "config-token",
            ["Cloudflare:Timeout"] = "00:00:42",
            ["Cloudflare:MaxRetries"] = "5",
        }).Build();
        var services = new ServiceCollection();
        services.AddSharesGenClient((http, options) => new FakeClient(http, options), configuration.GetSection("Cloudflare"), options => options.UserAgent = "tests");

        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<FakeClient>();

        Assert.That(client.Options.BaseAddress, Is.EqualTo(new Uri("https://api.example.test/client/v4")));
        Assert.That(client.Options.Credentials?.ToString(), Does.StartWith("API token"));
        Assert.That(client.Options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(42)));
        Assert.That(client.Options.Retry.MaxRetries, Is.EqualTo(5));
        Assert.That(client.Options.UserAgent, Is.EqualTo("tests"));
    }

    [Test]
    public void Email_and_key_bind_when_no_token_is_configured()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Email"] = "user@example.com",
            ["ApiKey"] = "config-key",
        }).Build();
        var options = new ApiClientOptions();

        SharesGenServiceCollectionExtensions.Bind(configuration, options);

        Assert.That(options.Credentials?.ToString(), Does.StartWith("Email and global API key"));
    }
}

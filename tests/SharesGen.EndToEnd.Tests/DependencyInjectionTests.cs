using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;

namespace SharesGen.EndToEnd.Tests;

/// <summary>The generated <c>AddSharesClient</c> registers a typed client that works end to end.</summary>
public class DependencyInjectionTests : LoopbackTest
{
    [Test]
    public async Task AddSharesClient_binds_configuration_and_the_client_reaches_the_server()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cloudflare:BaseAddress"] = Server.BaseAddress.ToString(),
            ["Cloudflare:Email"] = Email,
            ["Cloudflare:ApiKey"] = Key,
            ["Cloudflare:MaxRetries"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddSharesClient(configuration.GetSection("Cloudflare"));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<SharesClient>();
        var share = await client.Shares.CreateAsync(AccountId, ShareRequest("via DI"));

        Assert.That(share.Name, Is.EqualTo("via DI"));
        Assert.That(Server.LastExchange!.PresentedGlobalApiKey(Email, Key), Is.True);
    }

    [Test]
    public void AddSharesClient_with_code_options_resolves_a_new_client_per_scope_from_the_factory()
    {
        var services = new ServiceCollection();
        services.AddSharesClient(options => options.BaseAddress = new Uri("https://api.example.test/client/v4"));
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<SharesClient>();
        var second = provider.GetRequiredService<SharesClient>();

        Assert.That(first, Is.Not.SameAs(second), "typed clients are transient; their HttpClient handlers are pooled by the factory");
    }
}

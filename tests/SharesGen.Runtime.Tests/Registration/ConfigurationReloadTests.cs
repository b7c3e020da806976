using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using SharesGen.Runtime.DependencyInjection;
using SharesGen.Runtime.Tests.Faults;

namespace SharesGen.Runtime.Tests.Registration;

/// <summary>
/// What a configuration change at run time does, as documented: every client resolved after the reload uses the new
/// values; a client already built keeps the ones it was built with. Seen on the wire, on 127.0.0.1.
/// </summary>
public class ConfigurationReloadTests
{
    [Test]
    public async Task A_reload_reaches_clients_built_after_it_and_leaves_earlier_ones_as_they_were()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(MisbehavingServer.Response(200, Envelopes.Success));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cloudflare:BaseAddress"] = server.BaseAddress.ToString(),
            ["Cloudflare:ApiToken"] = "before-reload",
        }).Build();
        var services = new ServiceCollection();
        services.AddSharesGenClient((http, options) => new PipelineClient(http, options), configuration.GetSection("Cloudflare"));
        await using var provider = services.BuildServiceProvider();
        var before = provider.GetRequiredService<PipelineClient>();

        configuration["Cloudflare:ApiToken"] = "after-reload";
        configuration.Reload();
        var after = provider.GetRequiredService<PipelineClient>();
        await before.SendAsync("GET");
        await after.SendAsync("GET");

        Assert.That(server.Received.Select(r => r.Header("Authorization")), Is.EqualTo(new[] { "Bearer before-reload", "Bearer after-reload" }));
    }

    [Test]
    public void A_reload_to_an_unusable_value_fails_the_next_client_naming_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cloudflare:Retry:MaxRetries"] = "2" }).Build();
        var services = new ServiceCollection();
        services.AddSharesGenClient((http, options) => new PipelineClient(http, options), configuration.GetSection("Cloudflare"));
        using var provider = services.BuildServiceProvider();
        var built = provider.GetRequiredService<PipelineClient>();

        configuration["Cloudflare:Retry:MaxRetries"] = "two";
        configuration.Reload();

        Assert.That(built.Options.Retry.MaxRetries, Is.EqualTo(2));
        Assert.That(() => provider.GetRequiredService<PipelineClient>(), Throws.TypeOf<OptionsValidationException>().With.Message.Contains("'Cloudflare:Retry:MaxRetries'"));
    }
}

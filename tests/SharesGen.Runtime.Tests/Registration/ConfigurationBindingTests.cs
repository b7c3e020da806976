using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using SharesGen.Runtime.DependencyInjection;

namespace SharesGen.Runtime.Tests.Registration;

/// <summary>
/// Every option binds from configuration; a value that cannot be used fails validation (at start-up, or before the
/// first client) with an <see cref="OptionsValidationException"/> naming its key, never a bare FormatException, and
/// never repeating the value.
/// </summary>
public class ConfigurationBindingTests
{
    private const string Secret = "s3cr3t-value-never-echoed";

    [Test]
    public void Every_option_binds_from_its_key()
    {
        var client = Resolve(new()
        {
            ["Cloudflare:BaseAddress"] = "https://api.example.test/client/v4",
            ["Cloudflare:ApiToken"] = "config-token",
            ["Cloudflare:Timeout"] = "00:00:42",
            ["Cloudflare:MaxResponseBytes"] = "4096",
            ["Cloudflare:MaxRedirects"] = "2",
            ["Cloudflare:AllowInsecureHttp"] = "true",
            ["Cloudflare:UserAgent"] = "contoso/1.0",
            ["Cloudflare:Retry:MaxRetries"] = "7",
            ["Cloudflare:Retry:BaseDelay"] = "00:00:00.250",
            ["Cloudflare:Retry:MaxDelay"] = "00:00:09",
        });

        var options = client.Options;
        Assert.That(options.BaseAddress, Is.EqualTo(new Uri("https://api.example.test/client/v4")));
        Assert.That(options.Credentials?.ToString(), Does.StartWith("API token"));
        Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(42)));
        Assert.That(options.MaxResponseBytes, Is.EqualTo(4096));
        Assert.That(options.MaxRedirects, Is.EqualTo(2));
        Assert.That(options.AllowInsecureHttp, Is.True);
        Assert.That(options.UserAgent, Is.EqualTo("contoso/1.0"));
        Assert.That(options.Retry.MaxRetries, Is.EqualTo(7));
        Assert.That(options.Retry.BaseDelay, Is.EqualTo(TimeSpan.FromMilliseconds(250)));
        Assert.That(options.Retry.MaxDelay, Is.EqualTo(TimeSpan.FromSeconds(9)));
    }

    [Test]
    public void The_shorthand_MaxRetries_and_an_infinite_timeout_bind_too()
    {
        var options = Resolve(new() { ["Cloudflare:MaxRetries"] = "0", ["Cloudflare:Timeout"] = "Infinite", ["Cloudflare:Email"] = "user@example.com", ["Cloudflare:ApiKey"] = "k" }).Options;

        Assert.That(options.Retry.MaxRetries, Is.Zero);
        Assert.That(options.Timeout, Is.EqualTo(System.Threading.Timeout.InfiniteTimeSpan));
        Assert.That(options.Credentials?.ToString(), Does.StartWith("Email and global API key"));
    }

    [Test]
    public void MaxRetries_three_fails_validation_naming_the_key_not_with_a_bare_FormatException()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Cloudflare:MaxRetries"] = "three" }));

        Assert.That(exception!.Message, Does.Contain("'Cloudflare:MaxRetries'").And.Contain("integer"));
        Assert.That(exception.OptionsName, Is.EqualTo(typeof(PipelineClient).FullName));
        Assert.That(exception.Message, Does.Not.Contain("three"));
    }

    /// <summary>
    /// Each key with a value of the wrong kind, or one the option refuses, is named; text is never repeated (only a
    /// number or duration the option refuses, as the option's own message says it).
    /// </summary>
    [TestCase("BaseAddress", "not a uri " + Secret)]
    [TestCase("BaseAddress", "ftp://files.example.test/" + Secret)]
    [TestCase("BaseAddress", "http://api.example.test/" + Secret)]
    [TestCase("BaseAddress", "https://user:" + Secret + "@api.example.test/")]
    [TestCase("ApiToken", "line\r\nX-Injected: " + Secret)]
    [TestCase("Timeout", "forever" + Secret)]
    [TestCase("Timeout", "-00:00:05")]
    [TestCase("Timeout", "60.00:00:00")]
    [TestCase("MaxResponseBytes", "32MB" + Secret)]
    [TestCase("MaxResponseBytes", "0")]
    [TestCase("MaxResponseBytes", "99999999999")]
    [TestCase("MaxRedirects", "-1")]
    [TestCase("MaxRedirects", "five")]
    [TestCase("AllowInsecureHttp", "yes" + Secret)]
    [TestCase("UserAgent", "agent\n" + Secret)]
    [TestCase("Retry:MaxRetries", "three")]
    [TestCase("Retry:MaxRetries", "101")]
    [TestCase("Retry:MaxRetries", "1.5")]
    [TestCase("Retry:BaseDelay", "soon" + Secret)]
    [TestCase("Retry:BaseDelay", "2.00:00:00")]
    [TestCase("Retry:MaxDelay", "-00:00:01")]
    public void A_value_that_cannot_be_used_is_named_by_its_key(string key, string value)
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Cloudflare:" + key] = value }));

        Assert.That(exception!.Failures, Has.Exactly(1).Contains("'Cloudflare:" + key + "'"), exception.Message);
        Assert.That(exception.Message, Does.Not.Contain(Secret));
    }

    [Test]
    public void Every_unusable_value_is_reported_at_once()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Cloudflare:Timeout"] = "x",
            ["Cloudflare:Retry:MaxRetries"] = "x",
            ["Cloudflare:MaxRedirects"] = "x",
        }));

        Assert.That(exception!.Failures.Count(), Is.EqualTo(3), exception.Message);
    }

    [TestCase("ApiToken", "Email")]
    [TestCase("ApiToken", "ApiKey")]
    [TestCase("Email", null)]
    [TestCase("ApiKey", null)]
    [TestCase("MaxRetries", "Retry:MaxRetries")]
    public void Keys_that_contradict_or_lack_each_other_are_named(string key, string? other)
    {
        var values = new Dictionary<string, string?> { ["Cloudflare:" + key] = "1" };
        if (other is not null)
        {
            values["Cloudflare:" + other] = "1";
        }

        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(values));

        Assert.That(exception!.Message, Does.Contain("'Cloudflare:" + key + "'"));
    }

    [Test]
    public void Validation_runs_at_start_up_before_any_client_is_resolved()
    {
        using var provider = Provider(new() { ["Cloudflare:Retry:MaxRetries"] = "three" });

        // What the host runs when it starts (ValidateOnStart).
        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(exception!.Message, Does.Contain("'Cloudflare:Retry:MaxRetries'"));
    }

    [Test]
    public void An_unusable_base_address_set_in_code_is_named_as_the_option()
    {
        var services = new ServiceCollection();
        services.AddSharesGenClient((http, options) => new PipelineClient(http, options), options => options.BaseAddress = new Uri("http://api.example.test/"));
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(exception!.Message, Does.Contain("ApiClientOptions.BaseAddress").And.Contain("plain HTTP"));
    }

    [Test]
    public void Bind_outside_dependency_injection_throws_naming_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Retry:MaxRetries"] = "three" }).Build();

        var exception = Assert.Throws<OptionsValidationException>(() => SharesGenServiceCollectionExtensions.Bind(configuration, new ApiClientOptions()));

        Assert.That(exception!.Message, Does.Contain("'Retry:MaxRetries'"));
    }

    [Test]
    public void The_named_options_key_is_the_client_type_full_name_and_the_builder_name()
    {
        var services = new ServiceCollection();
        var builder = services.AddSharesGenClient((http, options) => new PipelineClient(http, options));
        services.Configure<ApiClientOptions>(typeof(PipelineClient).FullName, options => options.UserAgent = "named/1.0");
        using var provider = services.BuildServiceProvider();

        Assert.That(builder.Name, Is.EqualTo(typeof(PipelineClient).FullName));
        Assert.That(provider.GetRequiredService<PipelineClient>().Options.UserAgent, Is.EqualTo("named/1.0"));
    }

    [Test]
    public void Registering_twice_beside_keyed_services_validates_once()
    {
        var services = new ServiceCollection();
        services.AddKeyedSingleton<object>("keyed", new object());
        services.AddSharesGenClient((http, options) => new PipelineClient(http, options), options => options.BaseAddress = new Uri("http://api.example.test/"));
        services.AddSharesGenClient((http, options) => new PipelineClient(http, options));
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(exception!.Failures.Count(), Is.EqualTo(1), exception.Message);
    }

    private static PipelineClient Resolve(Dictionary<string, string?> values)
    {
        using var provider = Provider(values);
        return provider.GetRequiredService<PipelineClient>();
    }

    private static ServiceProvider Provider(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSharesGenClient((http, options) => new PipelineClient(http, options), configuration.GetSection("Cloudflare"));
        return services.BuildServiceProvider();
    }
}

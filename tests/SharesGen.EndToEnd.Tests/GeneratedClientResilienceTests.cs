using System;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;

namespace SharesGen.EndToEnd.Tests;

/// <summary>
/// The generated client, registered as the README says (<c>services.AddSharesClient(...)</c>), composes with
/// Microsoft.Extensions.Http.Resilience: one retry layer whichever is present, counted in requests on a raw
/// 127.0.0.1 socket that answers every request with a 503, and a create (POST) the server may have acted on is sent
/// once under the standard handler.
/// </summary>
public sealed class GeneratedClientResilienceTests
{
    private const string AccountId = "023e105f4ecef8ad9ca31a8372d0c353";

    /// <summary>Both layers allow this many retries: 4 attempts each, 16 if they multiplied.</summary>
    private const int Retries = 3;

    [Test]
    public async Task Without_a_resilience_handler_the_generated_client_retries_a_list_itself()
    {
        await using var server = Storm();
        await using var provider = Register(server, _ => { });

        ListFirstPageFails(provider);

        Assert.That(server.Requests, Has.Length.EqualTo(Retries + 1));
    }

    [Test]
    public async Task With_the_standard_handler_a_list_is_retried_by_one_layer_only()
    {
        await using var server = Storm();
        await using var provider = Register(server, builder => builder.AddStandardResilienceHandler(Fast));

        ListFirstPageFails(provider);

        Assert.That(server.Requests, Has.Length.EqualTo(Retries + 1), "one retry layer, not ours times theirs");
    }

    [Test]
    public async Task With_the_standard_handler_a_create_is_sent_once()
    {
        await using var server = Storm();
        await using var provider = Register(server, builder => builder.AddStandardResilienceHandler(Fast));
        var client = provider.GetRequiredService<SharesClient>();

        var exception = Assert.ThrowsAsync<ApiException>(async () => await client.Shares.CreateAsync(AccountId, new CreateShareRequest { Name = "once", Recipients = [], Resources = [] }));

        Assert.That(exception!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(server.Requests, Has.Length.EqualTo(1), "a resent POST could create the share twice");
    }

    [Test]
    public async Task Without_a_resilience_handler_a_create_is_sent_once_too()
    {
        await using var server = Storm();
        await using var provider = Register(server, _ => { });
        var client = provider.GetRequiredService<SharesClient>();

        Assert.ThrowsAsync<ApiException>(async () => await client.Shares.CreateAsync(AccountId, new CreateShareRequest { Name = "once", Recipients = [], Resources = [] }));

        Assert.That(server.Requests, Has.Length.EqualTo(1));
    }

    private static void ListFirstPageFails(ServiceProvider provider)
    {
        var client = provider.GetRequiredService<SharesClient>();
        var exception = Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (var _ in client.Shares.ListAsync(AccountId))
            {
            }
        });
        Assert.That(exception!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    private static RawCaptureServer Storm()
    {
        const string Body = """{"success":false,"errors":[{"code":10000,"message":"busy"}],"messages":[],"result":null}""";
        return new RawCaptureServer(Encoding.ASCII.GetBytes(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: " + Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\r\nConnection: close\r\n\r\n" + Body));
    }

    /// <summary>The README's registration, with every retry delay zero so a storm takes no time.</summary>
    private static ServiceProvider Register(RawCaptureServer server, Action<IHttpClientBuilder> configure)
    {
        var services = new ServiceCollection();
        configure(services.AddSharesClient(options =>
        {
            options.BaseAddress = new Uri(server.BaseAddress, "client/v4");
            options.AllowInsecureHttp = true;
            options.Credentials = ApiCredentials.GlobalApiKey("e2e-owner@example.com", "e2e-key-Zq81xPw0Lr");
            options.Retry.MaxRetries = Retries;
            options.Retry.BaseDelay = TimeSpan.Zero;
        }));
        return services.BuildServiceProvider();
    }

    private static void Fast(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = Retries;
        options.Retry.Delay = TimeSpan.Zero;
    }
}

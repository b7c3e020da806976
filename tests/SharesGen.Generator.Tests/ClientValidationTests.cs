using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// The spec's maxLength, minimum/maximum and maxItems are the server's to enforce: a client checking them rejects
/// what a newer server accepts. Only a consumer that asks (<c>SharesGenClientValidation="true"</c>) gets the checks.
/// </summary>
public class ClientValidationTests
{
    private const string CallSite = """
        using System;
        using System.Threading.Tasks;
        using Contoso.Cloudflare;
        using SharesGen.Runtime;

        namespace Consumer.App;

        /// <summary>Asks for a page size the spec's maximum (100) does not allow.</summary>
        public static class CallSite
        {
            /// <summary>Lists one page.</summary>
            public static async Task RunAsync(Uri baseAddress)
            {
                var client = new SharesClient(new ApiClientOptions { BaseAddress = baseAddress, AllowInsecureHttp = true, Credentials = ApiCredentials.GlobalApiKey("user@example.com", "key-1"), Retry = { MaxRetries = 0 } });
                await foreach (var page in client.Shares.ListAsync("a1", new SharesListOptions { PerPage = 101 }).AsPages())
                {
                }
            }
        }
        """;

    [Test]
    public async Task By_default_a_value_past_the_spec_maximum_is_sent_for_the_server_to_decide()
    {
        var (exception, sent) = await RunAsync(SpecFile.Shares());

        Assert.That(exception, Is.Null);
        Assert.That(sent.Single(), Does.StartWith("GET /client/v4/accounts/a1/shares?per_page=101 HTTP/1.1"));
    }

    [TestCase("true")]
    [TestCase("True")]
    public async Task A_consumer_that_opts_in_has_the_value_refused_before_anything_is_sent(string value)
    {
        var spec = SpecFile.Shares() with { OtherMetadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("SharesGenClientValidation", value) };

        var (exception, sent) = await RunAsync(spec);

        Assert.That(exception, Is.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(exception!.Message, Does.Contain("'per_page' must be between 1 and 100"));
        Assert.That(sent, Is.Empty);
    }

    private static async Task<(Exception? Exception, System.Collections.Generic.IReadOnlyList<string> Sent)> RunAsync(SpecFile spec)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(CallSite), spec);
        using var assembly = GeneratedAssembly.Load(run);
        await using var server = new CapturingSocketServer("""{"success":true,"errors":[],"messages":[],"result":[]}""");
        try
        {
            await (Task)assembly.Type("Consumer.App.CallSite").GetMethod("RunAsync")!.Invoke(null, new object[] { server.BaseAddress })!;
            return (null, server.Requests);
        }
        catch (System.Reflection.TargetInvocationException invocation) when (invocation.InnerException is { } inner)
        {
            return (inner, server.Requests);
        }
        catch (ArgumentException exception)
        {
            return (exception, server.Requests);
        }
    }
}

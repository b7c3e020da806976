using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharesGen.Runtime.DependencyInjection;

namespace SharesGen.Runtime.Tests.Security;

/// <summary>Every way the README shows to build a client, as the runtime sees it.</summary>
public enum ConstructionPath
{
    /// <summary><c>new SharesClient(options)</c>: the runtime's own handler.</summary>
    OwnHandler,

    /// <summary><c>new SharesClient(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), options)</c>.</summary>
    CallerHttpClientAsReadme,

    /// <summary><c>services.AddSharesClient(o => …)</c>.</summary>
    DependencyInjectionWithOptions,

    /// <summary><c>services.AddSharesClient(configuration.GetSection("Cloudflare"))</c>.</summary>
    DependencyInjectionWithConfiguration,
}

/// <summary>The credential kinds a client can send.</summary>
public enum CredentialKind
{
    ApiToken,
    EmailAndKey,
}

/// <summary>Builds a pipeline by each <see cref="ConstructionPath"/>, with the same settings.</summary>
internal static class ConstructionPaths
{
    public const string Token = "matrix-token-5ecr3t";
    public const string Email = "matrix-user@5ecr3t.example";
    public const string Key = "matrix-key-5ecr3t";

    /// <summary>Every secret the clients built here hold.</summary>
    public static readonly string[] Secrets = [Token, Email, Key];

    /// <summary>Stands in for a generated client: it only holds its pipeline.</summary>
    internal sealed class FakeClient(ApiPipeline pipeline)
    {
        public ApiPipeline Pipeline { get; } = pipeline;
    }

    public static ApiCredentials Credentials(CredentialKind kind)
        => kind == CredentialKind.ApiToken ? ApiCredentials.ApiToken(Token) : ApiCredentials.GlobalApiKey(Email, Key);

    /// <summary>A pipeline to <paramref name="baseAddress"/>; dispose the result to release what the path built.</summary>
    public static Built Build(ConstructionPath path, Uri baseAddress, CredentialKind kind, Action<ApiClientOptions>? configure = null, Action<IServiceCollection>? services = null, Action<IHttpClientBuilder>? builder = null)
    {
        void Configure(ApiClientOptions options)
        {
            options.BaseAddress = baseAddress;
            options.Credentials = Credentials(kind);
            options.Retry.MaxRetries = 0;
            options.Timeout = TimeSpan.FromSeconds(10);
            configure?.Invoke(options);
        }

        switch (path)
        {
            case ConstructionPath.OwnHandler:
            {
                var options = new ApiClientOptions();
                Configure(options);
                return new Built(new ApiPipeline(options, null), null);
            }

            case ConstructionPath.CallerHttpClientAsReadme:
            {
                var options = new ApiClientOptions();
                Configure(options);
                var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
                return new Built(new ApiPipeline(http, options, null), http);
            }

            default:
            {
                var collection = new ServiceCollection();
                services?.Invoke(collection);
                IHttpClientBuilder registered;
                if (path == ConstructionPath.DependencyInjectionWithOptions)
                {
                    registered = collection.AddSharesGenClient((http, options) => new FakeClient(new ApiPipeline(http, options, null)), Configure);
                }
                else
                {
                    var settings = new Dictionary<string, string?>
                    {
                        ["Cloudflare:BaseAddress"] = baseAddress.ToString(),
                        ["Cloudflare:MaxRetries"] = "0",
                        ["Cloudflare:Timeout"] = "00:00:10",
                    };
                    if (kind == CredentialKind.ApiToken)
                    {
                        settings["Cloudflare:ApiToken"] = Token;
                    }
                    else
                    {
                        settings["Cloudflare:Email"] = Email;
                        settings["Cloudflare:ApiKey"] = Key;
                    }

                    var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
                    registered = collection.AddSharesGenClient((http, options) => new FakeClient(new ApiPipeline(http, options, null)), configuration.GetSection("Cloudflare"), configure);
                }

                builder?.Invoke(registered);
                var provider = collection.BuildServiceProvider();
                return new Built(provider.GetRequiredService<FakeClient>().Pipeline, provider);
            }
        }
    }

    internal sealed class Built(ApiPipeline pipeline, IDisposable? owned) : IDisposable
    {
        public ApiPipeline Pipeline { get; } = pipeline;

        public void Dispose() => owned?.Dispose();
    }
}

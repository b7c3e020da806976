using System;
using System.Net.Http;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests;

[NonParallelizable] // Touches process environment variables.
public class ApiCredentialsTests
{
    [Test]
    public void Token_goes_in_the_Authorization_header_and_never_in_ToString()
    {
        var credentials = ApiCredentials.ApiToken("tok-123-secret");
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.invalid/");
        credentials.Apply(request);

        Assert.That(request.Headers.Authorization?.ToString(), Is.EqualTo("Bearer tok-123-secret"));
        Assert.That(credentials.ToString(), Does.Not.Contain("tok-123-secret").And.Contain("redacted"));
    }

    [Test]
    public void Email_and_key_go_in_their_headers_and_never_in_ToString()
    {
        var credentials = ApiCredentials.GlobalApiKey("user@example.com", "key-456-secret");
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.invalid/");
        credentials.Apply(request);

        Assert.That(request.Headers.GetValues("X-Auth-Email"), Is.EqualTo(new[] { "user@example.com" }));
        Assert.That(request.Headers.GetValues("X-Auth-Key"), Is.EqualTo(new[] { "key-456-secret" }));
        Assert.That(credentials.ToString(), Does.Not.Contain("key-456-secret").And.Not.Contain("user@example.com"));
    }

    [TestCase("s3cr3t\r\nX-Evil: 1")]
    [TestCase("s3cr3t\n")]
    [TestCase("s3cr3t\0")]
    public void Values_that_would_split_a_header_are_rejected_without_echoing_them(string token)
    {
        var exception = Assert.Throws<ArgumentException>(() => ApiCredentials.ApiToken(token));
        Assert.That(exception!.Message, Does.Not.Contain("s3cr3t"));
    }

    [Test]
    public void FromEnvironment_prefers_the_token_then_email_and_key()
    {
        var saved = (Environment.GetEnvironmentVariable(ApiCredentials.TokenVariable), Environment.GetEnvironmentVariable(ApiCredentials.EmailVariable), Environment.GetEnvironmentVariable(ApiCredentials.KeyVariable));
        try
        {
            Environment.SetEnvironmentVariable(ApiCredentials.TokenVariable, null);
            Environment.SetEnvironmentVariable(ApiCredentials.EmailVariable, null);
            Environment.SetEnvironmentVariable(ApiCredentials.KeyVariable, null);
            Assert.That(ApiCredentials.FromEnvironment(), Is.Null);

            Environment.SetEnvironmentVariable(ApiCredentials.EmailVariable, "user@example.com");
            Environment.SetEnvironmentVariable(ApiCredentials.KeyVariable, "key");
            Assert.That(ApiCredentials.FromEnvironment()?.ToString(), Does.StartWith("Email and global API key"));

            Environment.SetEnvironmentVariable(ApiCredentials.TokenVariable, "token");
            Assert.That(ApiCredentials.FromEnvironment()?.ToString(), Does.StartWith("API token"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ApiCredentials.TokenVariable, saved.Item1);
            Environment.SetEnvironmentVariable(ApiCredentials.EmailVariable, saved.Item2);
            Environment.SetEnvironmentVariable(ApiCredentials.KeyVariable, saved.Item3);
        }
    }
}

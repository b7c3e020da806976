using System;
using System.Collections.Generic;
using SharesGen.Runtime.Pipeline;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests;

[NonParallelizable] // Touches process environment variables.
public class ApiCredentialsTests
{
    [Test]
    public void Token_goes_in_the_Authorization_header_and_never_in_ToString()
    {
        var credentials = ApiCredentials.ApiToken("tok-123-secret");
        var headers = new ApiRequestHeaders();
        credentials.Apply(headers);

        Assert.That(headers, Is.EqualTo(new[] { KeyValuePair.Create("Authorization", "Bearer tok-123-secret") }));
        Assert.That(headers.ToString(), Does.Not.Contain("tok-123-secret"));
        Assert.That(credentials.ToString(), Does.Not.Contain("tok-123-secret").And.Contain("redacted"));
    }

    [Test]
    public void Email_and_key_go_in_their_headers_and_never_in_ToString()
    {
        var credentials = ApiCredentials.GlobalApiKey("user@example.com", "key-456-secret");
        var headers = new ApiRequestHeaders();
        credentials.Apply(headers);
        credentials.Apply(headers);

        Assert.That(headers, Is.EqualTo(new[] { KeyValuePair.Create("X-Auth-Email", "user@example.com"), KeyValuePair.Create("X-Auth-Key", "key-456-secret") }), "applied twice (a followed redirect), set once");

        credentials.Remove(headers);
        Assert.That(headers, Is.Empty);
        Assert.That(credentials.ToString(), Does.Not.Contain("key-456-secret").And.Not.Contain("user@example.com"));
    }

    /// <summary>Every value a header cannot carry as-is: it would split the header, or be re-encoded and fail later as a "connection error".</summary>
    public static readonly string[] Unsendable =
    [
        "s3cr3t\r\nX-Evil: 1", "s3cr3t\n", "s3cr3t\r", "s3cr3t\0", "s3cr3t\t", "s3cr3t\u001b[2J", "s3cr3t\u007f",
        "s3cr3t\u0085", "s3cr3té", "s3cr3t\u00a0", "s3cr3t\u202e", "s3cr3t\u2028", "s3cr3t日本", "s3cr3t\ud83d\ude00", "s3cr3t\ud800",
    ];

    [TestCaseSource(nameof(Unsendable))]
    public void A_token_a_header_cannot_carry_is_rejected_where_it_is_created_without_echoing_it(string token)
    {
        var exception = Assert.Throws<ArgumentException>(() => ApiCredentials.ApiToken(token));
        Assert.That(exception!.ParamName, Is.EqualTo("token"));
        Assert.That(exception.ToString(), Does.Not.Contain("s3cr3t"));
    }

    [TestCaseSource(nameof(Unsendable))]
    public void An_email_or_key_a_header_cannot_carry_is_rejected_where_it_is_created_without_echoing_it(string value)
    {
        var key = Assert.Throws<ArgumentException>(() => ApiCredentials.GlobalApiKey("user@example.com", value));
        var email = Assert.Throws<ArgumentException>(() => ApiCredentials.GlobalApiKey(value, "key"));
        Assert.That(key!.ParamName, Is.EqualTo("apiKey"));
        Assert.That(email!.ParamName, Is.EqualTo("email"));
        Assert.That(key.ToString() + email.ToString(), Does.Not.Contain("s3cr3t"));
    }

    [Test]
    public void A_token_in_the_environment_a_header_cannot_carry_is_rejected_naming_the_variable_not_the_value()
    {
        var saved = Environment.GetEnvironmentVariable(ApiCredentials.TokenVariable);
        try
        {
            Environment.SetEnvironmentVariable(ApiCredentials.TokenVariable, "s3cr3t-tokén");
            var exception = Assert.Throws<ArgumentException>(() => ApiCredentials.FromEnvironment());
            Assert.That(exception!.Message, Does.Contain(ApiCredentials.TokenVariable).And.Not.Contain("s3cr3t"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ApiCredentials.TokenVariable, saved);
        }
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

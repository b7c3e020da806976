using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests.Security;

/// <summary>
/// Each operation declares what it accepts to authenticate (<see cref="ApiSecurity"/>); credentials that match none
/// of its alternatives fail the call before anything is sent, with an error that names the alternatives and never a
/// secret, unless <see cref="ApiClientOptions.SendUndeclaredCredentials"/> says to send them anyway.
/// </summary>
public class OperationSecurityTests
{
    private const string Token = "security-test-token-5ecr3t";
    private const string Email = "security@5ecr3t.example";
    private const string Key = "security-test-key-5ecr3t";

    private static readonly ApiSecurity EmailAndKey = ApiSecurity.ApiKeyHeaders("X-Auth-Email", "X-Auth-Key");

    private static ApiCredentials TokenCredentials => ApiCredentials.ApiToken(Token);

    private static ApiCredentials KeyCredentials => ApiCredentials.GlobalApiKey(Email, Key);

    public static IEnumerable<TestCaseData> Accepted()
    {
        yield return Case("email + key where the spec declares email + key", EmailAndKey, KeyCredentials);
        yield return Case("a token where a bearer alternative is declared", EmailAndKey.Or(ApiSecurity.BearerToken), TokenCredentials);
        yield return Case("email + key where a bearer alternative is declared too", EmailAndKey.Or(ApiSecurity.BearerToken), KeyCredentials);
        yield return Case("header names compared without case", ApiSecurity.ApiKeyHeaders("x-auth-email", "X-AUTH-KEY"), KeyCredentials);
        yield return Case("email + key where the spec asks for the key alone", ApiSecurity.ApiKeyHeaders("X-Auth-Key"), KeyCredentials);
        yield return Case("no credentials where anonymous calls are allowed", EmailAndKey.Or(ApiSecurity.Anonymous), ApiCredentials.None);
        yield return Case("a token where nothing is declared", ApiSecurity.Undeclared, TokenCredentials);
        yield return Case("no credentials where nothing is declared", ApiSecurity.Undeclared, ApiCredentials.None);
    }

    public static IEnumerable<TestCaseData> Refused()
    {
        yield return Case("a token where only email + key is declared (the official fragment)", EmailAndKey, TokenCredentials, "an API token");
        yield return Case("email + key where only a bearer token is declared", ApiSecurity.BearerToken, KeyCredentials, "an email and global API key");
        yield return Case("no credentials where email + key is declared", EmailAndKey, ApiCredentials.None, "no credentials");
        yield return Case("email + key where another header's key is declared", ApiSecurity.ApiKeyHeaders("X-Auth-User-Service-Key"), KeyCredentials, "an email and global API key");
        yield return Case("a token where a key and a token are both required together", ApiSecurity.Requires(ApiSecurityScheme.ApiKeyHeader("X-Auth-Key"), ApiSecurityScheme.Bearer), TokenCredentials, "an API token");
        yield return Case("email + key where HTTP basic is declared", ApiSecurity.Requires(ApiSecurityScheme.Other("HTTP basic authentication")), KeyCredentials, "an email and global API key");
    }

    [TestCaseSource(nameof(Accepted))]
    public async Task Credentials_an_alternative_accepts_are_sent(ApiSecurity security, ApiCredentials credentials)
    {
        var (pipeline, stub) = Create(credentials);
        stub.Respond(HttpStatusCode.OK, """{"success":true,"errors":[],"result":{}}""");

        await Send(pipeline, security);

        Assert.That(stub.Requests, Has.Count.EqualTo(1));
    }

    [TestCaseSource(nameof(Refused))]
    public void Credentials_no_alternative_accepts_fail_before_anything_is_sent(ApiSecurity security, ApiCredentials credentials, string configured)
    {
        var (pipeline, stub) = Create(credentials);

        var exception = Assert.ThrowsAsync<ApiCredentialsMismatchException>(() => Send(pipeline, security));

        Assert.Multiple(() =>
        {
            Assert.That(stub.Requests, Is.Empty, "nothing may be sent");
            Assert.That(exception!.OperationId, Is.EqualTo("share-create"));
            Assert.That(exception.Accepted, Is.SameAs(security));
            Assert.That(exception.Message, Does.StartWith("share-create accepts " + security + "; the client is configured with " + configured));
            Assert.That(exception.Message, Does.Contain("Nothing was sent").And.Contain("ApiClientOptions.SendUndeclaredCredentials"));
            foreach (var secret in new[] { Token, Key, Email })
            {
                Assert.That(exception.ToString(), Does.Not.Contain(secret));
            }
        });
    }

    [TestCaseSource(nameof(Refused))]
    public async Task SendUndeclaredCredentials_sends_them_anyway(ApiSecurity security, ApiCredentials credentials, string configured)
    {
        var (pipeline, stub) = Create(credentials, sendUndeclared: true);
        stub.Respond(HttpStatusCode.OK, """{"success":true,"errors":[],"result":{}}""");

        await Send(pipeline, security);

        Assert.That(stub.Requests, Has.Count.EqualTo(1), configured);
    }

    [Test]
    public void The_official_fragments_security_reads_as_the_headers_a_caller_sends()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EmailAndKey.ToString(), Is.EqualTo("X-Auth-Email + X-Auth-Key"));
            Assert.That(EmailAndKey.Or(ApiSecurity.BearerToken).ToString(), Is.EqualTo("X-Auth-Email + X-Auth-Key, or an API token (Authorization: Bearer)"));
            Assert.That(EmailAndKey.Or(ApiSecurity.Anonymous).ToString(), Is.EqualTo("X-Auth-Email + X-Auth-Key, or no credentials"));
            Assert.That(ApiSecurity.Undeclared.IsDeclared, Is.False);
            Assert.That(EmailAndKey.Alternatives.Single().Select(s => s.Name), Is.EqualTo(new[] { "X-Auth-Email", "X-Auth-Key" }));
        });
    }

    /// <summary>An operationId is spec text: the message escapes what it would otherwise print raw.</summary>
    [Test]
    public void A_hostile_operation_id_and_header_name_reach_the_message_escaped()
    {
        var (pipeline, _) = Create(TokenCredentials);
        var request = new ApiRequest("POST", "evil\r\nX-Injected: 1", ApiSecurity.ApiKeyHeaders("X-\u202EKey"), "/");

        var exception = Assert.ThrowsAsync<ApiCredentialsMismatchException>(() => pipeline.Send(request, JsonMetadataServices.JsonElementConverter, null, default).WithResponseAsync());

        Assert.That(exception!.Message.Where(c => c is '\r' or '\n' or '\u202E'), Is.Empty);
        Assert.That(exception.Message, Does.StartWith(@"evil\u000D\u000AX-Injected: 1 accepts X-\u202EKey;"));
    }

    [Test]
    public void Building_an_alternative_refuses_what_cannot_be_a_scheme()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => ApiSecurityScheme.ApiKeyHeader(" "), Throws.ArgumentException);
            Assert.That(() => ApiSecurityScheme.Other(""), Throws.ArgumentException);
            Assert.That(() => ApiSecurity.Requires(null!), Throws.ArgumentNullException);
            Assert.That(() => ApiSecurity.Requires(ApiSecurityScheme.Bearer, null!), Throws.ArgumentException);
            Assert.That(() => EmailAndKey.Or(null!), Throws.ArgumentNullException);
        });
    }

    private static TestCaseData Case(string name, ApiSecurity security, ApiCredentials credentials, string? configured = null)
        => (configured is null ? new TestCaseData(security, credentials) : new TestCaseData(security, credentials, configured)).SetArgDisplayNames(name);

    private static (ApiPipeline Pipeline, StubHandler Stub) Create(ApiCredentials credentials, bool sendUndeclared = false)
        => StubHandler.Pipeline(credentials, options =>
        {
            options.SendUndeclaredCredentials = sendUndeclared;
            options.Retry.MaxRetries = 0;
        });

    private static Task<ApiResponse<JsonElement>> Send(ApiPipeline pipeline, ApiSecurity security)
    {
        var request = new ApiRequest("POST", "share-create", security, "/accounts/a1/shares");
        return pipeline.Send(request, JsonMetadataServices.JsonElementConverter, null, default).WithResponseAsync();
    }
}

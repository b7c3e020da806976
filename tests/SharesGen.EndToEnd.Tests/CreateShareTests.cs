using System;
using System.Linq;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;
using SharesGen.Testing;

namespace SharesGen.EndToEnd.Tests;

/// <summary>The seed operation, <c>POST /accounts/{account_id}/shares</c>, on the wire and in its failures.</summary>
public sealed class CreateShareTests : LoopbackTest
{
    [Test]
    public async Task Create_returns_the_share_with_every_field_typed()
    {
        var share = await Client.Shares.CreateAsync(AccountId, ShareRequest());

        Assert.Multiple(() =>
        {
            Assert.That(share.Id, Does.Match("^[0-9a-f]{32}$"));
            Assert.That(share.Name, Is.EqualTo("My Shared WAF Managed Rule"));
            Assert.That(share.AccountId, Is.EqualTo(AccountId));
            Assert.That(share.AccountName, Is.EqualTo(AccountName));
            Assert.That(share.OrganizationId, Is.EqualTo(OrganizationId));
            Assert.That(share.Created, Is.EqualTo(Start));
            Assert.That(share.Modified, Is.EqualTo(Start));
            Assert.That(share.Status, Is.EqualTo(ShareStatus.Active));
            Assert.That(share.TargetType, Is.EqualTo(ShareTargetType.Account));
            Assert.That(share.Kind, Is.EqualTo(ShareKind.Sent));
            Assert.That(share.AssociatingRecipientCount, Is.EqualTo(1));
            Assert.That(share.AssociatedRecipientCount, Is.Zero);
            Assert.That(share.DisassociatingRecipientCount, Is.Zero);
            Assert.That(share.DisassociatedRecipientCount, Is.Zero);
            Assert.That(share.AdditionalProperties, Is.Null, "the server sends nothing the spec does not describe");
            Assert.That(share.Resources, Has.Count.EqualTo(1));
        });

        var resource = share.Resources![0];
        Assert.Multiple(() =>
        {
            Assert.That(resource.Id, Does.Match("^[0-9a-f]{32}$"));
            Assert.That(resource.ResourceId, Is.EqualTo(ResourceId));
            Assert.That(resource.ResourceAccountId, Is.EqualTo(AccountId));
            Assert.That(resource.ResourceType, Is.EqualTo(ResourceType.CustomRuleset));
            Assert.That(resource.ResourceType.IsKnown, Is.True);
            Assert.That(resource.ResourceVersion, Is.EqualTo(1));
            Assert.That(resource.Status, Is.EqualTo(ResourceStatus.Active));
            Assert.That(resource.Created, Is.EqualTo(Start));
            Assert.That(resource.Modified, Is.EqualTo(Start));
            Assert.That(resource.Meta.GetProperty("description").GetString(), Is.EqualTo("Block known malware destinations"));
        });
    }

    [Test]
    public async Task Create_sends_a_POST_with_the_snake_case_body_json_content_type_and_the_email_and_key()
    {
        await Client.Shares.CreateAsync(AccountId, ShareRequest());

        var exchange = SingleExchange();
        var contentType = MediaTypeHeaderValue.Parse(exchange.ContentType!);
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Method, Is.EqualTo("POST"));
            Assert.That(exchange.PathAndQuery, Is.EqualTo($"/client/v4/accounts/{AccountId}/shares"));
            Assert.That(contentType.MediaType, Is.EqualTo("application/json"));
            Assert.That(contentType.CharSet, Is.Null.Or.EqualTo("utf-8"));
            Assert.That(exchange.RequestHeaders["Accept"], Is.EqualTo("application/json"));
            Assert.That(exchange.RequestHeaders["User-Agent"], Does.StartWith("SharesGen/"));
            Assert.That(exchange.Authentication, Is.EqualTo(AuthenticationKind.GlobalApiKey));
            Assert.That(exchange.PresentedGlobalApiKey(Email, Key), Is.True);
            Assert.That(exchange.RequestHeaders["X-Auth-Key"], Is.EqualTo("[redacted]"));
            Assert.That(exchange.RequestHeaders.Keys, Has.None.EqualTo("Authorization").IgnoreCase);
            Assert.That(exchange.StatusCode, Is.EqualTo(201));
        });

        JsonSemantics.AssertEquivalent(exchange.RequestJson(), $$"""
            {
              "name": "My Shared WAF Managed Rule",
              "recipients": [ { "recipient_account_id": "{{RecipientAccountId}}" } ],
              "resources": [
                {
                  "meta": { "description": "Block known malware destinations" },
                  "resource_account_id": "{{AccountId}}",
                  "resource_id": "{{ResourceId}}",
                  "resource_type": "custom-ruleset"
                }
              ]
            }
            """);
    }

    [Test]
    public async Task Create_with_a_global_api_key_sends_email_and_key_headers()
    {
        var client = CreateClient(ApiCredentials.GlobalApiKey("user@example.com", "144c9defac04969c7bfad8efaa8ea194"));

        await client.Shares.CreateAsync(AccountId, ShareRequest());

        var exchange = SingleExchange();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Authentication, Is.EqualTo(AuthenticationKind.GlobalApiKey));
            Assert.That(exchange.PresentedGlobalApiKey("user@example.com", "144c9defac04969c7bfad8efaa8ea194"), Is.True);
            Assert.That(exchange.PresentedGlobalApiKey("user@example.com", "another-key"), Is.False);
            Assert.That(exchange.RequestHeaders["X-Auth-Email"], Is.EqualTo("[redacted]"));
            Assert.That(exchange.RequestHeaders["X-Auth-Key"], Is.EqualTo("[redacted]"));
            Assert.That(exchange.RequestHeaders.Keys, Has.None.EqualTo("Authorization").IgnoreCase);
        });
    }

    [Test]
    public async Task Create_with_the_deprecated_recipient_account_id_alias_still_works()
    {
#pragma warning disable CS0618 // The alias is deprecated in the spec; consumers on the old field must keep working.
        var request = ShareRequest(recipientAccountId: null);
        request.Recipients.Add(new CreateShareRecipientRequest { AccountId = RecipientAccountId });
#pragma warning restore CS0618

        var share = await Client.Shares.CreateAsync(AccountId, request);

        Assert.That(SingleExchange().RequestJson()!["recipients"]![0]!.ToJsonString(), Is.EqualTo($$"""{"account_id":"{{RecipientAccountId}}"}"""));
        Assert.That(share.AssociatingRecipientCount, Is.EqualTo(1));
    }

    [Test]
    public async Task A_400_from_the_server_names_the_field_and_keeps_the_ray_id()
    {
        // An id longer than the spec's 32 characters: the client checks no body member, the server does.
        var request = ShareRequest(recipientAccountId: RecipientAccountId + "0");

        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.CreateAsync(AccountId, request));

        var error = exception.Errors.Single();
        Assert.Multiple(() =>
        {
            Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(exception.OperationId, Is.EqualTo("share-create"));
            Assert.That(error.Code, Is.EqualTo(LoopbackErrorCodes.ValidationFailed));
            Assert.That(error.Message, Does.Contain("recipient_account_id"));
            Assert.That(error.SourcePointer, Is.EqualTo("/recipients/0/recipient_account_id"));
            Assert.That(exception.RayId, Is.Not.Null.And.EqualTo(SingleExchange().RayId));
            Assert.That(exception.Message, Does.Contain("share-create").And.Contain("400"));
        });
    }

    [Test]
    public void A_400_with_several_errors_keeps_every_entry_with_documentation_url_and_source_pointer()
    {
        Server.EnqueueResponse(400, """
            {
              "success": false,
              "errors": [
                { "code": 1004, "message": "name is too long", "documentation_url": "https://developers.cloudflare.com/api/", "source": { "pointer": "/name" } },
                { "code": 1005, "message": "share quota exceeded" }
              ],
              "messages": [],
              "result": null
            }
            """, [new("cf-ray", "8f1e2d3c4b5a6978-SJC")]);

        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.CreateAsync(AccountId, ShareRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(exception.RayId, Is.EqualTo("8f1e2d3c4b5a6978-SJC"));
            Assert.That(exception.Errors, Has.Count.EqualTo(2));
            Assert.That(exception.Errors[0].Code, Is.EqualTo(1004));
            Assert.That(exception.Errors[0].Message, Is.EqualTo("name is too long"));
            Assert.That(exception.Errors[0].DocumentationUrl, Is.EqualTo("https://developers.cloudflare.com/api/"));
            Assert.That(exception.Errors[0].SourcePointer, Is.EqualTo("/name"));
            Assert.That(exception.Errors[1].Code, Is.EqualTo(1005));
            Assert.That(exception.Errors[1].Message, Is.EqualTo("share quota exceeded"));
            Assert.That(exception.Errors[1].DocumentationUrl, Is.Null);
            Assert.That(exception.Errors[1].SourcePointer, Is.Null);
            Assert.That(exception.Message, Does.Contain("[1004] name is too long").And.Contain("[1005] share quota exceeded"));
        });
    }

    [Test]
    public void A_404_becomes_an_ApiException_with_its_error()
    {
        Server.FailNext(404, LoopbackErrorCodes.NoRoute, "No route for the URI");

        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.CreateAsync(AccountId, ShareRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(exception.Errors.Single().Code, Is.EqualTo(7003));
            Assert.That(exception.Errors.Single().Message, Is.EqualTo("No route for the URI"));
            Assert.That(exception.RayId, Is.EqualTo(SingleExchange().RayId));
        });
    }

    [Test]
    public void Success_false_in_a_200_is_a_failure_too()
    {
        Server.EnqueueResponse(200, """{"success":false,"errors":[{"code":1000,"message":"share could not be created"}],"messages":[],"result":null}""");

        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.CreateAsync(AccountId, ShareRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(exception.Errors.Single().Code, Is.EqualTo(1000));
            Assert.That(exception.Errors.Single().Message, Is.EqualTo("share could not be created"));
            Assert.That(exception.Message, Does.Contain("success: false"));
        });
    }

    [Test]
    public void A_non_json_502_keeps_a_snippet_of_the_body_and_the_ray_id_and_is_not_retried()
    {
        Server.EnqueueResponse(new CannedResponse(502, "<html><body><h1>502 Bad Gateway</h1></body></html>")
        {
            ContentType = "text/html",
            Headers = { ["cf-ray"] = "7d0c9b8a6f5e4d3c-AMS" },
        });

        var exception = Assert.ThrowsAsync<ApiException>(() => Client.Shares.CreateAsync(AccountId, ShareRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(exception.Errors, Is.Empty);
            Assert.That(exception.BodySnippet, Does.Contain("502 Bad Gateway"));
            Assert.That(exception.RayId, Is.EqualTo("7d0c9b8a6f5e4d3c-AMS"));
            Assert.That(Server.Exchanges, Has.Count.EqualTo(1), "a POST the server may have acted on is not sent twice");
        });
    }

    [Test]
    public void Missing_credentials_sent_anyway_are_answered_401_with_code_10000()
    {
        Assume.That(ApiCredentials.FromEnvironment(), Is.Null, "CLOUDFLARE_* credentials in the environment would be used instead of none");

        // Without SendUndeclaredCredentials the client refuses before sending (CredentialsMismatchTests).
        var client = new SharesClient(Http, new ApiClientOptions { BaseAddress = Server.BaseAddress, SendUndeclaredCredentials = true });

        var exception = Assert.ThrowsAsync<ApiException>(() => client.Shares.CreateAsync(AccountId, ShareRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(exception.Errors.Single().Code, Is.EqualTo(LoopbackErrorCodes.AuthenticationError));
            Assert.That(SingleExchange().Authentication, Is.EqualTo(AuthenticationKind.None));
        });
    }

    [Test]
    public void Secrets_never_appear_in_the_exception_or_the_exchange_record()
    {
        const string OtherEmail = "owner@example.com";
        const string OtherKey = "144c9defac04969c7bfad8efaa8ea194";
        var client = CreateClient(ApiCredentials.GlobalApiKey(OtherEmail, OtherKey));
        Server.EnqueueResponse(403, """{"success":false,"errors":[{"code":9109,"message":"Unauthorized to access requested resource"}],"messages":[],"result":null}""");
        var keyException = Assert.ThrowsAsync<ApiException>(() => client.Shares.CreateAsync(AccountId, ShareRequest()));
        Server.FailNext(500, times: 3);
        var serverException = Assert.ThrowsAsync<ApiException>(() => Client.Shares.GetAsync(AccountId, UnknownId));

        var everything = string.Join("\n", Server.Exchanges.SelectMany(e => e.RequestHeaders.Values.Append(e.ToString()).Append(e.RequestBody)))
            + keyException + serverException + ApiCredentials.GlobalApiKey(OtherEmail, OtherKey) + EmailAndKey;
        Assert.Multiple(() =>
        {
            Assert.That(everything, Does.Not.Contain(OtherKey));
            Assert.That(everything, Does.Not.Contain(OtherEmail));
            Assert.That(everything, Does.Not.Contain(Key));
            Assert.That(everything, Does.Not.Contain(Email));
            Assert.That(keyException.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(serverException.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        });
    }

    [Test]
    public async Task CreateWithResponse_exposes_status_headers_and_envelope()
    {
        var response = await Client.Shares.CreateAsync(AccountId, ShareRequest()).WithResponseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Success, Is.True);
            Assert.That(response.Errors, Is.Empty);
            Assert.That(response.Messages, Is.Empty);
            Assert.That(response.ResultInfo, Is.Null);
            Assert.That(response.RayId, Does.Match("^[0-9a-f]{16}-LBK$").And.EqualTo(SingleExchange().RayId));
            Assert.That(response.Value.Name, Is.EqualTo("My Shared WAF Managed Rule"));
        });
    }

    [Test]
    public async Task The_created_share_is_then_listed_and_readable()
    {
        var created = await Client.Shares.CreateAsync(AccountId, ShareRequest());

        var listed = await Client.Shares.ListAsync(AccountId).ToListAsync();
        var read = await Client.Shares.GetAsync(AccountId, created.Id);

        Assert.That(listed.Select(s => s.Id), Is.EqualTo(new[] { created.Id }));
        Assert.That(read.Name, Is.EqualTo(created.Name));
        Assert.That(JsonSerializer.Serialize(read, SharesClientJson.Options), Does.Contain(created.Id));
    }
}

using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharesGen.Testing.Http;

namespace SharesGen.Testing.Sharing;

/// <summary>
/// The 21 operations of the Resource Sharing API, one handler each. A handler reads path ids first (a bad one
/// is a 400 before anything else), then the query, then the body, and hands the work to the store.
/// </summary>
internal sealed class SharingRoutes(SharingStore store)
{
    private const string Shares = "/accounts/{account_id}/shares";
    private const string Share = Shares + "/{share_id}";
    private const string Recipients = Share + "/recipients";
    private const string Recipient = Recipients + "/{recipient_id}";
    private const string Resources = Share + "/resources";
    private const string Resource = Resources + "/{share_resource_id}";
    private const string ExcludedRecipients = Share + "/excluded-recipients";
    private const string ExcludedRecipient = ExcludedRecipients + "/{excluded_recipient_id}";
    private const string OrganizationShares = "/organizations/{organization_id}/shares";

    public void Map(IEndpointRouteBuilder api)
    {
        Route(api, "GET", Shares, ListShares);                              // shares-list
        Route(api, "POST", Shares, CreateShare);                            // share-create
        Route(api, "GET", Share, GetShare);                                 // shares-get-by-id
        Route(api, "PUT", Share, UpdateShare);                              // share-update
        Route(api, "DELETE", Share, DeleteShare);                           // share-delete
        Route(api, "GET", Recipients, ListRecipients);                      // share-recipients-list
        Route(api, "POST", Recipients, CreateRecipient);                    // share-recipient-create
        Route(api, "PUT", Recipients, ReplaceRecipients);                   // share-recipients-update
        Route(api, "GET", Recipient, GetRecipient);                         // share-recipients-get-by-id
        Route(api, "DELETE", Recipient, DeleteRecipient);                   // share-recipient-delete
        Route(api, "GET", Resources, ListResources);                        // share-resources-list
        Route(api, "POST", Resources, CreateResource);                      // share-resource-create
        Route(api, "GET", Resource, GetResource);                           // share-resources-get-by-id
        Route(api, "PUT", Resource, UpdateResource);                        // share-resource-update
        Route(api, "DELETE", Resource, DeleteResource);                     // share-resource-delete
        Route(api, "GET", ExcludedRecipients, ListExcludedRecipients);      // share-excluded-recipients-list
        Route(api, "POST", ExcludedRecipients, CreateExcludedRecipient);    // share-excluded-recipient-create
        Route(api, "PUT", ExcludedRecipients, ReplaceExcludedRecipients);   // share-excluded-recipients-update
        Route(api, "GET", ExcludedRecipient, GetExcludedRecipient);         // share-excluded-recipients-get-by-id
        Route(api, "DELETE", ExcludedRecipient, DeleteExcludedRecipient);   // share-excluded-recipient-delete
        Route(api, "GET", OrganizationShares, ListOrganizationShares);      // organization-shares-list
    }

    // --- Shares ---------------------------------------------------------------------------------------------

    private Task ListShares(HttpContext context)
    {
        var account = PathIds.Get(context, "account_id");
        var query = new QueryReader(context.Request.Query);
        return List(context, store.ListShares(account, ShareQuery.From(query, accountList: true), PageRequest.From(query, unpaginatedWhenOmitted: true)));
    }

    private Task CreateShare(HttpContext context)
    {
        var account = PathIds.Get(context, "account_id");
        return Created(context, store.CreateShare(account, Requests.Share(JsonBody.ReadObject(context))));
    }

    private Task GetShare(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        return Ok(context, store.GetShare(account, share));
    }

    private Task UpdateShare(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        return Ok(context, store.RenameShare(account, share, Requests.ShareName(JsonBody.ReadObject(context))));
    }

    private Task DeleteShare(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        return Ok(context, store.DeleteShare(account, share));
    }

    private Task ListOrganizationShares(HttpContext context)
    {
        var organization = PathIds.Get(context, "organization_id");
        var query = new QueryReader(context.Request.Query);
        return List(context, store.ListOrganizationShares(organization, ShareQuery.From(query, accountList: false), PageRequest.From(query, unpaginatedWhenOmitted: true)));
    }

    // --- Recipients -----------------------------------------------------------------------------------------

    private Task ListRecipients(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        var query = new QueryReader(context.Request.Query);
        var page = PageRequest.From(query, unpaginatedWhenOmitted: false);
        return List(context, store.ListRecipients(account, share, page, query.Boolean("include_resources") == true));
    }

    private Task CreateRecipient(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        return Created(context, store.CreateRecipient(account, share, Requests.Recipient(JsonBody.ReadObject(context))));
    }

    private Task ReplaceRecipients(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        store.ReplaceRecipients(account, share, Requests.Recipients(JsonBody.ReadArray(context)));
        return NoContent(context);
    }

    private Task GetRecipient(HttpContext context)
    {
        var (account, share, recipient) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"), PathIds.Get(context, "recipient_id"));
        return Ok(context, store.GetRecipient(account, share, recipient));
    }

    private Task DeleteRecipient(HttpContext context)
    {
        var (account, share, recipient) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"), PathIds.Get(context, "recipient_id"));
        return Ok(context, store.DeleteRecipient(account, share, recipient));
    }

    // --- Resources ------------------------------------------------------------------------------------------

    private Task ListResources(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        var query = new QueryReader(context.Request.Query);
        var status = query.OneOf("status", Vocabulary.ResourceStatuses);
        var resourceType = query.OneOf("resource_type", Vocabulary.ResourceTypes);
        return List(context, store.ListResources(account, share, status, resourceType, PageRequest.From(query, unpaginatedWhenOmitted: false)));
    }

    private Task CreateResource(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        return Created(context, store.CreateResource(account, share, Requests.Resource(JsonBody.ReadObject(context))));
    }

    private Task GetResource(HttpContext context)
    {
        var (account, share, resource) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"), PathIds.Get(context, "share_resource_id"));
        return Ok(context, store.GetResource(account, share, resource));
    }

    private Task UpdateResource(HttpContext context)
    {
        var (account, share, resource) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"), PathIds.Get(context, "share_resource_id"));
        return Ok(context, store.UpdateResource(account, share, resource, Requests.ResourceMeta(JsonBody.ReadObject(context))));
    }

    private Task DeleteResource(HttpContext context)
    {
        var (account, share, resource) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"), PathIds.Get(context, "share_resource_id"));
        return Ok(context, store.DeleteResource(account, share, resource));
    }

    // --- Excluded recipients --------------------------------------------------------------------------------

    private Task ListExcludedRecipients(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        var page = PageRequest.From(new QueryReader(context.Request.Query), unpaginatedWhenOmitted: false);
        return List(context, store.ListExcludedRecipients(account, share, page));
    }

    private Task CreateExcludedRecipient(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        return Created(context, store.CreateExcludedRecipient(account, share, Requests.ExcludedAccount(JsonBody.ReadObject(context))));
    }

    private Task ReplaceExcludedRecipients(HttpContext context)
    {
        var (account, share) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"));
        store.ReplaceExcludedRecipients(account, share, Requests.ExcludedAccounts(JsonBody.ReadArray(context)));
        return NoContent(context);
    }

    private Task GetExcludedRecipient(HttpContext context)
    {
        var (account, share, excluded) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"), PathIds.Get(context, "excluded_recipient_id"));
        return Ok(context, store.GetExcludedRecipient(account, share, excluded));
    }

    private Task DeleteExcludedRecipient(HttpContext context)
    {
        var (account, share, excluded) = (PathIds.Get(context, "account_id"), PathIds.Get(context, "share_id"), PathIds.Get(context, "excluded_recipient_id"));
        return Ok(context, store.DeleteExcludedRecipient(account, share, excluded));
    }

    // --- Plumbing -------------------------------------------------------------------------------------------

    private static void Route(IEndpointRouteBuilder api, string method, string pattern, RequestDelegate handler)
        => api.MapMethods(pattern, [method], handler);

    private static Task Ok(HttpContext context, JsonNode result) => EnvelopeWriter.WriteResultAsync(context, 200, result);

    private static Task Created(HttpContext context, JsonNode result) => EnvelopeWriter.WriteResultAsync(context, 201, result);

    private static Task List(HttpContext context, (IReadOnlyList<JsonNode> Items, ResultInfo Info) page)
        => EnvelopeWriter.WriteListAsync(context, page.Items, page.Info);

    private static Task NoContent(HttpContext context)
    {
        EnvelopeWriter.WriteNoContent(context);
        return Task.CompletedTask;
    }
}

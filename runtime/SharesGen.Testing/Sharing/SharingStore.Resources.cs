using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SharesGen.Testing.Http;

namespace SharesGen.Testing.Sharing;

internal sealed partial class SharingStore
{
    public (IReadOnlyList<JsonNode> Items, ResultInfo Info) ListResources(string accountId, string shareId, string? status, string? resourceType, PageRequest page)
    {
        lock (_gate)
        {
            var resources = OwnedShare(accountId, shareId).Resources
                .Where(r => (status is null || r.Status == status) && (resourceType is null || r.ResourceType == resourceType))
                .ToArray();
            return Page(resources, page, r => SharingJson.Resource(r));
        }
    }

    public JsonNode CreateResource(string accountId, string shareId, NewResource request)
    {
        lock (_gate)
        {
            var share = OwnedShare(accountId, shareId);
            if (share.Resources.Any(r => r.Status == "active" && r.ResourceId == request.ResourceId))
            {
                throw ApiProblem.Invalid($"The resource {request.ResourceId} is already part of this share.", "/resource_id");
            }

            var resource = NewResourceEntity(request, Now);
            share.Resources.Add(resource);
            return SharingJson.Resource(resource);
        }
    }

    public JsonNode GetResource(string accountId, string shareId, string shareResourceId)
    {
        lock (_gate)
        {
            return SharingJson.Resource(Resource(OwnedShare(accountId, shareId), shareResourceId));
        }
    }

    /// <summary>Replaces a resource's <c>meta</c>; each update is a new <c>resource_version</c>.</summary>
    public JsonNode UpdateResource(string accountId, string shareId, string shareResourceId, JsonObject meta)
    {
        lock (_gate)
        {
            var resource = Resource(OwnedShare(accountId, shareId), shareResourceId);
            resource.Meta = meta;
            resource.Version++;
            resource.Modified = Now;
            return SharingJson.Resource(resource);
        }
    }

    /// <summary>Starts removing a resource: it is answered <c>deleting</c> (see <see cref="Settle"/>).</summary>
    public JsonNode DeleteResource(string accountId, string shareId, string shareResourceId)
    {
        lock (_gate)
        {
            var resource = Resource(OwnedShare(accountId, shareId), shareResourceId);
            if (resource.Status == "active")
            {
                resource.Status = "deleting";
                resource.Modified = Now;
            }

            return SharingJson.Resource(resource);
        }
    }

    private static ResourceEntity Resource(ShareEntity share, string shareResourceId)
        => share.Resources.FirstOrDefault(r => r.Id == shareResourceId) ?? throw ApiProblem.NotFound("Share resource");

    private static ResourceEntity NewResourceEntity(NewResource request, DateTimeOffset now)
        => new()
        {
            Id = NewId(),
            ResourceId = request.ResourceId,
            ResourceType = request.ResourceType,
            ResourceAccountId = request.ResourceAccountId,
            Meta = request.Meta,
            Created = now,
            Modified = now,
        };
}

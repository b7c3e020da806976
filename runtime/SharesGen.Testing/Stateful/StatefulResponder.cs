using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SharesGen.Testing.Contracts;
using SharesGen.Testing.Http;
using SharesGen.Testing.Recording;
using SharesGen.Testing.Synthesis;

namespace SharesGen.Testing.Stateful;

/// <summary>
/// <see cref="LoopbackMode.Stateful"/>: answers each request that passed the contract by what its operation does to
/// the collection its path names (see <see cref="ResourceMap"/>), under one lock, with bodies built from the
/// operation's own schemas. Everything an API does that a spec cannot say is left to its <see cref="LoopbackProfile"/>.
/// </summary>
internal sealed class StatefulResponder
{
    private readonly ApiContract _contract;
    private readonly ResourceMap _map;
    private readonly ResourceStore _store;
    private readonly LoopbackProfile? _profile;
    private readonly ValueSynthesizer _synthesizer;
    private readonly Projection _projection;
    private readonly EnvelopeBuilder _envelopes;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly int _defaultPageSize;
    private readonly Dictionary<Collection, SchemaNode?> _itemSchemas = new();

    public StatefulResponder(ApiContract contract, ResourceStore store, LoopbackProfile? profile, TimeProvider time, int seed, int defaultPageSize)
    {
        _contract = contract;
        _store = store;
        _profile = profile;
        _time = time;
        _random = new Random(seed);
        _defaultPageSize = defaultPageSize;
        var validator = new PayloadValidator(contract);
        _synthesizer = new ValueSynthesizer(contract, time, validator);
        _projection = new Projection(contract, _synthesizer);
        _envelopes = new EnvelopeBuilder(contract, _synthesizer, validator);
        _map = new ResourceMap(contract, operation => _envelopes.ListItemSchema(operation) is not null);
        foreach (var collection in _map.Collections)
        {
            _itemSchemas[collection] = ItemSchemaOf(collection);
        }
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var match = MatchedOperation.Find(context) ?? throw new ApiProblem(404, LoopbackErrorCodes.NoRoute, "No route for the URI");
        var operation = match.Operation;
        var (role, collection) = _map.Of(operation);
        var request = new Request(operation, collection, match.PathValues, context.Request.Query, Body(context));

        var body = Answer(role, request);

        context.Response.StatusCode = operation.SuccessStatus;
        if (operation.SuccessMediaType is not null)
        {
            await NonJsonBody.WriteAsync(context, operation).ConfigureAwait(false);
        }
        else if (body is not null && operation.SuccessSchema is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private byte[]? Answer(OperationRole role, Request request)
        => _store.Locked(() =>
        {
            var values = request.Collection.Template.ValuesOf(request.PathValues);
            var collectionPath = request.Collection.Template.Resolve(values);
            RequireParents(request.Collection, values);
            return role switch
            {
                OperationRole.List => List(request, collectionPath, values),
                OperationRole.Create when request.Body is { ValueKind: JsonValueKind.Array } array => Many(request, Elements(array).Select(e => Create(request, request.Collection, collectionPath, values, e)).ToArray()),
                OperationRole.Create => Single(request, Create(request, request.Collection, collectionPath, values, request.Body)),
                OperationRole.ReplaceAll => Many(request, ReplaceAll(request, collectionPath, values)),
                OperationRole.DeleteMany => Many(request, DeleteMany(request, collectionPath)),
                OperationRole.Read => Single(request, Find(request, collectionPath)),
                OperationRole.Update => Single(request, Update(request, Find(request, collectionPath))),
                OperationRole.Delete => Single(request, Delete(request, Find(request, collectionPath))),
                OperationRole.ReadSingleton or OperationRole.WriteSingleton => Singleton(request, collectionPath, role == OperationRole.WriteSingleton),
                _ => Action(request, values),
            };
        });

    // --- Roles ----------------------------------------------------------------------------------------------

    private byte[]? List(Request request, string collectionPath, IReadOnlyList<string> values)
    {
        var listing = Event(request, request.Collection, collectionPath);
        var source = _profile?.OnListing(listing) ?? _store.Items(collectionPath);
        var query = new ListQuery(request.Operation, request.Query, _contract);
        var itemSchema = _envelopes.ListItemSchema(request.Operation) ?? SchemaNode.Any;

        // Filters and order read the items as this caller is shown them (a profile may say how, e.g. a share's kind).
        var all = query.Apply(source.OrderBy(r => r.Sequence).Select(r => Show(request, r, itemSchema)).ToArray(), itemSchema);
        var (page, info) = query.Page(all, _defaultPageSize, _profile?.ListsWholeWhenPageOmitted(listing) == true);
        return Build(request, new JsonArray(page.ToArray()), info);
    }

    private StoredResource Create(Request request, Collection collection, string collectionPath, IReadOnlyList<string> values, JsonElement? body)
    {
        var item = new JsonObject();
        var nested = new List<(Collection Child, JsonElement Items)>();
        if (body is { ValueKind: JsonValueKind.Object } members)
        {
            foreach (var member in members.EnumerateObject())
            {
                if (collection.Children.FirstOrDefault(c => c.Segment == member.Name) is { } child && member.Value.ValueKind == JsonValueKind.Array)
                {
                    nested.Add((child, member.Value));
                }
                else
                {
                    item[member.Name] = JsonNode.Parse(member.Value.GetRawText());
                }
            }
        }

        foreach (var (name, value) in request.PathValues.Where(p => !item.ContainsKey(p.Key)))
        {
            item[name] = value;
        }

        var idMember = IdMember(collection);
        var id = item[idMember] is JsonValue given && given.GetValueKind() == JsonValueKind.String && _store.Find(collectionPath, given.GetValue<string>()) is null
            ? given.GetValue<string>()
            : NewId(collection);
        item[idMember] = id;

        _profile?.OnCreating(Event(request, collection, collectionPath, item: item, body: body));
        var resource = _store.Add(collectionPath, collection.Template.Text, values, id, item);
        foreach (var (child, elements) in nested)
        {
            var childValues = values.Append(id).ToArray();
            foreach (var element in Elements(elements))
            {
                Create(request, child, child.Template.Resolve(childValues), childValues, element);
            }
        }

        return resource;
    }

    private StoredResource Update(Request request, StoredResource resource)
    {
        if (request.Body is { ValueKind: JsonValueKind.Object } members)
        {
            var idMember = IdMember(request.Collection);
            foreach (var member in members.EnumerateObject().Where(m => m.Name != idMember))
            {
                resource.Json[member.Name] = JsonNode.Parse(member.Value.GetRawText());
            }
        }

        Touch(request.Collection, resource.Json);
        _profile?.OnUpdating(Event(request, request.Collection, resource.CollectionPath, resource, resource.Json, request.Body));
        return resource;
    }

    private StoredResource Delete(Request request, StoredResource resource)
    {
        if (_profile?.OnDeleting(Event(request, request.Collection, resource.CollectionPath, resource, resource.Json, request.Body)) != true)
        {
            _store.Remove(resource);
        }

        return resource;
    }

    private IReadOnlyList<StoredResource> ReplaceAll(Request request, string collectionPath, IReadOnlyList<string> values)
    {
        var elements = request.Body is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().ToList() : [];
        var kept = new List<StoredResource>();
        foreach (var existing in _store.Items(collectionPath))
        {
            var change = Event(request, request.Collection, collectionPath, existing);
            var same = _profile is null ? -1 : elements.FindIndex(e => _profile.IsSameItem(change, e));
            if (same >= 0)
            {
                kept.Add(existing);
                elements.RemoveAt(same);
            }
            else
            {
                Delete(request, existing);
            }
        }

        return kept.Concat(elements.Select(e => Create(request, request.Collection, collectionPath, values, e))).ToArray();
    }

    private IReadOnlyList<StoredResource> DeleteMany(Request request, string collectionPath)
    {
        var idMember = IdMember(request.Collection);
        var ids = IdsIn(request.Body, idMember).ToHashSet(StringComparer.Ordinal);
        var doomed = _store.Items(collectionPath).Where(r => ids.Count == 0 || ids.Contains(r.Id)).ToArray();
        foreach (var resource in doomed)
        {
            Delete(request, resource);
        }

        return doomed;
    }

    private byte[]? Singleton(Request request, string path, bool write)
    {
        var stored = _store.Singleton(path) as JsonObject ?? new JsonObject();
        if (write && request.Body is { ValueKind: JsonValueKind.Object } members)
        {
            foreach (var member in members.EnumerateObject())
            {
                stored[member.Name] = JsonNode.Parse(member.Value.GetRawText());
            }
        }

        _store.SetSingleton(path, stored);
        return Build(request, _projection.Show(stored, _envelopes.ResultSchema(request.Operation), _random), page: null);
    }

    /// <summary>An operation on an item that is no create, read, update or delete (<c>POST …/{id}/rotate_secret</c>): the item, shown as the answer's schema declares.</summary>
    private byte[]? Action(Request request, IReadOnlyList<string> values)
    {
        var parent = request.Collection.Parent is { } parentCollection && values.Count > 0
            ? _store.Find(parentCollection.Template.Resolve(values.Take(values.Count - 1).ToArray()), values[^1])
            : null;
        return Build(request, _projection.Show(parent?.Json ?? new JsonObject(), _envelopes.ResultSchema(request.Operation), _random), page: null);
    }

    // --- Answers --------------------------------------------------------------------------------------------

    private byte[]? Single(Request request, StoredResource resource)
        => request.Operation.SuccessSchema is null ? null : Build(request, Show(request, resource, _envelopes.ResultSchema(request.Operation)), page: null);

    /// <summary>The answer to a bulk change: the items, when the schema answers a list; otherwise what the schema declares (e.g. an operation id).</summary>
    private byte[]? Many(Request request, IReadOnlyList<StoredResource> resources)
    {
        if (request.Operation.SuccessSchema is null)
        {
            return null;
        }

        var result = _envelopes.ResultSchema(request.Operation);
        return _envelopes.ListItemSchema(request.Operation) is { } itemSchema
            ? Build(request, new JsonArray(resources.Select(r => Show(request, r, itemSchema)).ToArray()), page: null)
            : Build(request, _projection.Show(Handle(result), result, _random), page: null);
    }

    /// <summary>An answer that hands out ids of other collections' items (an asynchronous change's <c>operation_id</c>), optional or not.</summary>
    private JsonObject Handle(SchemaNode result)
    {
        var handle = new JsonObject();
        foreach (var name in _contract.Resolve(result).Properties.Keys)
        {
            if (_map.IdentifiedBy(name) is { } target)
            {
                handle[name] = NewId(target);
            }
        }

        return handle;
    }

    private byte[] Build(Request request, JsonNode? result, PageInfo? page)
    {
        if (result is JsonObject shown)
        {
            Register(request, shown);
        }

        return _envelopes.Build(request.Operation, result, page, _random);
    }

    private JsonNode? Show(Request request, StoredResource resource, SchemaNode schema)
    {
        var collection = _map.Collections.FirstOrDefault(c => c.Template.Text == resource.CollectionTemplate) ?? request.Collection;
        var query = new ListQuery(request.Operation, request.Query, _contract);
        var shown = _projection.Show(resource.Json, schema, _random, (name, member) => Nested(request, collection, resource, name, member, query));
        if (shown is JsonObject json)
        {
            _profile?.OnShowing(Event(request, collection, resource.CollectionPath, resource, resource.Json), json);
        }

        return shown;
    }

    /// <summary>A member named like a collection nested in the item (a share's <c>resources</c>) holds its items, when <c>include_…</c> asks for them.</summary>
    private JsonNode? Nested(Request request, Collection collection, StoredResource resource, string name, SchemaNode member, ListQuery query)
    {
        var child = collection.Children.FirstOrDefault(c => c.Segment == name);
        var items = _contract.Resolve(member).Items;
        if (child is null || items is null || !query.Includes(name))
        {
            return null;
        }

        var path = child.Template.Resolve(resource.ParentValues.Append(resource.Id).ToArray());
        return new JsonArray(_store.Items(path).Select(r => Show(request, r, items)).ToArray());
    }

    /// <summary>
    /// An id a response hands out for another collection (<c>operation_id</c> of an asynchronous change, which
    /// <c>GET …/bulk_operations/{operation_id}</c> reads) becomes an item there, so the read that follows finds it.
    /// </summary>
    private void Register(Request request, JsonObject shown)
    {
        foreach (var (name, value) in shown.ToArray())
        {
            if (value is not JsonValue id || id.GetValueKind() != JsonValueKind.String || _map.IdentifiedBy(name) is not { } target || target == request.Collection)
            {
                continue;
            }

            var values = target.Template.Parameters.Select(p => request.PathValues.TryGetValue(p, out var v) ? v : null).ToArray();
            if (values.Any(v => v is null))
            {
                continue;
            }

            var path = target.Template.Resolve(values!);
            if (_store.Find(path, id.GetValue<string>()) is null)
            {
                var item = new JsonObject { [IdMember(target)] = id.GetValue<string>() };
                _store.Add(path, target.Template.Text, values!, id.GetValue<string>(), item);
            }
        }
    }

    // --- Helpers --------------------------------------------------------------------------------------------

    private void RequireParents(Collection collection, IReadOnlyList<string> values)
    {
        var parent = collection.Parent;
        var count = values.Count;
        while (parent is not null && count > 0)
        {
            var parentValues = values.Take(count - 1).ToArray();
            if (_store.Find(parent.Template.Resolve(parentValues), values[count - 1]) is null)
            {
                throw ApiProblem.NotFound(Describe(parent));
            }

            count--;
            parent = parent.Parent;
        }
    }

    private StoredResource Find(Request request, string collectionPath)
    {
        var id = request.PathValues.TryGetValue(request.Collection.ItemParameter ?? string.Empty, out var value) ? value : string.Empty;
        return _store.Find(collectionPath, id)
            ?? _profile?.OnFinding(Event(request, request.Collection, collectionPath), id)
            ?? throw ApiProblem.NotFound(Describe(request.Collection));
    }

    /// <summary>What one item of the collection is called: <c>shares</c> → <c>Share</c>, <c>excluded-recipients</c> → <c>Excluded recipient</c>.</summary>
    private static string Describe(Collection collection)
    {
        var words = collection.Segment.Replace('_', ' ').Replace('-', ' ');
        words = words.EndsWith('s') && words.Length > 1 ? words[..^1] : words;
        return words.Length == 0 ? "Item" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The member holding an item's id: one named like the item's path parameter (<c>sitekey</c>), else <c>id</c>.</summary>
    private string IdMember(Collection collection)
        => collection.ItemParameter is { } parameter && _itemSchemas[collection] is { } schema && _contract.Resolve(schema).Properties.ContainsKey(parameter) ? parameter : "id";

    private string NewId(Collection collection)
    {
        var schema = _contract.Resolve(collection.ItemParameterSchema ?? new SchemaNode { Type = "string", MaxLength = 32 });
        var id = ValueSynthesizer.NewId(schema, _random);
        return id is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : id.ToJsonString();
    }

    /// <summary>Date-time members named <c>modified…</c> or <c>updated…</c> take the time of the change.</summary>
    private void Touch(Collection collection, JsonObject item)
    {
        if (_itemSchemas[collection] is not { } schema)
        {
            return;
        }

        foreach (var (name, member) in _contract.Resolve(schema).Properties)
        {
            if ((name.StartsWith("modified", StringComparison.Ordinal) || name.StartsWith("updated", StringComparison.Ordinal)) && ValueSynthesizer.IsTimestamp(_contract.Resolve(member)))
            {
                item[name] = ValueSynthesizer.Timestamp(_time.GetUtcNow());
            }
        }
    }

    /// <summary>The schema of one item: what reading it answers, else what listing or creating answers.</summary>
    private SchemaNode? ItemSchemaOf(Collection collection)
    {
        var operations = _contract.Operations.Where(o => _map.Of(o).Collection == collection).ToArray();
        return operations.Where(o => _map.Of(o).Role == OperationRole.Read).Select(o => _envelopes.ResultSchema(o)).FirstOrDefault()
            ?? operations.Where(o => _map.Of(o).Role == OperationRole.List).Select(o => _envelopes.ListItemSchema(o)).FirstOrDefault(s => s is not null)
            ?? operations.Where(o => _map.Of(o).Role == OperationRole.Create && o.SuccessSchema is not null).Select(o => _envelopes.ResultSchema(o)).FirstOrDefault();
    }

    private static IEnumerable<string> IdsIn(JsonElement? body, string idMember)
    {
        IEnumerable<JsonElement> candidates = body switch
        {
            { ValueKind: JsonValueKind.Array } array => array.EnumerateArray(),
            { ValueKind: JsonValueKind.Object } members => members.EnumerateObject().Where(m => m.Value.ValueKind == JsonValueKind.Array).SelectMany(m => m.Value.EnumerateArray()),
            _ => [],
        };
        foreach (var candidate in candidates)
        {
            if (candidate.ValueKind == JsonValueKind.Object && candidate.TryGetProperty(idMember, out var id) && id.ValueKind == JsonValueKind.String)
            {
                yield return id.GetString()!;
            }
            else if (candidate.ValueKind == JsonValueKind.String)
            {
                yield return candidate.GetString()!;
            }
        }
    }

    private static IEnumerable<JsonElement?> Elements(JsonElement array) => array.EnumerateArray().Select(e => (JsonElement?)e);

    private ResourceEvent Event(Request request, Collection collection, string collectionPath, StoredResource? resource = null, JsonObject? item = null, JsonElement? body = null)
        => new(request.Operation, collection.Template.Text, collectionPath, request.PathValues, request.Query) { Resource = resource, Item = item ?? resource?.Json, Body = body };

    private static JsonElement? Body(HttpContext context)
    {
        var text = RequestBodyText.Get(context);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null; // the contract said whether a body was needed; a body it does not read is ignored
        }
    }

    private sealed record Request(OperationContract Operation, Collection Collection, IReadOnlyDictionary<string, string> PathValues, IQueryCollection Query, JsonElement? Body);
}

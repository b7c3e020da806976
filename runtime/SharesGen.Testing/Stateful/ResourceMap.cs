using System;
using System.Collections.Generic;
using System.Linq;
using SharesGen.Testing.Contracts;

namespace SharesGen.Testing.Stateful;

/// <summary>
/// The API's collections as its path templates describe them, derived once from the contract: a path that ends in
/// a literal (<c>/accounts/{account_id}/shares</c>) is a collection, the same path plus a parameter
/// (<c>…/shares/{share_id}</c>) one of its items, and a collection whose path continues an item's path
/// (<c>…/shares/{share_id}/recipients</c>) is nested in that item. Each operation gets a role from its method and
/// whether its path names a collection or an item; a literal path that neither creates nor lists items
/// (<c>GET</c>/<c>PUT …/configurations</c>) holds a single value.
/// </summary>
internal sealed class ResourceMap
{
    private readonly Dictionary<string, Collection> _byShape = new(StringComparer.Ordinal);
    private readonly Dictionary<OperationContract, (OperationRole Role, Collection Collection)> _roles = new();

    /// <param name="contract">The API.</param>
    /// <param name="answersList">Whether an operation's success body holds a list (an array <c>result</c>).</param>
    public ResourceMap(ApiContract contract, Func<OperationContract, bool> answersList)
    {
        foreach (var operation in contract.Operations)
        {
            var template = new PathTemplate(operation.PathTemplate);
            var collectionTemplate = template.EndsInParameter ? template.Parent : template;
            var collection = Get(collectionTemplate);
            if (template.EndsInParameter)
            {
                collection.ItemParameter ??= template.Last;
                collection.ItemParameterSchema ??= operation.Parameters.FirstOrDefault(p => p.In == "path" && p.Name == template.Last)?.Schema;
                collection.HasItems = true;
            }
            else if (operation.Method == "POST" || (operation.Method == "GET" && answersList(operation)))
            {
                collection.HasItems = true;
            }
        }

        foreach (var collection in _byShape.Values)
        {
            var parentItem = collection.Template.Parent;
            if (parentItem.EndsInParameter && _byShape.TryGetValue(parentItem.Parent.Shape, out var parent) && parent.HasItems)
            {
                collection.Parent = parent;
                parent.Children.Add(collection);
            }
        }

        foreach (var operation in contract.Operations)
        {
            var template = new PathTemplate(operation.PathTemplate);
            var collection = _byShape[(template.EndsInParameter ? template.Parent : template).Shape];
            _roles[operation] = (RoleOf(operation.Method, template.EndsInParameter, collection.HasItems), collection);
        }
    }

    /// <summary>Every collection, by the shape of its template.</summary>
    public IEnumerable<Collection> Collections => _byShape.Values;

    public (OperationRole Role, Collection Collection) Of(OperationContract operation) => _roles[operation];

    /// <summary>The collection whose items a response member of this name identifies (<c>operation_id</c> → <c>…/bulk_operations/{operation_id}</c>).</summary>
    public Collection? IdentifiedBy(string memberName)
        => _byShape.Values.FirstOrDefault(c => c.HasItems && c.ItemParameter == memberName);

    private static OperationRole RoleOf(string method, bool item, bool collectionHasItems) => (method, item) switch
    {
        ("GET", true) => OperationRole.Read,
        ("PUT" or "PATCH", true) => OperationRole.Update,
        ("DELETE", true) => OperationRole.Delete,
        ("GET", false) => collectionHasItems ? OperationRole.List : OperationRole.ReadSingleton,
        ("POST", false) => OperationRole.Create,
        ("PUT", false) => collectionHasItems ? OperationRole.ReplaceAll : OperationRole.WriteSingleton,
        ("PATCH", false) when !collectionHasItems => OperationRole.WriteSingleton,
        ("DELETE", false) => OperationRole.DeleteMany,
        _ => OperationRole.Action,
    };

    private Collection Get(PathTemplate template)
    {
        if (!_byShape.TryGetValue(template.Shape, out var collection))
        {
            collection = new Collection(template);
            _byShape[template.Shape] = collection;
        }

        return collection;
    }
}

/// <summary>One collection of the API (all its instances: <c>/accounts/{account_id}/shares</c> for every account).</summary>
internal sealed class Collection(PathTemplate template)
{
    /// <summary>The collection's path template, as the first operation on it writes it.</summary>
    public PathTemplate Template { get; } = template;

    /// <summary>The literal segment that names it: <c>shares</c>, <c>recipients</c>.</summary>
    public string Segment => Template.Last;

    /// <summary>The parameter item paths use, e.g. <c>share_id</c>; null when no operation addresses an item.</summary>
    public string? ItemParameter { get; set; }

    /// <summary>The schema of that parameter, which new ids are made to fit.</summary>
    public SchemaNode? ItemParameterSchema { get; set; }

    /// <summary>Items can be created or addressed one by one (it is not a single value).</summary>
    public bool HasItems { get; set; }

    /// <summary>The collection whose items this one is nested in.</summary>
    public Collection? Parent { get; set; }

    /// <summary>Collections nested in this one's items, e.g. <c>recipients</c> and <c>resources</c> in a share.</summary>
    public List<Collection> Children { get; } = new();

    public override string ToString() => Template.Text;
}

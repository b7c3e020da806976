using System.Collections.Generic;
using System.Linq;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Splits the client into its files: the root client, and one file per sub-client holding only that sub-client's
/// operations, so an edit to one operation changes one unit and re-emits one file.
/// </summary>
internal static class ClientUnits
{
    public static IEnumerable<EmitUnit> Of(ApiModel model)
    {
        var taken = ClientNames.Taken(model.Objects.Select(o => o.Name)
            .Concat(model.Enums.Select(e => e.Name))
            .Concat(model.Forms.Select(f => f.Name))
            .Concat(model.Operations.SelectMany(o => o.GroupNames.Select(g => g.Class)))
            .Concat(model.Operations.Where(o => o.OptionsTypeName is not null).Select(o => o.OptionsTypeName!)));

        var prefixes = PathPrefixes(model.Operations);

        // Every group on the way to an operation, by path; a group without operations of its own still has a class.
        var groups = new SortedDictionary<string, (EquatableArray<string> Path, SubClientName Name, List<OperationModel> Operations, SortedDictionary<string, SubClientName> Children)>(System.StringComparer.Ordinal);
        var rootChildren = new SortedDictionary<string, SubClientName>(System.StringComparer.Ordinal);
        var rootOperations = new List<OperationModel>();
        foreach (var operation in model.Operations)
        {
            if (operation.Group.IsEmpty)
            {
                rootOperations.Add(operation);
                continue;
            }

            var parentChildren = rootChildren;
            for (var depth = 0; depth < operation.Group.Count; depth++)
            {
                var path = operation.Group.Take(depth + 1).ToEquatableArray();
                var key = string.Join("\u0000", path);
                var name = operation.GroupNames[depth] with { PathPrefix = prefixes[key] };
                parentChildren[name.Property] = name;
                if (!groups.TryGetValue(key, out var group))
                {
                    group = (path, name, new List<OperationModel>(), new SortedDictionary<string, SubClientName>(System.StringComparer.Ordinal));
                    groups.Add(key, group);
                }

                if (depth == operation.Group.Count - 1)
                {
                    group.Operations.Add(operation);
                }

                parentChildren = group.Children;
            }
        }

        yield return new ClientUnit(new ClientModel(
            model.Namespace, model.ClientName, model.Title, model.Description, model.DefaultBaseAddress,
            rootChildren.Values.ToEquatableArray(), rootOperations.ToEquatableArray(), taken));
        foreach (var group in groups.Values)
        {
            yield return new SubClientUnit(new SubClientModel(
                model.Namespace, group.Name.Class, group.Path, group.Name.PathPrefix, group.Children.Values.ToEquatableArray(), group.Operations.ToEquatableArray(), taken));
        }
    }

    /// <summary>
    /// The path segments all operations under each group share (<c>/accounts/{account_id}/shares</c> for
    /// <c>Shares</c>, sub-groups included), by the group's key; null for a group whose paths share no segment.
    /// </summary>
    private static Dictionary<string, string?> PathPrefixes(EquatableArray<OperationModel> operations)
    {
        var shared = new Dictionary<string, string[]>(System.StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            var segments = operation.PathTemplate.Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries);
            for (var depth = 1; depth <= operation.Group.Count; depth++)
            {
                var key = string.Join("\u0000", operation.Group.Take(depth));
                shared[key] = shared.TryGetValue(key, out var sofar) ? sofar.Zip(segments, (a, b) => (a, b)).TakeWhile(p => p.a == p.b).Select(p => p.a).ToArray() : segments;
            }
        }

        return shared.ToDictionary(pair => pair.Key, pair => pair.Value.Length == 0 ? null : "/" + string.Join("/", pair.Value), System.StringComparer.Ordinal);
    }
}

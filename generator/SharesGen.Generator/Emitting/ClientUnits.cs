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
            .Concat(model.Operations.SelectMany(o => o.GroupNames.Select(g => g.Class)))
            .Concat(model.Operations.Where(o => o.OptionsTypeName is not null).Select(o => o.OptionsTypeName!)));

        // Every group on the way to an operation, by path; a group without operations of its own still has a class.
        var groups = new SortedDictionary<string, (EquatableArray<string> Path, string Class, List<OperationModel> Operations, SortedDictionary<string, SubClientName> Children)>(System.StringComparer.Ordinal);
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
                var name = operation.GroupNames[depth];
                parentChildren[name.Property] = name;
                if (!groups.TryGetValue(key, out var group))
                {
                    group = (path, name.Class, new List<OperationModel>(), new SortedDictionary<string, SubClientName>(System.StringComparer.Ordinal));
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
                model.Namespace, group.Class, group.Path, group.Children.Values.ToEquatableArray(), group.Operations.ToEquatableArray(), taken));
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Names the client's generated types once every operation is read: a top-level class per sub-client
/// (<c>SharesRecipientsOperations</c>, reached as <c>client.Shares.Recipients</c>) and an options class per operation
/// with query or header parameters (<c>SharesListOptions</c>). They share the namespace with the DTOs and enums, which
/// keep their names; a class that meets one gets a number (SHARESGEN007).
/// </summary>
internal static class ClientLayout
{
    /// <summary>
    /// The public members every options class inherits (<c>SharesGen.Runtime.ApiCallOptions</c>' own, and
    /// <c>object</c>'s): a parameter named like one of them gets a number instead of hiding it.
    /// </summary>
    public static readonly string[] ApiCallOptionsMembers = { "Timeout", "Headers", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize" };

    /// <summary>What a root client has besides its sub-clients and operations.</summary>
    private static readonly string[] RootMembers = { "DefaultBaseAddress" };

    /// <param name="operations">Every operation, named and grouped.</param>
    /// <param name="typeNames">The namespace's type names, DTOs and enums already in it.</param>
    /// <param name="generatedTypes">Every DTO and enum name: a sub-client property never takes one (it would hide the type in the code that uses it).</param>
    /// <param name="clientName">The root client's name.</param>
    /// <param name="pointerOf">Where an operation is in the spec, for diagnostics.</param>
    /// <param name="context">Where to report.</param>
    public static IReadOnlyList<OperationModel> Assign(
        IReadOnlyList<OperationModel> operations,
        NameScope typeNames,
        IEnumerable<string> generatedTypes,
        string clientName,
        System.Func<OperationModel, string> pointerOf,
        ReadContext context)
    {
        var root = Node.Build(operations);
        var descendants = root.Descendants().ToList();

        // Classes first, in a stable order (depth first, siblings by ordinal name): of two groups that meet as a C# name
        // (/a/b and /a_b), the first in that order keeps it.
        foreach (var node in descendants)
        {
            var wanted = Naming.Limit(string.Concat(node.Path)) + "Operations";
            node.ClassName = typeNames.Claim(wanted, string.Join(".", node.Path), out var collided);
            if (collided is not null)
            {
                context.Report(DiagnosticDescriptors.NameCollision, pointerOf(node.FirstOperation), collided, string.Join(".", node.Path), wanted, node.ClassName);
            }
        }

        var types = new HashSet<string>(generatedTypes.SelectMany(t => new[] { t, GeneratedTypeNames.Converter(t) }).Concat(descendants.Select(d => d.ClassName)), System.StringComparer.Ordinal);
        foreach (var node in new[] { root }.Concat(descendants))
        {
            var own = node == root ? clientName : node.ClassName;
            var members = new NameScope(node.Operations.Select(o => o.MethodName + "Async").Concat(node == root ? RootMembers : System.Array.Empty<string>()).Append(own).ToArray());
            foreach (var child in node.Children)
            {
                var segment = child.Path[child.Path.Count - 1];
                var property = members.Claim(segment, segment, out _);
                while (types.Contains(property))
                {
                    property = members.Claim(segment, segment, out _);
                }

                child.PropertyName = property;
            }
        }

        var laidOut = new List<OperationModel>(operations.Count);
        foreach (var operation in operations)
        {
            // Down the tree by the group's segments, rather than by a key string made for every prefix of every group.
            var names = new SubClientName[operation.Group.Count];
            var node = root;
            for (var depth = 0; depth < operation.Group.Count; depth++)
            {
                node = node.Child(operation.Group[depth]);
                names[depth] = new SubClientName(node.PropertyName, node.ClassName);
            }

            laidOut.Add(WithOptions(operation with { GroupNames = names.ToEquatableArray() }, typeNames, clientName, pointerOf, context));
        }

        return laidOut;
    }

    /// <summary>The options class of an operation with query or header parameters; none for one without.</summary>
    private static OperationModel WithOptions(OperationModel operation, NameScope typeNames, string clientName, System.Func<OperationModel, string> pointerOf, ReadContext context)
    {
        if (operation.Parameters.All(p => p.Location == ParameterLocation.Path))
        {
            return operation;
        }

        var wanted = Naming.Limit((operation.Group.IsEmpty ? clientName : string.Concat(operation.Group)) + operation.MethodName) + "Options";
        var name = typeNames.Claim(wanted, operation.OperationId, out var collided);
        if (collided is not null)
        {
            context.Report(DiagnosticDescriptors.NameCollision, pointerOf(operation), collided, operation.OperationId, wanted, name);
        }

        // A member may not be named like its class (CS0542): a parameter that is gets a number, like any other clash.
        var members = new NameScope(ApiCallOptionsMembers.Append(name).ToArray());
        var parameters = operation.Parameters
            .Select(p => p.Location == ParameterLocation.Path ? p : p with { Name = members.Claim(p.Name, p.WireName, out _) })
            .ToEquatableArray();
        return operation with { OptionsTypeName = name, Parameters = parameters };
    }

    /// <summary>A node of the sub-client tree.</summary>
    private sealed class Node
    {
        private readonly SortedDictionary<string, Node> _children = new(System.StringComparer.Ordinal);

        private Node(IReadOnlyList<string> path) => Path = path;

        public IReadOnlyList<string> Path { get; }

        public string PropertyName { get; set; } = string.Empty;

        public string ClassName { get; set; } = string.Empty;

        public List<OperationModel> Operations { get; } = new();

        public IEnumerable<Node> Children => _children.Values;

        public Node Child(string segment) => _children[segment];

        /// <summary>The first operation at or below this node, where a diagnostic about its name is reported.</summary>
        public OperationModel FirstOperation => Operations.Count > 0 ? Operations[0] : Children.First().FirstOperation;

        public static Node Build(IEnumerable<OperationModel> operations)
        {
            var root = new Node(System.Array.Empty<string>());
            foreach (var operation in operations)
            {
                var node = root;
                for (var depth = 0; depth < operation.Group.Count; depth++)
                {
                    var segment = operation.Group[depth];
                    if (!node._children.TryGetValue(segment, out var child))
                    {
                        child = new Node(operation.Group.Take(depth + 1).ToList());
                        node._children.Add(segment, child);
                    }

                    node = child;
                }

                node.Operations.Add(operation);
            }

            return root;
        }

        /// <summary>Every node below this one, depth first, each before its children; without recursion, for paths thousands of segments deep.</summary>
        public IEnumerable<Node> Descendants()
        {
            var pending = new Stack<IEnumerator<Node>>();
            pending.Push(Children.GetEnumerator());
            while (pending.Count > 0)
            {
                var siblings = pending.Peek();
                if (!siblings.MoveNext())
                {
                    pending.Pop();
                    continue;
                }

                yield return siblings.Current;
                pending.Push(siblings.Current.Children.GetEnumerator());
            }
        }
    }
}

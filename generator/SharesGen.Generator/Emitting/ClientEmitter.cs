using System.Collections.Generic;
using System.Linq;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator.Emitting;

/// <summary>The input of <see cref="ClientEmitter"/>: the operations and what the client is called.</summary>
internal sealed record ClientModel(
    string Namespace,
    string ClientName,
    string? Title,
    string? Description,
    string? DefaultBaseAddress,
    EquatableArray<OperationModel> Operations);

/// <summary>
/// Emits the typed client: one class, with a nested sub-client per group (<c>client.Shares.Recipients</c>).
/// Methods only assemble a request and pick a response shape; the runtime's <c>ApiPipeline</c> does the rest.
/// </summary>
internal static class ClientEmitter
{
    public static string Emit(ClientModel model)
    {
        var names = new CodeNames(model.Namespace);
        var writer = Preamble.Begin(model.Namespace);
        var root = GroupNode.Build(model.Operations, model.ClientName);

        DocComments.Summary(writer, model.Title is null ? null : model.Title + ".", $"A typed client for the API.");
        DocComments.Remarks(writer, model.Description);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public sealed partial class {model.ClientName}"))
        {
            if (model.DefaultBaseAddress is { } baseAddress)
            {
                DocComments.Element(writer, "summary", "The server the spec names, used when neither the options nor the <c>HttpClient</c> set a base address.", escape: false);
                writer.WriteLine($"public const string DefaultBaseAddress = {Literals.String(baseAddress)};");
                writer.WriteLine();
            }

            writer.WriteLine($"private readonly {CodeNames.Runtime}.ApiPipeline _pipeline;");
            writer.WriteLine();
            var defaultAddress = model.DefaultBaseAddress is null ? "null" : "DefaultBaseAddress";
            DocComments.Element(writer, "summary", "Creates a client on the runtime's own connection handling: pooled connections, no automatic redirects\n(same-origin ones are followed by the client itself), no cookies.", escape: false);
            writer.WriteLine("/// <param name=\"options\">Base address, credentials, timeout and retries; defaults read credentials from the environment.</param>");
            using (writer.OpenBlock($"public {model.ClientName}({CodeNames.Runtime}.ApiClientOptions? options = null)"))
            {
                writer.WriteLine($"_pipeline = new {CodeNames.Runtime}.ApiPipeline(options ?? new {CodeNames.Runtime}.ApiClientOptions(), {defaultAddress});");
                EmitChildInitializers(writer, root);
            }

            writer.WriteLine();
            DocComments.Element(writer, "summary", "Creates a client that sends its requests through <paramref name=\"httpClient\"/>.", escape: false);
            writer.WriteLines("/// <param name=\"httpClient\">The client to send with; the caller owns it. Build it on a handler with <c>AllowAutoRedirect = false</c>:\n/// one that follows redirects by itself sends the credentials wherever a server points it.</param>");
            writer.WriteLine("/// <param name=\"options\">Base address, credentials, timeout and retries; defaults read credentials from the environment.</param>");
            using (writer.OpenBlock($"public {model.ClientName}(global::System.Net.Http.HttpClient httpClient, {CodeNames.Runtime}.ApiClientOptions? options = null)"))
            {
                writer.WriteLine($"_pipeline = new {CodeNames.Runtime}.ApiPipeline(httpClient, options ?? new {CodeNames.Runtime}.ApiClientOptions(), {defaultAddress});");
                EmitChildInitializers(writer, root);
            }

            EmitGroupMembers(writer, names, root);

            foreach (var group in root.Descendants())
            {
                writer.WriteLine();
                EmitGroupClass(writer, names, group);
            }
        }

        writer.WriteLine();
        EmitServiceRegistration(writer, model.ClientName);
        return Preamble.End(writer);
    }

    /// <summary><c>services.AddSharesClient(...)</c>: a typed client of <c>IHttpClientFactory</c>.</summary>
    private static void EmitServiceRegistration(SourceWriter writer, string clientName)
    {
        const string services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
        const string builder = "global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";
        const string registration = CodeNames.Runtime + ".DependencyInjection.SharesGenServiceCollectionExtensions";
        var create = $"static (httpClient, options) => new {clientName}(httpClient, options)";

        DocComments.Element(writer, "summary", $"Registers <see cref=\"{clientName}\"/> with <c>IHttpClientFactory</c>.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public static partial class {clientName}ServiceCollectionExtensions"))
        {
            DocComments.Element(writer, "summary", $"Registers <see cref=\"{clientName}\"/> as a typed client; credentials left unset are read from\n<c>CLOUDFLARE_API_TOKEN</c>, or <c>CLOUDFLARE_EMAIL</c> with <c>CLOUDFLARE_API_KEY</c>.", escape: false);
            writer.WriteLine("/// <param name=\"services\">The service collection.</param>");
            writer.WriteLine("/// <param name=\"configure\">Sets the base address, credentials, timeout and retries.</param>");
            writer.WriteLine("/// <returns>The builder, to add handlers or configure the <c>HttpClient</c>.</returns>");
            writer.WriteLine($"public static {builder} Add{clientName}(this {services} services, global::System.Action<{CodeNames.Runtime}.ApiClientOptions>? configure = null)");
            writer.WriteLine($"    => {registration}.AddSharesGenClient(services, {create}, configure);");
            writer.WriteLine();
            DocComments.Element(writer, "summary", $"Registers <see cref=\"{clientName}\"/> with options bound from configuration (<c>BaseAddress</c>, <c>ApiToken</c>,\n<c>Email</c> + <c>ApiKey</c>, <c>Timeout</c>, <c>MaxRetries</c>, <c>AllowInsecureHttp</c>).", escape: false);
            writer.WriteLine("/// <param name=\"services\">The service collection.</param>");
            writer.WriteLine("/// <param name=\"configuration\">The section to read, e.g. <c>configuration.GetSection(\"Cloudflare\")</c>.</param>");
            writer.WriteLine("/// <param name=\"configure\">Adjusts the options after binding.</param>");
            writer.WriteLine("/// <returns>The builder, to add handlers or configure the <c>HttpClient</c>.</returns>");
            writer.WriteLine($"public static {builder} Add{clientName}(this {services} services, global::Microsoft.Extensions.Configuration.IConfiguration configuration, global::System.Action<{CodeNames.Runtime}.ApiClientOptions>? configure = null)");
            writer.WriteLine($"    => {registration}.AddSharesGenClient(services, {create}, configuration, configure);");
        }
    }

    private static void EmitGroupClass(SourceWriter writer, CodeNames names, GroupNode group)
    {
        DocComments.Element(writer, "summary", $"The operations under <c>{string.Join(".", group.Path)}</c>.", escape: false);
        using (writer.OpenBlock($"public sealed partial class {group.ClassName}"))
        {
            writer.WriteLine($"private readonly {CodeNames.Runtime}.ApiPipeline _pipeline;");
            writer.WriteLine();
            using (writer.OpenBlock($"internal {group.ClassName}({CodeNames.Runtime}.ApiPipeline pipeline)"))
            {
                writer.WriteLine("_pipeline = pipeline;");
                EmitChildInitializers(writer, group);
            }

            EmitGroupMembers(writer, names, group);
        }
    }

    private static void EmitChildInitializers(SourceWriter writer, GroupNode group)
    {
        foreach (var child in group.Children)
        {
            writer.WriteLine($"{child.PropertyName} = new {child.ClassName}(_pipeline);");
        }
    }

    private static void EmitGroupMembers(SourceWriter writer, CodeNames names, GroupNode group)
    {
        var security = new SecurityCode(group.Operations, CodeNames.Runtime + ".ApiSecurity");
        if (group.Operations.Count > 0)
        {
            writer.WriteLine();
            security.EmitFields(writer, CodeNames.Runtime + ".ApiSecurityScheme");
        }

        foreach (var child in group.Children)
        {
            writer.WriteLine();
            DocComments.Element(writer, "summary", $"The operations under <c>{string.Join(".", child.Path)}</c>.", escape: false);
            writer.WriteLine($"public {child.ClassName} {child.PropertyName} {{ get; }}");
        }

        foreach (var operation in group.Operations)
        {
            OperationEmitter.Emit(writer, names, operation, security.FieldOf(operation));
        }
    }

    /// <summary>A node of the sub-client tree.</summary>
    private sealed class GroupNode
    {
        private readonly SortedDictionary<string, GroupNode> _children = new(System.StringComparer.Ordinal);

        private GroupNode(IReadOnlyList<string> path) => Path = path;

        public IReadOnlyList<string> Path { get; }

        /// <summary>The property of the parent that holds this group: its last segment, unless that is taken.</summary>
        public string PropertyName { get; private set; } = string.Empty;

        /// <summary>The nested class of the group: its segments joined, plus <c>Operations</c>, unless that is taken.</summary>
        public string ClassName { get; private set; } = string.Empty;

        public List<OperationModel> Operations { get; } = new();

        public IEnumerable<GroupNode> Children => _children.Values;

        public static GroupNode Build(IEnumerable<OperationModel> operations, string clientName)
        {
            var root = BuildTree(operations);
            AssignNames(root, clientName);
            return root;
        }

        /// <summary>
        /// Distinct groups can meet as C# names: <c>/a_b</c> and <c>/a/b</c> both make <c>ABOperations</c>,
        /// <c>/widgets/list_async</c> makes a property <c>ListAsync</c> beside the method of <c>GET /widgets</c>, and
        /// <c>/shares_client</c> a property named like the client. Every group class is nested in the client, so
        /// class names share one scope with the client's own members; a group's properties share one with its class
        /// name and methods, and never take a class name (a property would hide the type in <c>new X(...)</c>).
        /// Names that do not meet are the plain ones, so ordinary specs are unaffected.
        /// </summary>
        private static void AssignNames(GroupNode root, string clientName)
        {
            var clientMembers = new NameScope(MethodNamesOf(root).Concat(new[] { clientName, "DefaultBaseAddress", "_pipeline" }).ToArray());
            foreach (var child in root.Children)
            {
                child.PropertyName = clientMembers.Claim(child.Path[child.Path.Count - 1], string.Empty, out _);
            }

            var descendants = root.Descendants().ToList();
            foreach (var node in descendants)
            {
                // Joined, the segments of a long path make a name too long for metadata: it is limited like any other.
                node.ClassName = clientMembers.Claim(Naming.Limit(string.Concat(node.Path)) + "Operations", string.Empty, out _);
            }

            var classNames = descendants.Select(n => n.ClassName).ToArray();
            foreach (var node in descendants)
            {
                var members = new NameScope(MethodNamesOf(node).Concat(classNames).Concat(new[] { "_pipeline" }).ToArray());
                foreach (var child in node.Children)
                {
                    child.PropertyName = members.Claim(child.Path[child.Path.Count - 1], string.Empty, out _);
                }
            }
        }

        /// <summary>Every method an operation of <paramref name="node"/> may emit (see <see cref="OperationEmitter"/>).</summary>
        private static IEnumerable<string> MethodNamesOf(GroupNode node)
            => node.Operations.SelectMany(o => new[] { o.MethodName + "Async", o.MethodName + "WithResponseAsync", o.MethodName + "PageAsync" });

        private static GroupNode BuildTree(IEnumerable<OperationModel> operations)
        {
            var root = new GroupNode(System.Array.Empty<string>());
            foreach (var operation in operations)
            {
                var node = root;
                for (var depth = 0; depth < operation.Group.Count; depth++)
                {
                    var segment = operation.Group[depth];
                    if (!node._children.TryGetValue(segment, out var child))
                    {
                        child = new GroupNode(operation.Group.Take(depth + 1).ToList());
                        node._children.Add(segment, child);
                    }

                    node = child;
                }

                node.Operations.Add(operation);
            }

            return root;
        }

        /// <summary>Every group below this one, depth first, each before its children.</summary>
        public IEnumerable<GroupNode> Descendants()
        {
            // Without recursion: a path of thousands of segments nests its groups that deep.
            var pending = new Stack<IEnumerator<GroupNode>>();
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

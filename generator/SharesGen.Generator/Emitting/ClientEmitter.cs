using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>The input of <see cref="ClientEmitter"/>: the root client, its sub-clients and its own operations (rarely any).</summary>
internal sealed record ClientModel(
    string Namespace,
    string ClientName,
    string? Title,
    string? Description,
    string? DefaultBaseAddress,
    EquatableArray<SubClientName> Children,
    EquatableArray<OperationModel> Operations,
    EquatableArray<string> TakenNames);

/// <summary>
/// Emits the root client (<c>SharesClient</c>): its constructors, one property per top-level sub-client (each in a file
/// of its own, <see cref="SubClientEmitter"/>), and <c>services.AddSharesClient(...)</c>. Like every sub-client it is
/// mockable: virtual members and a protected constructor.
/// </summary>
internal static class ClientEmitter
{
    private const string OptionsDoc = "/// <param name=\"options\">Base address, credentials, timeout and retries; defaults read credentials from the environment.</param>";

    public static string Emit(ClientModel model)
    {
        var names = new ClientNames(model.TakenNames);
        var writer = Preamble.Begin(model.Namespace);
        if (model.Operations.Count > 0 && System.Linq.Enumerable.Any(model.Operations, o => System.Linq.Enumerable.Any(o.Parameters, p => p.Location != ParameterLocation.Path && string.IsNullOrWhiteSpace(p.Description))))
        {
            writer.WriteLine("#pragma warning disable CS1591 // The spec describes not every parameter, and a made-up sentence is no documentation.");
            writer.WriteLine();
        }

        // The body first, into a writer of its own: the usings are those of the names it used.
        var head = writer;
        writer = new SourceWriter();
        var options = names.Name("ApiClientOptions");
        var pipeline = names.Name("ApiPipeline");
        DocComments.Summary(writer, model.Title is null ? null : model.Title + ".", "A typed client for the API.");
        DocComments.Remarks(writer, model.Description);
        writer.WriteLine(names.GeneratedCode);
        using (writer.OpenBlock($"public partial class {model.ClientName}"))
        {
            var baseAddress = "null";
            if (model.DefaultBaseAddress is { } address)
            {
                DocComments.Line(writer, "summary", "The server the spec names, used when neither the options nor the <c>HttpClient</c> set a base address.");
                writer.WriteLine($"public const string DefaultBaseAddress = {Literals.String(address)};");
                writer.WriteLine();
                baseAddress = "DefaultBaseAddress";
            }

            DocComments.Line(writer, "summary", "Creates a client on the runtime's own connection handling: pooled connections, no automatic redirects (same-origin ones are followed by the client itself), no cookies.");
            writer.WriteLine(OptionsDoc);
            writer.WriteLine($"public {model.ClientName}({options}? options = null)");
            writer.WriteLine($"    : this(new {pipeline}(options ?? new {options}(), {baseAddress})) {{ }}");
            writer.WriteLine();
            DocComments.Line(writer, "summary", "Creates a client that sends its requests through <paramref name=\"httpClient\"/>.");
            writer.WriteLine("/// <param name=\"httpClient\">The client to send with; the caller owns it. Build it on a handler with <c>AllowAutoRedirect = false</c>: one that follows redirects by itself sends the credentials wherever a server points it.</param>");
            writer.WriteLine(OptionsDoc);
            writer.WriteLine($"public {model.ClientName}({names.Name("HttpClient")} httpClient, {options}? options = null)");
            writer.WriteLine($"    : this(new {pipeline}(httpClient, options ?? new {options}(), {baseAddress})) {{ }}");
            writer.WriteLine();
            DocComments.Line(writer, "summary", "For test doubles: a client that sends nothing. Override the members a test uses; its sub-clients are null.");
            writer.WriteLine($"protected {model.ClientName}() {{ }}");
            writer.WriteLine();
            SubClientEmitter.EmitBody(writer, names, model.ClientName, model.Children, model.Operations, isRoot: true);
        }

        writer.WriteLine();
        EmitServiceRegistration(writer, names, model.ClientName);
        names.WriteUsings(head);
        head.Append(writer);
        return Preamble.End(head);
    }

    /// <summary><c>services.AddSharesClient(...)</c>: a typed client of <c>IHttpClientFactory</c>.</summary>
    private static void EmitServiceRegistration(SourceWriter writer, ClientNames names, string clientName)
    {
        const string services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
        const string builder = "global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";
        const string configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";
        const string registration = "global::SharesGen.Runtime.DependencyInjection.SharesGenServiceCollectionExtensions";
        var options = names.Name("ApiClientOptions");
        var configure = $"{names.Name("Action")}<{options}>? configure = null";
        var create = $"static (httpClient, options) => new {clientName}(httpClient, options)";

        DocComments.Line(writer, "summary", $"Registers <see cref=\"{clientName}\"/> with <c>IHttpClientFactory</c>.");
        writer.WriteLine(names.GeneratedCode);
        using (writer.OpenBlock($"public static partial class {GeneratedTypeNames.ServiceRegistration(clientName)}"))
        {
            DocComments.Line(writer, "summary", $"Registers <see cref=\"{clientName}\"/> as a typed client; credentials left unset are read from the environment (<see cref=\"{names.Name("ApiCredentials")}.FromEnvironment\"/>).");
            writer.WriteLine("/// <param name=\"services\">The service collection.</param>");
            writer.WriteLine("/// <param name=\"configure\">Sets the base address, credentials, timeout and retries.</param>");
            writer.WriteLine("/// <returns>The builder, to add handlers or configure the <c>HttpClient</c>.</returns>");
            writer.WriteLine($"public static {builder} Add{clientName}(this {services} services, {configure})");
            writer.WriteLine($"    => {registration}.AddSharesGenClient(services, {create}, configure);");
            writer.WriteLine();
            // The keys are the runtime's to know (its binder reads them), so the docs point at its list instead of copying it:
            // a copy here went stale once already (six keys listed, eleven bound).
            DocComments.Line(writer, "summary", $"Registers <see cref=\"{clientName}\"/> with options bound from configuration: every key <see cref=\"{registration}.AddSharesGenClient{{TClient}}(global::Microsoft.Extensions.DependencyInjection.IServiceCollection, global::System.Func{{global::System.Net.Http.HttpClient, global::SharesGen.Runtime.ApiClientOptions, TClient}}, global::Microsoft.Extensions.Configuration.IConfiguration, global::System.Action{{global::SharesGen.Runtime.ApiClientOptions}})\"/> lists, validated at start-up with errors that name the key.");
            writer.WriteLine("/// <param name=\"services\">The service collection.</param>");
            writer.WriteLine("/// <param name=\"configuration\">The section to read, e.g. <c>configuration.GetSection(\"Cloudflare\")</c>.</param>");
            writer.WriteLine("/// <param name=\"configure\">Adjusts the options after binding.</param>");
            writer.WriteLine("/// <returns>The builder, to add handlers or configure the <c>HttpClient</c>.</returns>");
            writer.WriteLine($"public static {builder} Add{clientName}(this {services} services, {configuration} configuration, {configure})");
            writer.WriteLine($"    => {registration}.AddSharesGenClient(services, {create}, configuration, configure);");
        }
    }
}

using System.Linq;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits <c>{Client}Contract</c> (the spec as data: schemas, operations, examples, for the contract-test kit's
/// validator and server) and <c>{Client}Examples</c> (every example as a JSON string constant).
/// </summary>
internal static class ContractEmitter
{
    private const string Contracts = CodeNames.Runtime + ".Contracts";

    public static string EmitContract(ContractModel model)
    {
        var names = new CodeNames(model.Namespace);
        var writer = Preamble.Begin(model.Namespace);
        DocComments.Element(writer, "summary", $"The spec behind <see cref=\"{names.Generated(model.ClientName)}\"/> as data: component schemas (allOf merged),\noperations and examples. The contract-test kit validates payloads and requests against it.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public static partial class {model.ClientName}Contract"))
        {
            DocComments.Element(writer, "summary", "The contract, built once on first use.", escape: false);
            writer.WriteLine($"public static {Contracts}.ApiContract Contract {{ get; }} = Create();");
            writer.WriteLine();
            using (writer.OpenBlock($"private static {Contracts}.ApiContract Create()"))
            {
                writer.WriteLine($"var schemas = new global::System.Collections.Generic.Dictionary<string, {Contracts}.SchemaNode>(global::System.StringComparer.Ordinal);");
                foreach (var schema in model.Schemas)
                {
                    writer.WriteLine($"schemas[{Literals.String(schema.Name)}] = {Node(schema.Schema)};");
                }

                writer.WriteLine();
                writer.WriteLine($"var operations = new {Contracts}.OperationContract[]");
                writer.WriteLine("{");
                foreach (var operation in model.Operations)
                {
                    writer.WriteLine("    " + Operation(operation) + ",");
                }

                writer.WriteLine("};");
                writer.WriteLine();
                writer.WriteLine($"var examples = new {Contracts}.ApiExample[]");
                writer.WriteLine("{");
                foreach (var example in model.Examples)
                {
                    writer.WriteLine("    " + Example(names, model.ClientName, example) + ",");
                }

                writer.WriteLine("};");
                writer.WriteLine();
                writer.WriteLine($"return new {Contracts}.ApiContract(schemas, operations, examples);");
            }
        }

        return Preamble.End(writer);
    }

    public static string EmitExamples(ContractModel model)
    {
        var writer = Preamble.Begin(model.Namespace);
        DocComments.Element(writer, "summary", "Every example in the spec, as JSON text, named after where it stands.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public static partial class {model.ClientName}Examples"))
        {
            var first = true;
            foreach (var example in model.Examples)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                DocComments.Element(writer, "summary", "The example at <c>" + string.Join(" ", Literals.DocLines(example.Source)) + "</c>.", escape: false);
                writer.WriteLine($"public const string {example.Name} = {Literals.String(example.Json)};");
            }
        }

        return Preamble.End(writer);
    }

    private static string Example(CodeNames names, string clientName, ExampleModel example)
    {
        var parts = new System.Collections.Generic.List<string>
        {
            $"Name = {Literals.String(example.Name)}",
            $"Json = {clientName}Examples.{example.Name}",
            $"Source = {Literals.String(example.Source)}",
        };
        if (example.Schema is { } schema)
        {
            parts.Add($"Schema = {Node(schema)}");
        }

        if (example.Dto is { Kind: TypeKind.Object } dto)
        {
            parts.Add($"DtoType = typeof({names.Type(dto)})");
            parts.Add($"RoundTrip = static json => {Contracts}.ExampleRoundTrip.Differences(json, {names.Converter(dto)}, envelope: {(example.IsEnvelope ? "true" : "false")})");
        }

        return $"new {Contracts}.ApiExample {{ {string.Join(", ", parts)} }}";
    }

    private static string Operation(OperationContractModel operation)
    {
        var parts = new System.Collections.Generic.List<string>
        {
            $"OperationId = {Literals.String(operation.OperationId)}",
            $"Method = {Literals.String(operation.Method)}",
            $"PathTemplate = {Literals.String(operation.PathTemplate)}",
            $"SuccessStatus = {Literals.Number(operation.SuccessStatus)}",
        };
        if (!operation.Parameters.IsEmpty)
        {
            var parameters = operation.Parameters.Select(p =>
                $"new {Contracts}.ParameterContract {{ Name = {Literals.String(p.Name)}, In = {Literals.String(p.In)}, Required = {Bool(p.Required)}, Schema = {Node(p.Schema)}, Explode = {Bool(p.Explode)} }}");
            parts.Add($"Parameters = new {Contracts}.ParameterContract[] {{ {string.Join(", ", parameters)} }}");
        }

        if (operation.RequestBody is { } body)
        {
            parts.Add($"RequestBody = {Node(body)}");
            parts.Add($"RequestBodyRequired = {Bool(operation.RequestBodyRequired)}");
        }

        if (operation.SuccessSchema is { } success)
        {
            parts.Add($"SuccessSchema = {Node(success)}");
        }

        if (operation.FailureSchema is { } failure)
        {
            parts.Add($"FailureSchema = {Node(failure)}");
        }

        if (!operation.Security.IsEmpty)
        {
            var alternatives = operation.Security.Select(a => "new string[] { " + string.Join(", ", a.Headers.Select(Literals.String)) + " }");
            parts.Add($"Security = new string[][] {{ {string.Join(", ", alternatives)} }}");
        }

        if (operation.RequestExample is { } requestExample)
        {
            parts.Add($"RequestExample = {Literals.String(requestExample)}");
        }

        if (operation.ResponseExample is { } responseExample)
        {
            parts.Add($"ResponseExample = {Literals.String(responseExample)}");
        }

        return $"new {Contracts}.OperationContract {{ {string.Join(", ", parts)} }}";
    }

    /// <summary>A <c>SchemaNode</c> initializer with only the members that differ from the defaults.</summary>
    private static string Node(SchemaNodeModel node)
    {
        var parts = new System.Collections.Generic.List<string>();
        void Add(string text) => parts.Add(text);
        if (node.Ref is { } reference) Add($"Ref = {Literals.String(reference)}");
        if (node.Type is { } type) Add($"Type = {Literals.String(type)}");
        if (node.Format is { } format) Add($"Format = {Literals.String(format)}");
        if (node.Nullable) Add("Nullable = true");
        if (!node.Enum.IsEmpty) Add("Enum = new string[] { " + string.Join(", ", node.Enum.Select(Literals.String)) + " }");
        if (node.EnumAllowsNull) Add("EnumAllowsNull = true");
        if (node.MinLength is { } minLength) Add($"MinLength = {Literals.Number(minLength)}");
        if (node.MaxLength is { } maxLength) Add($"MaxLength = {Literals.Number(maxLength)}");
        if (node.Minimum is { } minimum) Add($"Minimum = {Literals.Number(minimum)}");
        if (node.Maximum is { } maximum) Add($"Maximum = {Literals.Number(maximum)}");
        if (node.MinItems is { } minItems) Add($"MinItems = {Literals.Number(minItems)}");
        if (node.MaxItems is { } maxItems) Add($"MaxItems = {Literals.Number(maxItems)}");
        if (!node.Properties.IsEmpty)
        {
            var properties = node.Properties.Select(p => $"[{Literals.String(p.Name)}] = {Node(p.Schema)}");
            Add($"Properties = new global::System.Collections.Generic.Dictionary<string, {Contracts}.SchemaNode>(global::System.StringComparer.Ordinal) {{ {string.Join(", ", properties)} }}");
        }

        if (!node.Required.IsEmpty) Add("Required = new string[] { " + string.Join(", ", node.Required.Select(Literals.String)) + " }");
        if (node.Items is { } items) Add($"Items = {Node(items)}");
        if (!node.AnyOf.IsEmpty) Add($"AnyOf = new {Contracts}.SchemaNode[] {{ {string.Join(", ", node.AnyOf.Select(Node))} }}");
        if (node.Deprecated) Add("Deprecated = true");
        return parts.Count == 0 ? $"{Contracts}.SchemaNode.Any" : $"new {Contracts}.SchemaNode {{ {string.Join(", ", parts)} }}";
    }

    private static string Bool(bool value) => value ? "true" : "false";
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SharesGen.Generator.Model;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Writes a <see cref="ContractModel"/> as the JSON document the contract-test kit reads
/// (<c>SharesGen.Testing.Contracts.ApiContract.Load</c>): schemas with OpenAPI's own keyword names, operations and
/// example metadata, one entry per line. The kit reads the same document whether the contract was generated into a
/// test project or read from a spec file at run time by the kit's command.
/// </summary>
internal static class ContractJson
{
    /// <summary>The document as lines: one per schema, operation and example, plus the lines that open and close them.</summary>
    public static IReadOnlyList<string> Lines(ContractModel model)
    {
        var lines = new List<string> { "{\"schemas\":{" };
        AddEntries(lines, model.Schemas.Select(s => Key(s.Name) + Node(s.Schema)));
        lines.Add("},\"operations\":[");
        AddEntries(lines, model.Operations.Select(Operation));
        lines.Add("],\"examples\":[");
        AddEntries(lines, model.Examples.Select((e, i) => Example(e)));
        lines.Add("]}");
        return lines;
    }

    /// <summary>The whole document as one text.</summary>
    public static string Write(ContractModel model) => string.Concat(Lines(model));

    private static void AddEntries(List<string> lines, IEnumerable<string> entries)
    {
        string? previous = null;
        foreach (var entry in entries)
        {
            if (previous is not null)
            {
                lines.Add(previous + ",");
            }

            previous = entry;
        }

        if (previous is not null)
        {
            lines.Add(previous);
        }
    }

    private static string Operation(OperationContractModel operation)
    {
        var json = new JsonObjectText();
        json.String("operationId", operation.OperationId);
        json.String("method", operation.Method);
        json.String("path", operation.PathTemplate);
        json.Number("successStatus", operation.SuccessStatus);
        if (operation.SuccessMediaType is { } mediaType)
        {
            json.String("successMediaType", mediaType);
        }
        if (!operation.Parameters.IsEmpty)
        {
            json.Raw("parameters", Array(operation.Parameters.Select(Parameter)));
        }

        if (operation.RequestBody is { } body)
        {
            json.Raw("requestBody", Node(body));
            json.Bool("requestBodyRequired", operation.RequestBodyRequired);
        }

        if (operation.SuccessSchema is { } success)
        {
            json.Raw("success", Node(success));
        }

        if (operation.FailureSchema is { } failure)
        {
            json.Raw("failure", Node(failure));
        }

        if (!operation.Security.IsEmpty)
        {
            json.Raw("security", Array(operation.Security.Select(a => Array(a.Headers.Select(Quote)))));
        }

        if (operation.RequestExample is { } request)
        {
            json.Number("requestExample", request);
        }

        if (operation.ResponseExample is { } response)
        {
            json.Number("responseExample", response);
        }

        return json.ToString();
    }

    private static string Parameter(ParameterContractModel parameter)
    {
        var json = new JsonObjectText();
        json.String("name", parameter.Name);
        json.String("in", parameter.In);
        if (parameter.Required)
        {
            json.Bool("required", true);
        }

        if (parameter.Explode)
        {
            json.Bool("explode", true);
        }

        json.Raw("schema", Node(parameter.Schema));
        return json.ToString();
    }

    /// <summary>An example's metadata; its JSON is the <c>{Client}Examples</c> constant at the same index.</summary>
    private static string Example(ExampleModel example)
    {
        var json = new JsonObjectText();
        json.String("name", example.Name);
        json.String("source", example.Source);
        if (example.Schema is { } schema)
        {
            json.Raw("schema", Node(schema));
        }

        if (example.IsEnvelope)
        {
            json.Bool("envelope", true);
        }

        return json.ToString();
    }

    /// <summary>A schema with only the keywords that differ from "anything goes"; <c>{}</c> accepts anything.</summary>
    private static string Node(SchemaNodeModel node)
    {
        var json = new JsonObjectText();
        if (node.Ref is { } reference)
        {
            json.String("$ref", reference);
        }

        if (node.Type is { } type)
        {
            json.String("type", type);
        }

        if (node.Constraints.Format is { } format)
        {
            json.String("format", format);
        }

        if (node.Nullable)
        {
            json.Bool("nullable", true);
        }

        if (!node.Enum.IsEmpty || node.EnumAllowsNull)
        {
            var values = node.Enum.Select(Quote);
            json.Raw("enum", Array(node.EnumAllowsNull ? values.Concat(new[] { "null" }) : values));
        }

        Number(json, "minLength", node.Constraints.MinLength);
        Number(json, "maxLength", node.Constraints.MaxLength);
        Number(json, "minimum", node.Constraints.Minimum);
        Number(json, "maximum", node.Constraints.Maximum);
        Number(json, "minItems", node.Constraints.MinItems);
        Number(json, "maxItems", node.Constraints.MaxItems);
        if (!node.Required.IsEmpty)
        {
            json.Raw("required", Array(node.Required.Select(Quote)));
        }

        if (!node.Properties.IsEmpty)
        {
            json.Raw("properties", "{" + string.Join(",", node.Properties.Select(p => Key(p.Name) + Node(p.Schema))) + "}");
        }

        if (node.Items is { } items)
        {
            json.Raw("items", Node(items));
        }

        if (!node.AnyOf.IsEmpty)
        {
            json.Raw("anyOf", Array(node.AnyOf.Select(Node)));
        }

        if (node.Deprecated)
        {
            json.Bool("deprecated", true);
        }

        if (node.Example is { } example)
        {
            json.Raw("example", example);
        }

        if (node.Default is { } value)
        {
            json.Raw("default", value);
        }

        return json.ToString();
    }

    private static void Number(JsonObjectText json, string name, double? value)
    {
        if (value is { } number)
        {
            json.Raw(name, number.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static string Array(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    private static string Key(string name) => Quote(name) + ":";

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        ExampleJson.String(builder, text);
        return builder.ToString();
    }

    /// <summary>Members of one JSON object, in the order they are added.</summary>
    private sealed class JsonObjectText
    {
        private readonly StringBuilder _builder = new("{");

        public void String(string name, string value) => Raw(name, Quote(value));

        public void Number(string name, int value) => Raw(name, value.ToString(CultureInfo.InvariantCulture));

        public void Bool(string name, bool value) => Raw(name, value ? "true" : "false");

        public void Raw(string name, string json)
        {
            if (_builder.Length > 1)
            {
                _builder.Append(',');
            }

            _builder.Append(Key(name)).Append(json);
        }

        public override string ToString() => _builder.ToString() + "}";
    }
}

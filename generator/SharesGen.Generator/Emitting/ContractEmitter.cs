using System.Collections.Generic;
using System.Linq;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits <c>{Client}Contract</c> (the spec as data for the contract-test kit: its JSON document in short string
/// literals, the DTO types examples round-trip through, and the example texts) and <c>{Client}Examples</c> (every
/// example as a JSON string constant). Both only where the project asks for the contract (<c>SharesGenContract</c>),
/// so production assemblies carry neither.
/// </summary>
internal static class ContractEmitter
{
    private const string Contracts = "global::SharesGen.Testing.Contracts";

    /// <summary>No emitted line is longer than this plus its indentation and quotes; long entries are cut.</summary>
    internal const int MaxChunkLength = 160;

    public static string EmitContract(ContractModel model)
    {
        var names = new CodeNames(model.Namespace);
        var writer = Preamble.Begin(model.Namespace);
        DocComments.Element(writer, "summary", $"The spec behind <see cref=\"{names.Generated(model.ClientName)}\"/> as data for the contract-test kit (SharesGen.Testing):\ncomponent schemas (allOf merged), operations and examples.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public static partial class {GeneratedTypeNames.Contract(model.ClientName)}"))
        {
            // The arrays come first: static initializers run in textual order, and Contract reads them.
            writer.WriteLine("private static readonly string[] s_json =");
            writer.WriteLine("{");
            foreach (var chunk in ContractJson.Lines(model).SelectMany(Chunks))
            {
                writer.WriteLine("    " + Literals.String(chunk) + ",");
            }

            writer.WriteLine("};");
            writer.WriteLine();
            writer.WriteLine("private static readonly global::System.Type?[] s_dtoTypes =");
            writer.WriteLine("{");
            foreach (var example in model.Examples)
            {
                writer.WriteLine("    " + (example.Dto is { Kind: TypeKind.Object } dto ? $"typeof({names.Type(dto)})" : "null") + ",");
            }

            writer.WriteLine("};");
            writer.WriteLine();
            writer.WriteLine("private static readonly string[] s_examples =");
            writer.WriteLine("{");
            foreach (var example in model.Examples)
            {
                writer.WriteLine($"    {GeneratedTypeNames.Examples(model.ClientName)}.{example.Name},");
            }

            writer.WriteLine("};");
            writer.WriteLine();
            DocComments.Element(writer, "summary", "The contract, read once when first used.", escape: false);
            writer.WriteLine($"public static {Contracts}.ApiContract Contract {{ get; }} = {Contracts}.ApiContract.Load(string.Concat(s_json), {names.Generated(GeneratedTypeNames.JsonContext(model.ClientName))}.Options, s_dtoTypes, s_examples);");
        }

        return Preamble.End(writer);
    }

    public static string EmitExamples(ContractModel model)
    {
        var writer = Preamble.Begin(model.Namespace);
        DocComments.Element(writer, "summary", "Every example in the spec, as JSON text, named after where it stands.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public static partial class {GeneratedTypeNames.Examples(model.ClientName)}"))
        {
            var first = true;
            foreach (var example in model.Examples)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                DocComments.Element(writer, "summary", "The example at <c>" + Literals.DocInline(example.Source) + "</c>.", escape: false);
                var pieces = Chunks(example.Json).Select(Literals.String).ToArray();
                writer.WriteLine($"public const string {example.Name} = {string.Join("\n        + ", pieces)};");
            }
        }

        return Preamble.End(writer);
    }

    /// <summary>Cuts a line into pieces of at most <see cref="MaxChunkLength"/> characters, never inside a surrogate pair.</summary>
    internal static IEnumerable<string> Chunks(string line)
    {
        var start = 0;
        while (line.Length - start > MaxChunkLength)
        {
            var end = start + MaxChunkLength;
            if (char.IsHighSurrogate(line[end - 1]))
            {
                end--;
            }

            yield return line.Substring(start, end - start);
            start = end;
        }

        yield return line.Substring(start);
    }
}

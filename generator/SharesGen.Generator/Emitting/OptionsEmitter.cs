using System.Linq;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits an operation's options class: its query and header parameters as properties, beside the per-call timeout
/// and headers it inherits from <c>ApiCallOptions</c>. Set by name (<c>new SharesListOptions { PerPage = 50 }</c>),
/// they cannot be rebound by a spec that adds, removes or reorders a parameter, as positional arguments would be.
/// </summary>
internal static class OptionsEmitter
{
    public static void Emit(SourceWriter writer, ClientNames names, OperationModel operation, string operationsClass)
    {
        // DocComments.Line's shape, written in place rather than through a string of its own (issue 15).
        writer.WriteLine($"/// <summary>The query and header parameters of <see cref=\"{operationsClass}.{operation.MethodName}Async\"/>, and a timeout and headers for the call.</summary>");
        writer.WriteLine(names.GeneratedCode);
        using (writer.OpenBlock($"public sealed partial class {operation.OptionsTypeName} : {names.Name("ApiCallOptions")}"))
        {
            var first = true;
            foreach (var parameter in operation.Parameters.Where(p => p.Location != ParameterLocation.Path))
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                DocComments.FromSpec(writer, "summary", parameter.Description);
                if (parameter.ObsoleteMessage is { } message && !parameter.IsRequired)
                {
                    writer.WriteLine($"[{names.Attribute("ObsoleteAttribute")}({Literals.String(message)})]");
                }

                var required = parameter.IsRequired ? "required " : string.Empty;
                writer.WriteLine($"public {required}{names.Type(parameter.Type, nullable: !parameter.IsRequired)} {parameter.Name} {{ get; set; }}");
            }
        }
    }
}

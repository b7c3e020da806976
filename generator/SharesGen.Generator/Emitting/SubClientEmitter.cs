using System;
using System.Linq;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>The input of <see cref="SubClientEmitter"/>: one sub-client, its operations and what it leads to.</summary>
/// <param name="Path">Where it sits, e.g. <c>["Shares", "Recipients"]</c>.</param>
/// <param name="PathPrefix">The path segments its operations share (see <see cref="SubClientName.PathPrefix"/>).</param>
/// <param name="Children">Its own sub-clients.</param>
/// <param name="TakenNames">The short names generated types take (see <see cref="ClientNames.Taken"/>).</param>
internal sealed record SubClientModel(
    string Namespace,
    string ClassName,
    EquatableArray<string> Path,
    string? PathPrefix,
    EquatableArray<SubClientName> Children,
    EquatableArray<OperationModel> Operations,
    EquatableArray<string> TakenNames);

/// <summary>
/// Emits one sub-client (<c>client.Shares.Recipients</c>) in a file of its own, with the options classes of its
/// operations: editing one operation re-emits this file alone. The class is mockable as Azure's clients are: every
/// member is virtual, and a protected constructor makes a test double that sends nothing.
/// </summary>
internal static class SubClientEmitter
{
    public static string Emit(SubClientModel model)
    {
        var names = new ClientNames(model.TakenNames);
        var writer = Preamble.Begin(model.Namespace);
        if (MissingDocs(model.Operations))
        {
            writer.WriteLine("#pragma warning disable CS1591 // The spec describes not every parameter, and a made-up sentence is no documentation.");
            writer.WriteLine();
        }

        // The body first, into a writer of its own: the usings are those of the names it used.
        var head = writer;
        writer = new SourceWriter();
        DocComments.Line(writer, "summary", Summary(model.PathPrefix, string.Join(".", model.Path)));
        writer.WriteLine(names.GeneratedCode);
        using (writer.OpenBlock($"public partial class {model.ClassName}"))
        {
            EmitBody(writer, names, model.ClassName, model.Children, model.Operations, isRoot: false);
        }

        foreach (var operation in model.Operations.Where(o => o.OptionsTypeName is not null))
        {
            writer.WriteLine();
            OptionsEmitter.Emit(writer, names, operation, model.ClassName);
        }

        names.WriteUsings(head);
        head.Append(writer);
        return Preamble.End(head);
    }

    /// <summary>What a client class holds: its security fields, pipeline, constructors, sub-clients and operations.</summary>
    public static void EmitBody(SourceWriter writer, ClientNames names, string className, EquatableArray<SubClientName> children, EquatableArray<OperationModel> operations, bool isRoot)
    {
        var pipeline = names.Name("ApiPipeline");
        var security = new SecurityCode(operations, names.Name("ApiSecurity"), names.Name("ApiSecurityScheme"));
        if (operations.Count > 0)
        {
            security.EmitFields(writer);
            writer.WriteLine();
            writer.WriteLine($"private readonly {pipeline} _pipeline = null!;");
            writer.WriteLine();
        }

        if (!isRoot)
        {
            DocComments.Line(writer, "summary", "For test doubles: an instance that sends nothing. Override the members a test uses; its sub-clients are null.");
            writer.WriteLine($"protected {className}() {{ }}");
            writer.WriteLine();
        }

        var assignments = (operations.Count > 0 ? new[] { "_pipeline = pipeline;" } : Array.Empty<string>())
            .Concat(children.Select(child => $"{child.Property} = new(pipeline);"))
            .ToList();
        var constructor = $"{(isRoot ? "private" : "internal")} {className}({pipeline} pipeline)";
        if (assignments.Count == 1)
        {
            writer.WriteLine($"{constructor} => {assignments[0]}");
        }
        else
        {
            using (writer.OpenBlock(constructor))
            {
                foreach (var assignment in assignments)
                {
                    writer.WriteLine(assignment);
                }
            }
        }

        foreach (var child in children)
        {
            writer.WriteLine();
            DocComments.Line(writer, "summary", Summary(child.PathPrefix, child.Property));
            writer.WriteLine($"public virtual {child.Class} {child.Property} {{ get; }} = null!;");
        }

        foreach (var operation in operations)
        {
            writer.WriteLine();
            OperationEmitter.Emit(writer, names, operation, security.FieldOf(operation));
        }
    }

    /// <summary>What a sub-client holds, by the paths it calls: its name is already in the code.</summary>
    private static string Summary(string? pathPrefix, string group) => pathPrefix is null
        ? $"Operations grouped as <c>{group}</c>; their paths share no leading segment."
        : $"Operations under <c>{Literals.DocInline(pathPrefix)}</c>.";

    private static bool MissingDocs(EquatableArray<OperationModel> operations)
        => operations.Any(o => o.Parameters.Any(p => p.Location != ParameterLocation.Path && string.IsNullOrWhiteSpace(p.Description)));
}

using System.Collections.Generic;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// The spec's <c>maxLength</c>, <c>minimum</c>/<c>maximum</c> and <c>maxItems</c> of an operation's parameters, checked
/// before anything is sent. Only a consumer that asks (<c>SharesGenClientValidation="true"</c>) gets them: otherwise the
/// reader leaves the constraints out of the model, and the server, which enforces them, is the one that decides.
/// </summary>
internal static class OperationChecks
{
    /// <param name="names">The names the emitted code can use.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="optionsRequired">True when the options parameter is not nullable: its members are read with <c>options.</c>.</param>
    public static IEnumerable<string> Of(ClientNames names, OperationModel operation, bool optionsRequired)
    {
        var check = names.Name("ArgumentChecks");
        foreach (var parameter in operation.Parameters)
        {
            var c = parameter.Constraints;
            if (c.MaxItems is null && c.MaxLength is null && c.Minimum is null && c.Maximum is null)
            {
                // Most parameters have no constraint, or none the reader kept: spell nothing out for them (issue 15).
                continue;
            }

            var isPath = parameter.Location == ParameterLocation.Path;
            var value = isPath ? parameter.Name : (optionsRequired ? "options." : "options?.") + parameter.Name;
            var argument = isPath ? $"nameof({parameter.Name})" : Literals.String("options." + parameter.Name);
            var wire = Literals.String(parameter.WireName);
            if (parameter.Type.Kind == TypeKind.Array)
            {
                if (c.MaxItems is { } maxItems)
                {
                    yield return $"{check}.MaxItems({value}, {Literals.Number(maxItems)}, {argument}, {wire});";
                }

                if (c.MaxLength is { } eachMax && parameter.Type.Element?.Kind == TypeKind.String)
                {
                    yield return $"{check}.EachMaxLength({value}, {Literals.Number(eachMax)}, {argument}, {wire});";
                }
            }
            else if (parameter.Type.Kind == TypeKind.String && c.MaxLength is { } maxLength)
            {
                yield return $"{check}.MaxLength({value}, {Literals.Number(maxLength)}, {argument}, {wire});";
            }
            else if (parameter.Type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double && (c.Minimum is not null || c.Maximum is not null))
            {
                var min = c.Minimum is { } minimum ? Literals.Number(minimum) : "null";
                var max = c.Maximum is { } maximum ? Literals.Number(maximum) : "null";
                yield return $"{check}.Range({value}, {min}, {max}, {argument}, {wire});";
            }
        }
    }
}

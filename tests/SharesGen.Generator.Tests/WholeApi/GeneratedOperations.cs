using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SharesGen.Generator.Tests.WholeApi;

/// <summary>One generated client method: the group properties that lead to it from the client, and the operation it sends.</summary>
internal sealed record GeneratedOperation(string OperationId, IReadOnlyList<PropertyInfo> Route, MethodInfo Method)
{
    /// <summary>The object the method is called on, reached from <paramref name="client"/> through <see cref="Route"/>.</summary>
    public object GroupOf(object client) => Route.Aggregate(client, (group, property) => property.GetValue(group)!);

    public override string ToString() => string.Join(".", Route.Select(p => p.Name).Append(Method.Name)) + " (" + OperationId + ")";
}

/// <summary>
/// Every method of a generated client, found the way a caller finds them (from the client through its group properties)
/// and named by the operation it sends: the operationId is read from the method's own generated body
/// (<c>new ApiRequest(method, operationId, …)</c>), so the test calls what the generator emitted, not what it meant to.
/// </summary>
internal static class GeneratedOperations
{
    public static IReadOnlyList<GeneratedOperation> Of(Type clientType, Compilation generated)
    {
        var operationIds = OperationIds(generated);
        var found = new List<GeneratedOperation>();
        Walk(clientType, [], operationIds, found, new HashSet<Type>());
        return found;
    }

    private static void Walk(Type group, IReadOnlyList<PropertyInfo> route, IReadOnlyDictionary<(string Type, string Method), string> operationIds, List<GeneratedOperation> found, HashSet<Type> seen)
    {
        if (!seen.Add(group))
        {
            return;
        }

        foreach (var method in group.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (operationIds.TryGetValue((group.FullName!, method.Name), out var operationId))
            {
                found.Add(new GeneratedOperation(operationId, route, method));
            }
        }

        foreach (var property in group.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType.Assembly == group.Assembly && p.PropertyType.IsClass))
        {
            Walk(property.PropertyType, [.. route, property], operationIds, found, seen);
        }
    }

    private static Dictionary<(string Type, string Method), string> OperationIds(Compilation generated)
    {
        var ids = new Dictionary<(string, string), string>();
        foreach (var tree in generated.SyntaxTrees)
        {
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                var request = method.DescendantNodes().OfType<ObjectCreationExpressionSyntax>()
                    .FirstOrDefault(c => c.Type.ToString().EndsWith("ApiRequest", StringComparison.Ordinal) && c.ArgumentList?.Arguments.Count >= 2);
                if (request?.ArgumentList!.Arguments[1].Expression is LiteralExpressionSyntax literal && method.Parent is TypeDeclarationSyntax type)
                {
                    ids[(NamespaceOf(type) + "." + type.Identifier.ValueText, method.Identifier.ValueText)] = literal.Token.ValueText;
                }
            }
        }

        return ids;
    }

    private static string NamespaceOf(SyntaxNode node)
        => node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString() ?? string.Empty;
}

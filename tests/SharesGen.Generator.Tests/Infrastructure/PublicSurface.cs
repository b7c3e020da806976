using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// The public API of a compiled assembly as a consumer sees it, read by reflection: every exported type (nested
/// ones as <c>Outer+Inner</c>) with its declared public members, one line each, in ordinal order:
/// <c>Name { get; set; }</c>, <c>static Name { get; }</c>, <c>Name(parameter, …)</c>, <c>.ctor(parameter, …)</c>,
/// <c>const Name</c>, <c>static readonly Name</c>. Parameter names are part of it: callers write them.
/// </summary>
internal static class PublicSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private const BindingFlags Everything = Declared | BindingFlags.NonPublic;

    /// <summary>Exported type full name → its public members, described.</summary>
    public static SortedDictionary<string, string[]> Of(Assembly assembly)
    {
        var surface = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var type in assembly.GetExportedTypes())
        {
            surface.Add(type.FullName!, type.GetMembers(Declared)
                .Where(m => m is not Type && !IsAccessor(m))
                .Select(Describe)
                .OrderBy(d => d, StringComparer.Ordinal)
                .ToArray());
        }

        return surface;
    }

    /// <summary>The simple name of every type in the assembly and of every member declared on one, public or not.</summary>
    public static IEnumerable<string> AllNames(Assembly assembly)
        => assembly.GetTypes().SelectMany(t => new[] { t.Name }.Concat(t.GetMembers(Everything).Select(m => m.Name)));

    /// <summary>The names a consumer writes: types and the members and parameters that are not compiler-made.</summary>
    public static IEnumerable<string> WrittenIdentifiers(Assembly assembly)
    {
        foreach (var type in assembly.GetExportedTypes())
        {
            yield return type.Name;
            foreach (var member in type.GetMembers(Declared).Where(m => m is not Type && !IsAccessor(m) && !m.Name.StartsWith("op_", StringComparison.Ordinal)))
            {
                if (member is not ConstructorInfo)
                {
                    yield return member.Name;
                }

                if (member is MethodBase method)
                {
                    foreach (var parameter in method.GetParameters())
                    {
                        yield return parameter.Name!;
                    }
                }
            }
        }
    }

    private static string Describe(MemberInfo member) => member switch
    {
        ConstructorInfo constructor => ".ctor(" + Parameters(constructor) + ")",
        MethodInfo method => (method.IsStatic ? "static " : string.Empty) + method.Name + "(" + Parameters(method) + ")",
        PropertyInfo property => (IsStatic(property) ? "static " : string.Empty) + property.Name
            + (property.GetSetMethod() is null ? " { get; }" : " { get; set; }"),
        FieldInfo field => (field.IsLiteral ? "const " : field.IsStatic ? field.IsInitOnly ? "static readonly " : "static " : string.Empty) + field.Name,
        EventInfo @event => "event " + @event.Name,
        _ => member.MemberType + " " + member.Name,
    };

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p => p.Name));

    private static bool IsStatic(PropertyInfo property) => (property.GetGetMethod() ?? property.GetSetMethod())!.IsStatic;

    private static bool IsAccessor(MemberInfo member)
        => member is MethodInfo { IsSpecialName: true } method
           && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal)
               || method.Name.StartsWith("add_", StringComparison.Ordinal) || method.Name.StartsWith("remove_", StringComparison.Ordinal));
}

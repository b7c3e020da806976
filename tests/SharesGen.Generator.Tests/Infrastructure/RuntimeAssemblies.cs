using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// SharesGen.Runtime, SharesGen.Testing and every package assembly they depend on (Polly, Microsoft.Extensions.*),
/// as a test project that references the SharesGen and SharesGen.Testing packages gets them. Generated code may name their types (e.g. the DI
/// registration names <c>IServiceCollection</c>), so the test compilation needs them all; framework assemblies
/// come from the .NET 10 reference assemblies instead.
/// </summary>
internal static class RuntimeAssemblies
{
    public static IReadOnlyList<string> Locations()
    {
        var frameworkDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>();
        pending.Push(typeof(SharesGen.Runtime.ApiPipeline).Assembly);
        pending.Push(typeof(SharesGen.Testing.Contracts.ApiContract).Assembly); // the generated contract names the kit's types
        while (pending.Count > 0)
        {
            var assembly = pending.Pop();
            if (assembly.Location.Length == 0 || assembly.Location.StartsWith(frameworkDirectory, StringComparison.Ordinal)
                || !found.TryAdd(assembly.GetName().Name!, assembly.Location))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (TryLoad(reference) is { } dependency)
                {
                    pending.Push(dependency);
                }
            }
        }

        return found.Values.OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            // A compile-time-only reference (e.g. an analyzer's) that is not deployed: the compiler does not need it either.
            return null;
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// The output of a generator run, compiled and loaded into its own collectible load context, so tests can call
/// the generated converters for real. SharesGen.Runtime and System.Text.Json resolve from the test's own context.
/// </summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private GeneratedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static GeneratedAssembly Load(GeneratorRun run)
    {
        using var image = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The generated code does not compile:\n" + DiagnosticText.Format(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("SharesGen.Generated", isCollectible: true);
        return new GeneratedAssembly(context, context.LoadFromStream(image));
    }

    public Type Type(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    public void Dispose() => _context.Unload();
}

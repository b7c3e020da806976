using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SharesGen.Generator.Emitting;
using SharesGen.Generator.Options;
using SharesGen.Generator.Reading;
using SharesGen.Testing.Contracts;

namespace SharesGen.Testing.Server;

/// <summary>Reads a spec file at run time the way the generator does, into the contract the kit serves.</summary>
internal static class SpecContract
{
    /// <summary>The contract of <paramref name="path"/>; errors are the generator's diagnostics, as text.</summary>
    public static ApiContract Read(string path, Action<string> report)
    {
        var input = new SpecInput(Path.GetFullPath(path), File.ReadAllText(path), Namespace: "Loopback", ClientName: "LoopbackClient", DefaultNamespace: null, EmitContract: true);
        var result = SpecReader.Read(input, CancellationToken.None);
        foreach (var diagnostic in result.Diagnostics.Select(d => d.ToDiagnostic()))
        {
            report(diagnostic.ToString());
        }

        if (result.Model?.Contract is not { } contract || result.Diagnostics.Any(d => d.ToDiagnostic().Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidDataException($"The spec '{path}' cannot be served: the generator reported errors.");
        }

        // Examples by index, as generated code hands them over; no DTO types at run time.
        return ApiContract.Load(ContractJson.Write(contract), serializerOptions: null, dtoTypes: null, contract.Examples.Select(e => e.Json).ToArray());
    }
}

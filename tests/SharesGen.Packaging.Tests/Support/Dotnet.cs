using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace SharesGen.Packaging.Tests.Support;

/// <summary>Runs the dotnet CLI as a stranger would, each command bounded: past the bound it is killed and the test fails.</summary>
internal static class Dotnet
{
    /// <summary>The longest any one command may take (a cold restore and build of a consumer takes about a minute here).</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    public static (int ExitCode, string Output) Run(string arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
        => BoundedProcess.Run(new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = workingDirectory }, CommandTimeout, environment);
}

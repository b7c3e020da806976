using System;
using System.Collections.Generic;
using System.Diagnostics;
using SharesGen.Packaging.Tests.Support;

namespace SharesGen.Packaging.Tests.Readme;

/// <summary>Runs a program to completion (bounded), and returns its exit code with everything it printed.</summary>
internal static class Command
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    public static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return BoundedProcess.Run(start, Limit, environment);
    }

    public static (int ExitCode, string Output) Dotnet(string workingDirectory, params string[] arguments)
        => Run("dotnet", arguments, workingDirectory);
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using NUnit.Framework;

namespace SharesGen.Packaging.Tests.Support;

/// <summary>
/// Runs a program to completion within a bound and returns its exit code with everything it printed; past the bound
/// the whole process tree is killed and the test fails. The one place the packaging tests start a process.
/// </summary>
internal static class BoundedProcess
{
    public static (int ExitCode, string Output) Run(ProcessStartInfo start, TimeSpan limit, IReadOnlyDictionary<string, string>? environment = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            var arguments = start.ArgumentList.Count > 0 ? string.Join(' ', start.ArgumentList) : start.Arguments;
            Assert.Fail($"{start.FileName} {arguments} did not finish within {limit}.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}

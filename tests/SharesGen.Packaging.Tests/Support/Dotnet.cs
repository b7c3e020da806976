using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using NUnit.Framework;

namespace SharesGen.Packaging.Tests.Support;

/// <summary>Runs the dotnet CLI as a stranger would, each command bounded: past the bound it is killed and the test fails.</summary>
internal static class Dotnet
{
    /// <summary>The longest any one command may take (a cold restore and build of a consumer takes about a minute here).</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    public static (int ExitCode, string Output) Run(string arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
        => BoundedProcess.Run(new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = workingDirectory }, CommandTimeout, environment);

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SharesGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SharesGen.sln not found above the test directory.");
    }
}

// sharesgen-loopback: the contract-test kit's server for any caller. Serves an OpenAPI spec on 127.0.0.1 until
// SIGTERM or SIGINT, then stops cleanly (exit 0).
//
//   sharesgen-loopback --spec openapi.yaml --port 8787 [--mode stateful|examples] [--seed 1] [--profile resource-sharing]

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using SharesGen.Testing;
using SharesGen.Testing.Profiles;
using SharesGen.Testing.Server;

var arguments = Arguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine("usage: sharesgen-loopback --spec FILE --port PORT [--mode stateful|examples] [--seed N] [--profile resource-sharing]");
    return 64;
}

using var stop = new CancellationTokenSource();
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);

try
{
    var contract = SpecContract.Read(arguments.Spec, message => Console.Error.WriteLine(message));
    await using var server = await LoopbackApiServer.StartAsync(new LoopbackApiServerOptions
    {
        Contract = contract,
        Port = arguments.Port,
        Mode = arguments.Mode,
        Seed = arguments.Seed,
        Profile = arguments.Profile == "resource-sharing" ? new ResourceSharingProfile() : null,
    });
    Console.WriteLine($"Serving {Path.GetFileName(arguments.Spec)} ({contract.Operations.Count} operations, {arguments.Mode}) on {server.BaseAddress}");
    await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    Console.WriteLine("Stopping.");
    return 0;
}
catch (Exception exception) when (exception is InvalidDataException or IOException)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

void Stop(PosixSignalContext context)
{
    context.Cancel = true; // exit through the normal path: the server is disposed and the port released
    stop.Cancel();
}

namespace SharesGen.Testing.Server
{
    internal sealed record Arguments(string Spec, int Port, LoopbackMode Mode, int Seed, string? Profile)
    {
        public static Arguments? Parse(IReadOnlyList<string> args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Count; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    return null;
                }

                values[args[i][2..]] = args[i + 1];
            }

            if (args.Count % 2 != 0 || !values.TryGetValue("spec", out var spec)
                || !int.TryParse(values.GetValueOrDefault("port", "0"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535
                || !int.TryParse(values.GetValueOrDefault("seed", "1"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)
                || !Enum.TryParse<LoopbackMode>(values.GetValueOrDefault("mode", "stateful"), ignoreCase: true, out var mode)
                || values.GetValueOrDefault("profile") is not (null or "resource-sharing"))
            {
                return null;
            }

            return new Arguments(spec, port, mode, seed, values.GetValueOrDefault("profile"));
        }
    }
}

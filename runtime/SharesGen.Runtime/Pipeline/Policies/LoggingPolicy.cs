using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// One log line per send: operation, method, path template (never the filled path: parameter values may be
/// sensitive), status or failure kind, duration. Never headers, credentials, bodies or addresses.
/// </summary>
internal sealed class LoggingPolicy(ILogger logger) : ApiPipelinePolicy
{
    private static readonly Action<ILogger, string, string, string, int, double, Exception?> Answered = LoggerMessage.Define<string, string, string, int, double>(
        LogLevel.Debug, new EventId(1, "Attempt"), "{OperationId} {Method} {PathTemplate} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms");

    private static readonly Action<ILogger, string, string, string, string, double, Exception?> Failed = LoggerMessage.Define<string, string, string, string, double>(
        LogLevel.Warning, new EventId(2, "AttemptFailed"), "{OperationId} {Method} {PathTemplate} failed with {FailureKind} after {ElapsedMilliseconds:0.0} ms");

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, next).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The exception itself is not logged: the caller gets it, and its type says what happened.
            Failed(logger, message.OperationId, message.Method.Method, message.Request.PathTemplate, exception.GetType().Name, Elapsed(started), null);
            throw;
        }

        Answered(logger, message.OperationId, message.Method.Method, message.Request.PathTemplate, (int)message.Response!.StatusCode, Elapsed(started), null);
    }

    private static double Elapsed(long started) => (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency;
}

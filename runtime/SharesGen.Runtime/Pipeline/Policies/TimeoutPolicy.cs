using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// Bounds the whole call, retries, delays and body included, by the call's <see cref="ApiCallOptions.Timeout"/>, else
/// <see cref="ApiClientOptions.Timeout"/>, and tells the retry policy how much time is left. The caller's own
/// cancellation stays an <see cref="OperationCanceledException"/>; this timeout becomes <see cref="ApiTimeoutException"/>.
/// </summary>
internal sealed class TimeoutPolicy(TimeSpan clientTimeout) : ApiPipelinePolicy
{
    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        var (timeout, name) = message.Options?.Timeout is { } own ? (own, "ApiCallOptions.Timeout") : (clientTimeout, "ApiClientOptions.Timeout");
        if (timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            await ProcessNextAsync(message, next).ConfigureAwait(false);
            return;
        }

        var callerToken = message.CancellationToken;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        timer.CancelAfter(timeout);
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        message.CancellationToken = timer.Token;
        message.Deadline = message.Deadline is { } outer && outer < deadline ? outer : deadline;
        try
        {
            await ProcessNextAsync(message, next).ConfigureAwait(false);
        }
        catch (Exception exception) when (timer.IsCancellationRequested && !callerToken.IsCancellationRequested
            && exception is OperationCanceledException or IOException or HttpRequestException)
        {
            // A read cancelled mid-body can surface as an IOException; the timer firing is what happened.
            throw new ApiTimeoutException(message.OperationId, timeout, name, exception);
        }
        finally
        {
            message.CancellationToken = callerToken;
        }
    }
}

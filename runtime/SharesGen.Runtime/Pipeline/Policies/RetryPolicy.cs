using System;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace SharesGen.Runtime.Pipeline.Policies;

/// <summary>
/// Runs the rest of the pipeline once per attempt, retrying transient failures with Polly: exponential backoff
/// with jitter, <c>Retry-After</c> honoured. What is transient: a connection error, 408, 429 and 5xx for
/// idempotent methods; for others only what the server cannot have acted on (a refused connection, 429). A
/// <c>Retry-After</c> longer than <see cref="ApiRetryOptions.MaxDelay"/> or than the time left before the
/// timeout is not waited for: the call fails at once, with the delay on the exception.
/// </summary>
/// <remarks>
/// Left out of the pipeline when <see cref="ApiRetryOptions.MaxRetries"/> is 0, so another retry layer
/// (e.g. Microsoft.Extensions.Http.Resilience's handler on the <c>HttpClient</c>) can be the only one.
/// </remarks>
internal sealed class RetryPolicy : ApiPipelinePolicy
{
    private static readonly ResiliencePropertyKey<ApiMessage> MessageKey = new("SharesGen.ApiMessage");

    private readonly ApiRetryOptions _options;
    private readonly ResiliencePipeline<ApiRawResponse> _pipeline;

    public RetryPolicy(ApiRetryOptions options)
    {
        _options = options;
        _pipeline = new ResiliencePipelineBuilder<ApiRawResponse>()
            .AddRetry(new RetryStrategyOptions<ApiRawResponse>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    // Release the connection before waiting.
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .Build();
    }

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next)
    {
        // The first attempt runs outside Polly: nearly every call succeeds at once, and then pays nothing for the
        // retry machinery (its context, state machines and ValueTask bridging cost the loopback call ~8 %, issue 15).
        ExceptionDispatchInfo? failure = null;
        try
        {
            message.ResetForAttempt();
            await ProcessNextAsync(message, next).ConfigureAwait(false);
        }
        catch (Exception exception) when (RetryRules.IsTransient(null, exception, message.Request.IsIdempotent))
        {
            failure = ExceptionDispatchInfo.Capture(exception);
        }

        if (failure is null && !ShouldRetry(message.Response, null, message))
        {
            return;
        }

        // A transient failure: Polly takes over from here, replaying the first outcome as its own first attempt so
        // that what it decides (how many retries, which delays, Retry-After) is exactly what it would have decided.
        var attempts = new Attempts(message, next, failure, message.Response);
        var context = ResilienceContextPool.Shared.Get(message.CancellationToken);
        context.Properties.Set(MessageKey, message);
        try
        {
            message.Response = await _pipeline.ExecuteAsync(
                static async (context, attempts) =>
                {
                    if (attempts.TakeFirst(out var first))
                    {
                        return first;
                    }

                    var message = attempts.Message;
                    message.ResetForAttempt();
                    message.CancellationToken = context.CancellationToken;
                    await ProcessNextAsync(message, attempts.Next).ConfigureAwait(false);
                    return message.Response ?? throw new InvalidOperationException("The attempt returned without a response.");
                },
                context,
                attempts).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private bool ShouldRetry(Outcome<ApiRawResponse> outcome, ResilienceContext context)
        => ShouldRetry(outcome.Result, outcome.Exception, context.Properties.GetValue(MessageKey, null!));

    private bool ShouldRetry(ApiRawResponse? response, Exception? exception, ApiMessage message)
    {
        if (!RetryRules.IsTransient(response is null ? null : (int)response.StatusCode, exception, message.Request.IsIdempotent))
        {
            return false;
        }

        // Waiting longer than the client will wait only delays the same failure.
        return response?.RetryAfter is not { } wait || (wait <= _options.MaxDelay && !(message.RemainingTime is { } left && wait >= left));
    }

    /// <summary>The state of one retried call: the message, the rest of the pipeline, and the first attempt's outcome until Polly has taken it.</summary>
    private sealed class Attempts(ApiMessage message, ReadOnlyMemory<ApiPipelinePolicy> next, ExceptionDispatchInfo? firstFailure, ApiRawResponse? firstResponse)
    {
        private bool _firstTaken;

        public ApiMessage Message { get; } = message;

        public ReadOnlyMemory<ApiPipelinePolicy> Next { get; } = next;

        /// <summary>Hands out the first attempt's response once, or rethrows its exception as thrown.</summary>
        public bool TakeFirst(out ApiRawResponse response)
        {
            response = null!;
            if (_firstTaken)
            {
                return false;
            }

            _firstTaken = true;
            firstFailure?.Throw();
            response = firstResponse!;
            return true;
        }
    }
}

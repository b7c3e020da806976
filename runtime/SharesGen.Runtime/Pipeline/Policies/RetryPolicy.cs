using System;
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
        var context = ResilienceContextPool.Shared.Get(message.CancellationToken);
        context.Properties.Set(MessageKey, message);
        try
        {
            message.Response = await _pipeline.ExecuteAsync(
                static async (context, state) =>
                {
                    state.Message.ResetForAttempt();
                    state.Message.CancellationToken = context.CancellationToken;
                    await ProcessNextAsync(state.Message, state.Next).ConfigureAwait(false);
                    return state.Message.Response ?? throw new InvalidOperationException("The attempt returned without a response.");
                },
                context,
                (Message: message, Next: next)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private bool ShouldRetry(Outcome<ApiRawResponse> outcome, ResilienceContext context)
    {
        var message = context.Properties.GetValue(MessageKey, null!);
        var response = outcome.Result;
        if (!RetryRules.IsTransient(response is null ? null : (int)response.StatusCode, outcome.Exception, message.Request.IsIdempotent))
        {
            return false;
        }

        // Waiting longer than the client will wait only delays the same failure.
        return response?.RetryAfter is not { } wait || (wait <= _options.MaxDelay && !(message.RemainingTime is { } left && wait >= left));
    }
}

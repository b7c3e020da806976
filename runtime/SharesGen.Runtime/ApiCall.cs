using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace SharesGen.Runtime;

/// <summary>
/// One call of an operation whose success has no body to read (a 204). Started when the method returned, like a
/// <see cref="Task"/>: <c>await</c> it to wait for the call, or <see cref="WithResponseAsync"/> for the status,
/// headers and envelope.
/// </summary>
/// <remarks>
/// Test doubles: <see cref="Completed"/>, <see cref="FromResponse(ApiResponse)"/>, <see cref="FromException(Exception)"/>,
/// and the generic <see cref="FromResult{T}(T)"/> family for calls with a result.
/// </remarks>
public sealed class ApiCall
{
    private static readonly ApiCall s_completed = new(Task.FromResult(ApiResponse.Create(System.Net.HttpStatusCode.NoContent)));

    private readonly Task<ApiResponse> _response;

    internal ApiCall(Task<ApiResponse> response) => _response = response;

    /// <summary>A call that succeeded with a 204 and nothing else: for test doubles.</summary>
    public static ApiCall Completed => s_completed;

    /// <summary>A call that answered <paramref name="response"/>: for test doubles.</summary>
    public static ApiCall FromResponse(ApiResponse response)
    {
        Guard.NotNull(response, nameof(response));
        return new(Task.FromResult(response));
    }

    /// <summary>A call that failed with <paramref name="exception"/> (an <see cref="ApiException"/>, say): for test doubles.</summary>
    public static ApiCall FromException(Exception exception)
    {
        Guard.NotNull(exception, nameof(exception));
        return new(Task.FromException<ApiResponse>(exception));
    }

    /// <summary>A call that answered <paramref name="value"/> with a 200: for test doubles.</summary>
    public static ApiCall<T> FromResult<T>(T value) => FromResponse(ApiResponse.FromValue(value));

    /// <summary>A call that answered <paramref name="response"/>: for test doubles.</summary>
    public static ApiCall<T> FromResponse<T>(ApiResponse<T> response)
    {
        Guard.NotNull(response, nameof(response));
        return new(Task.FromResult(response));
    }

    /// <summary>A call that failed with <paramref name="exception"/>: for test doubles.</summary>
    public static ApiCall<T> FromException<T>(Exception exception)
    {
        Guard.NotNull(exception, nameof(exception));
        return new(Task.FromException<ApiResponse<T>>(exception));
    }

    /// <summary>The whole response: status, headers, <c>cf-ray</c>, the envelope and the raw message.</summary>
    public Task<ApiResponse> WithResponseAsync() => _response;

    /// <summary>The call as a <see cref="Task"/>, for <c>Task.WhenAll</c> and APIs that take one.</summary>
    public Task AsTask() => _response;

    /// <summary>Waits for the call; an error status or a body that is not understood throws <see cref="ApiException"/>.</summary>
    public TaskAwaiter GetAwaiter() => ((Task)_response).GetAwaiter();

    /// <summary>Configures the await, as <see cref="Task.ConfigureAwait(bool)"/>.</summary>
    public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) => ((Task)_response).ConfigureAwait(continueOnCapturedContext);

    /// <summary>The call as a <see cref="Task"/>, so a lambda returning one fits a <c>Func&lt;Task&gt;</c>.</summary>
    public static implicit operator Task(ApiCall call) => call.AsTask();
}

/// <summary>
/// One call of an operation that returns a <typeparamref name="T"/>. Started when the method returned, like a
/// <see cref="Task{TResult}"/>: <c>await</c> it for the result (the envelope's <c>result</c>), or
/// <see cref="WithResponseAsync"/> for the result with the status, headers, <c>cf-ray</c>, the envelope and the raw
/// message. Test doubles: <see cref="ApiCall.FromResult{T}(T)"/>, <see cref="ApiCall.FromResponse{T}(ApiResponse{T})"/>,
/// <see cref="ApiCall.FromException{T}(Exception)"/>.
/// </summary>
/// <typeparam name="T">The result.</typeparam>
public sealed class ApiCall<T>
{
    private readonly Task<ApiResponse<T>> _response;
    private Task<T>? _value;

    internal ApiCall(Task<ApiResponse<T>> response) => _response = response;

    /// <summary>The result with the whole response: status, headers, <c>cf-ray</c>, the envelope and the raw message.</summary>
    public Task<ApiResponse<T>> WithResponseAsync() => _response;

    /// <summary>The result as a <see cref="Task{TResult}"/>, for <c>Task.WhenAll</c> and APIs that take one.</summary>
    public Task<T> AsTask() => _value ??= ValueOf(_response);

    /// <summary>Waits for the result; an error status or a body that is not understood throws <see cref="ApiException"/>.</summary>
    public TaskAwaiter<T> GetAwaiter() => AsTask().GetAwaiter();

    /// <summary>Configures the await, as <see cref="Task.ConfigureAwait(bool)"/>.</summary>
    public ConfiguredTaskAwaitable<T> ConfigureAwait(bool continueOnCapturedContext) => AsTask().ConfigureAwait(continueOnCapturedContext);

    /// <summary>The result as a <see cref="Task{TResult}"/>, so a lambda returning a call fits a <c>Func&lt;Task&lt;T&gt;&gt;</c>.</summary>
    public static implicit operator Task<T>(ApiCall<T> call) => call.AsTask();

    private static async Task<T> ValueOf(Task<ApiResponse<T>> response) => (await response.ConfigureAwait(false)).Value;
}

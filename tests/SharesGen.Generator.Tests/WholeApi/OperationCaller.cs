using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.OpenApi.Models;
using SharesGen.Runtime;

namespace SharesGen.Generator.Tests.WholeApi;

/// <summary>What one call of a generated method did: the arguments could not be made, it threw, or it returned.</summary>
internal sealed record CallOutcome(GeneratedOperation Operation, Exception? Exception, string? NotCalled = null);

/// <summary>
/// Calls one generated method with valid arguments made from the spec's own parameter and request-body schemas: every
/// required parameter (a method parameter, or a property of its options object), matched to the spec's parameter by
/// name, the body from the request body's schema; optional ones are left out. Awaits the call: an
/// <see cref="ApiCall"/>/<see cref="ApiCall{T}"/> to its end, an <see cref="AsyncPageable{T}"/> for its first page.
/// </summary>
internal sealed class OperationCaller(ClrArguments arguments)
{
    private static readonly MethodInfo s_firstPage = typeof(OperationCaller).GetMethod(nameof(FirstPageAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task<CallOutcome> CallAsync(GeneratedOperation operation, object group, SpecOperation spec, CancellationToken cancellationToken)
    {
        object?[] values;
        try
        {
            values = Arguments(operation.Method, spec, cancellationToken);
        }
        catch (Exception unavailable) when (unavailable is ArgumentsUnavailableException or JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return new CallOutcome(operation, null, $"no argument could be made: {unavailable.GetType().Name}: {unavailable.Message}");
        }

        try
        {
            object? result;
            try
            {
                result = operation.Method.Invoke(group, values);
            }
            catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
            {
                throw invocation.InnerException;
            }

            await AwaitAsync(result, cancellationToken).ConfigureAwait(false);
            return new CallOutcome(operation, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new CallOutcome(operation, exception);
        }
    }

    private object?[] Arguments(MethodInfo method, SpecOperation spec, CancellationToken cancellationToken)
    {
        var parameters = method.GetParameters();
        var values = new object?[parameters.Length];
        var unmatchedPath = new Queue<OpenApiParameter>(spec.Parameters.Where(p => p.In == ParameterLocation.Path && !parameters.Any(m => Same(m.Name!, p.Name))));
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var type = parameter.ParameterType;
            if (type == typeof(CancellationToken))
            {
                values[i] = cancellationToken;
            }
            else if (typeof(ApiCallOptions).IsAssignableFrom(type))
            {
                values[i] = Options(type, spec, parameters);
            }
            else if (spec.Parameters.FirstOrDefault(p => Same(parameter.Name!, p.Name)) is { } specParameter)
            {
                values[i] = arguments.Convert(ValueOf(specParameter), type);
            }
            else if (spec.HasBody && parameter.Name == "body")
            {
                values[i] = arguments.Convert(SchemaValues.For(spec.Body) ?? new JsonObject(), type);
            }
            else if (!parameter.HasDefaultValue && type.IsClass && unmatchedPath.TryDequeue(out var byPosition))
            {
                values[i] = arguments.Convert(ValueOf(byPosition), type);
            }
            else if (parameter.HasDefaultValue)
            {
                values[i] = parameter.DefaultValue;
            }
            else
            {
                throw new ArgumentsUnavailableException($"{method.Name}'s parameter {parameter.Name} ({type.Name}) matches nothing in the spec");
            }
        }

        return values;
    }

    /// <summary>The options object, with the spec's required parameters the method takes no argument for.</summary>
    private object? Options(Type type, SpecOperation spec, ParameterInfo[] methodParameters)
    {
        var required = spec.Parameters.Where(p => p.Required && p.In != ParameterLocation.Path && !methodParameters.Any(m => Same(m.Name!, p.Name))).ToArray();
        if (required.Length == 0 || type.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        var options = Activator.CreateInstance(type)!;
        foreach (var parameter in required)
        {
            if (type.GetProperties().FirstOrDefault(p => p.CanWrite && Same(p.Name, parameter.Name)) is { } property)
            {
                property.SetValue(options, arguments.Convert(ValueOf(parameter), property.PropertyType));
            }
        }

        return options;
    }

    private static JsonNode? ValueOf(OpenApiParameter parameter) => SchemaValues.For(parameter.Schema) ?? JsonValue.Create("example");

    /// <summary>A C# name and a wire name for the same thing: <c>accountIdentifier</c> and <c>account_identifier</c>.</summary>
    private static bool Same(string clrName, string wireName) => Normalized(clrName) == Normalized(wireName);

    private static string Normalized(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static async Task AwaitAsync(object? result, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case null:
                return;
            case Task task:
                await task.ConfigureAwait(false);
                return;
            case ApiCall call:
                await call.AsTask().ConfigureAwait(false);
                return;
        }

        var type = result.GetType();
        if (type.GetMethod(nameof(ApiCall.AsTask), Type.EmptyTypes) is { } asTask)
        {
            await ((Task)asTask.Invoke(result, null)!).ConfigureAwait(false);
            return;
        }

        for (var pageable = type; pageable is not null; pageable = pageable.BaseType)
        {
            if (pageable.IsGenericType && pageable.GetGenericTypeDefinition() == typeof(AsyncPageable<>))
            {
                await ((Task)s_firstPage.MakeGenericMethod(pageable.GetGenericArguments()).Invoke(null, [result, cancellationToken])!).ConfigureAwait(false);
                return;
            }
        }

        throw new InvalidOperationException($"A generated method returned {type}, which the test does not know how to await");
    }

    private static async Task FirstPageAsync<T>(AsyncPageable<T> pageable, CancellationToken cancellationToken)
    {
        await foreach (var _ in pageable.AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            return;
        }
    }

    private sealed class ArgumentsUnavailableException(string message) : Exception(message);
}

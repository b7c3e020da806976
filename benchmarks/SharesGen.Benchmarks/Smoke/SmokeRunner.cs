using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SharesGen.Benchmarks.Smoke;

/// <summary>Implemented by benchmark classes that can check, after their setup, that every row computes the right thing.</summary>
internal interface ISmokeCheck
{
    void Check();
}

/// <summary>Lines the smoke pass prints about what it checked.</summary>
internal static class SmokeLog
{
    public static void Write(string line) => Console.WriteLine("  " + line);
}

/// <summary>
/// The <c>--smoke</c> pass CI runs so the benchmarks cannot rot: every benchmark class is set up with the smallest
/// value of each [Params], each [Benchmark] method runs once, the class's own <see cref="ISmokeCheck"/> runs, and
/// the class is cleaned up. No timing is asserted. Exit code 0 when everything ran, 1 otherwise.
/// </summary>
internal static class SmokeRunner
{
    public static async Task<int> RunAsync(Assembly assembly)
    {
        var clock = Stopwatch.StartNew();
        var passed = 0;
        var failed = 0;
        var types = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in types)
        {
            Console.WriteLine(type.Name);
            object? instance = null;
            var setUp = false;
            try
            {
                instance = Activator.CreateInstance(type)!;
                SetSmallestParams(instance);
                await InvokeAllAsync<GlobalSetupAttribute>(instance);
                setUp = true;
                foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).OrderBy(m => m.MetadataToken))
                {
                    try
                    {
                        var result = await InvokeAsync(instance, method);
                        Console.WriteLine($"  ok    {method.Name}{Describe(result)}");
                        passed++;
                    }
                    catch (Exception exception)
                    {
                        Console.WriteLine($"  FAIL  {method.Name}: {Unwrap(exception)}");
                        failed++;
                    }
                }

                if (instance is ISmokeCheck check)
                {
                    check.Check();
                    Console.WriteLine("  ok    Check");
                    passed++;
                }
            }
            catch (Exception exception)
            {
                Console.WriteLine($"  FAIL  {(setUp ? "Check" : "GlobalSetup")}: {Unwrap(exception)}");
                failed++;
            }
            finally
            {
                if (instance is not null && setUp)
                {
                    try
                    {
                        await InvokeAllAsync<GlobalCleanupAttribute>(instance);
                    }
                    catch (Exception exception)
                    {
                        Console.WriteLine($"  FAIL  GlobalCleanup: {Unwrap(exception)}");
                        failed++;
                    }
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Benchmark smoke pass in {clock.Elapsed.TotalSeconds:F1} s (timings not checked).");
        // Not "N passed, N failed": CI reads that form as the test summary, and this is no test run.
        Console.WriteLine($"smoke: {passed} benchmarks ran clean, {failed} broke");
        return failed == 0 && passed > 0 ? 0 : 1;
    }

    private static void SetSmallestParams(object instance)
    {
        foreach (var property in instance.GetType().GetProperties())
        {
            if (property.GetCustomAttribute<ParamsAttribute>() is { } parameters)
            {
                property.SetValue(instance, parameters.Values.OrderBy(v => v).First());
            }
        }

        foreach (var field in instance.GetType().GetFields())
        {
            if (field.GetCustomAttribute<ParamsAttribute>() is { } parameters)
            {
                field.SetValue(instance, parameters.Values.OrderBy(v => v).First());
            }
        }
    }

    private static async Task InvokeAllAsync<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            await InvokeAsync(instance, method);
        }
    }

    private static async Task<object?> InvokeAsync(object instance, MethodInfo method)
    {
        var result = method.Invoke(instance, null);
        switch (result)
        {
            case Task task:
                await task;
                return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            default:
                return result;
        }
    }

    private static string Describe(object? result) => result switch
    {
        null => string.Empty,
        int count => $" → {count}",
        byte[] bytes => $" → {bytes.Length} bytes",
        ReadOnlyMemory<byte> memory => $" → {memory.Length} bytes",
        System.Collections.ICollection collection => $" → {collection.Count} items",
        _ => $" → {result.GetType().Name}",
    };

    private static string Unwrap(Exception exception)
        => (exception is TargetInvocationException { InnerException: { } inner } ? inner : exception).ToString();
}

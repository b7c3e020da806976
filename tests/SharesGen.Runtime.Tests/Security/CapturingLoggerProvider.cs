using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace SharesGen.Runtime.Tests.Security;

/// <summary>
/// Keeps everything a log sink could store: each record's formatted text, its exception, its structured state
/// walked to the leaves (values, their <c>ToString()</c>, nested collections such as header lists and
/// key/value pairs), and the same for every scope open at the time. Secrets must appear in none of it.
/// </summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly List<string> _texts = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public int Records { get; private set; }

    /// <summary>Every piece of text captured, one entry per formatted message, exception, state leaf or scope leaf.</summary>
    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (_texts)
            {
                return _texts.ToList();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Add(IEnumerable<string> texts)
    {
        lock (_texts)
        {
            Records++;
            _texts.AddRange(texts);
        }
    }

    /// <summary>Walks a value as a structured-logging sink would serialize it.</summary>
    internal static void Walk(object? value, List<string> sink, int depth = 0)
    {
        if (value is null || depth > 8)
        {
            return;
        }

        sink.Add(value.ToString() ?? string.Empty);
        if (value is string)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            Walk(type.GetProperty("Key")!.GetValue(value), sink, depth + 1);
            Walk(type.GetProperty("Value")!.GetValue(value), sink, depth + 1);
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Walk(item, sink, depth + 1);
            }
        }

        // Public properties are what serializers such as OpenTelemetry's or Serilog's destructuring read.
        if (!type.IsPrimitive && !type.IsEnum && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true)
        {
            foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            {
                object? propertyValue;
                try
                {
                    propertyValue = property.GetValue(value);
                }
                catch (Exception)
                {
                    continue;
                }

                Walk(propertyValue, sink, depth + 1);
            }
        }
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var texts = new List<string> { category, formatter(state, exception) };
            if (exception is not null)
            {
                texts.Add(exception.ToString());
            }

            Walk(state, texts);
            provider._scopes.ForEachScope(static (scope, list) => Walk(scope, list), texts);
            provider.Add(texts);
        }
    }
}

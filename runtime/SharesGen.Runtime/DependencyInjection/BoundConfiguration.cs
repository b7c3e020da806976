using System.Collections.Generic;

namespace SharesGen.Runtime.DependencyInjection;

/// <summary>
/// What binding one configuration section onto <see cref="ApiClientOptions"/> found: the full key each option came
/// from (so validation can name the key a user wrote), and every value that could not be used, by key.
/// </summary>
internal sealed class BoundConfiguration(string? sectionPath)
{
    private readonly Dictionary<string, string> _keys = new(System.StringComparer.Ordinal);

    public List<string> Errors { get; } = new();

    /// <summary>The key as a user writes it: <c>Cloudflare:Retry:MaxRetries</c> for a section, <c>Retry:MaxRetries</c> for a root.</summary>
    public string KeyOf(string relativeKey) => string.IsNullOrEmpty(sectionPath) ? relativeKey : sectionPath + ":" + relativeKey;

    /// <summary>Remembers that <paramref name="option"/> was set from <paramref name="relativeKey"/>.</summary>
    public void Bound(string option, string relativeKey) => _keys[option] = KeyOf(relativeKey);

    /// <summary>The configuration key <paramref name="option"/> was bound from; null when it was set in code.</summary>
    public string? KeyFor(string option) => _keys.TryGetValue(option, out var key) ? key : null;

    /// <summary>An option's own reason for refusing a value, without the "(Parameter 'x')" .NET appends to it.</summary>
    public static string ReasonOf(System.Exception exception)
    {
        var message = exception.Message;
        var suffix = exception is System.ArgumentException { ParamName: { } name } ? " (Parameter '" + name + "')" : null;
        return suffix is not null && message.EndsWith(suffix, System.StringComparison.Ordinal) ? message.Substring(0, message.Length - suffix.Length) : message;
    }
}

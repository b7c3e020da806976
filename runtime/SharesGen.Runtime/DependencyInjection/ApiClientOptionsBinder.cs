using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace SharesGen.Runtime.DependencyInjection;

/// <summary>
/// Binds every option of <see cref="ApiClientOptions"/> that configuration can hold, by hand: no reflection, so it
/// stays trim- and AOT-safe (what <c>ConfigurationBinder</c> cannot promise). A value that cannot be used is not
/// thrown at once but collected with the key it came from, so start-up validation reports every one of them by
/// key. Text is never repeated in an error (the key may hold a credential); only a number or a duration that parsed
/// and that the option refuses is, in the option's own message.
/// </summary>
/// <remarks>
/// Keys, relative to the section: <c>BaseAddress</c>, <c>ApiToken</c>, <c>Email</c> with <c>ApiKey</c>,
/// <c>Timeout</c>, <c>MaxResponseBytes</c>, <c>MaxRedirects</c>, <c>AllowInsecureHttp</c>, <c>UserAgent</c>,
/// <c>Retry:MaxRetries</c>, <c>Retry:BaseDelay</c>, <c>Retry:MaxDelay</c>; <c>MaxRetries</c> is kept as a shorthand
/// for <c>Retry:MaxRetries</c>. A key that is absent or empty leaves the option as it was.
/// </remarks>
internal static class ApiClientOptionsBinder
{
    public static BoundConfiguration Bind(IConfiguration configuration, ApiClientOptions options)
    {
        var bound = new BoundConfiguration((configuration as IConfigurationSection)?.Path);
        var reader = new Reader(configuration, bound);
        reader.Read("BaseAddress", nameof(ApiClientOptions.BaseAddress), "an absolute URI", value => options.BaseAddress = new Uri(value, UriKind.Absolute), parsed: value => Uri.TryCreate(value, UriKind.Absolute, out _));
        BindCredentials(reader, options);
        reader.Read("Timeout", nameof(ApiClientOptions.Timeout), "a TimeSpan (e.g. 00:01:40) or Infinite", value => options.Timeout = ParseTimeout(value), parsed: value => IsTimeout(value));
        reader.Read("MaxResponseBytes", nameof(ApiClientOptions.MaxResponseBytes), "an integer", value => options.MaxResponseBytes = ParseInt(value), parsed: IsInt);
        reader.Read("MaxRedirects", nameof(ApiClientOptions.MaxRedirects), "an integer", value => options.MaxRedirects = ParseInt(value), parsed: IsInt);
        reader.Read("AllowInsecureHttp", nameof(ApiClientOptions.AllowInsecureHttp), "true or false", value => options.AllowInsecureHttp = bool.Parse(value), parsed: value => bool.TryParse(value, out _));
        reader.Read("UserAgent", nameof(ApiClientOptions.UserAgent), "a header value", value => options.UserAgent = value, parsed: static _ => true);

        if (reader.Has("MaxRetries") && reader.Has("Retry:MaxRetries"))
        {
            bound.Errors.Add($"Configuration keys '{bound.KeyOf("MaxRetries")}' and '{bound.KeyOf("Retry:MaxRetries")}' are both set; set only Retry:MaxRetries.");
        }
        else
        {
            var retriesKey = reader.Has("MaxRetries") ? "MaxRetries" : "Retry:MaxRetries";
            reader.Read(retriesKey, "Retry.MaxRetries", "an integer", value => options.Retry.MaxRetries = ParseInt(value), parsed: IsInt);
        }

        reader.Read("Retry:BaseDelay", "Retry.BaseDelay", "a TimeSpan (e.g. 00:00:00.500)", value => options.Retry.BaseDelay = ParseTimeSpan(value), parsed: IsTimeSpan);
        reader.Read("Retry:MaxDelay", "Retry.MaxDelay", "a TimeSpan (e.g. 00:00:30)", value => options.Retry.MaxDelay = ParseTimeSpan(value), parsed: IsTimeSpan);
        options.BoundFrom = bound;
        return bound;
    }

    /// <summary>A token, or an email with a global key: never half of a pair, never both kinds.</summary>
    private static void BindCredentials(Reader reader, ApiClientOptions options)
    {
        var bound = reader.Bound;
        var token = reader.Value("ApiToken");
        var email = reader.Value("Email");
        var key = reader.Value("ApiKey");
        if (token is not null && (email is not null || key is not null))
        {
            bound.Errors.Add($"Configuration key '{bound.KeyOf("ApiToken")}' is set together with '{bound.KeyOf(email is not null ? "Email" : "ApiKey")}': set an API token, or an email with a global API key, not both.");
            return;
        }

        if ((email is null) != (key is null))
        {
            bound.Errors.Add($"Configuration key '{bound.KeyOf(email is null ? "Email" : "ApiKey")}' is missing: '{bound.KeyOf(email is null ? "ApiKey" : "Email")}' needs it (an email with a global API key).");
            return;
        }

        if (token is not null)
        {
            reader.Read("ApiToken", nameof(ApiClientOptions.Credentials), "an API token", value => options.Credentials = ApiCredentials.ApiToken(value), parsed: static _ => true);
        }
        else if (email is not null)
        {
            reader.Read("Email", nameof(ApiClientOptions.Credentials), "an email", _ => options.Credentials = ApiCredentials.GlobalApiKey(email, key!), parsed: static _ => true);
        }
    }

    private static int ParseInt(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static bool IsInt(string value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static TimeSpan ParseTimeSpan(string value) => TimeSpan.Parse(value, CultureInfo.InvariantCulture);

    private static bool IsTimeSpan(string value) => TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _);

    private static TimeSpan ParseTimeout(string value)
        => string.Equals(value, "Infinite", StringComparison.OrdinalIgnoreCase) ? System.Threading.Timeout.InfiniteTimeSpan : ParseTimeSpan(value);

    private static bool IsTimeout(string value) => string.Equals(value, "Infinite", StringComparison.OrdinalIgnoreCase) || IsTimeSpan(value);

    private sealed class Reader(IConfiguration configuration, BoundConfiguration bound)
    {
        public BoundConfiguration Bound => bound;

        public string? Value(string key) => configuration[key] is { Length: > 0 } value ? value : null;

        public bool Has(string key) => Value(key) is not null;

        /// <summary>
        /// Applies the value of <paramref name="key"/> when present: one that does not parse, or that the option
        /// refuses, becomes an error naming the key (and the option's own reason, which never repeats the value).
        /// </summary>
        public void Read(string key, string option, string expected, Action<string> apply, Func<string, bool> parsed)
        {
            if (Value(key) is not { } value)
            {
                return;
            }

            if (!parsed(value))
            {
                bound.Errors.Add($"Configuration key '{bound.KeyOf(key)}' must be {expected}; the value found is not.");
                return;
            }

            try
            {
                apply(value);
                bound.Bound(option, key);
            }
            catch (ArgumentException exception)
            {
                bound.Errors.Add($"Configuration key '{bound.KeyOf(key)}': {BoundConfiguration.ReasonOf(exception)}");
            }
        }
    }
}

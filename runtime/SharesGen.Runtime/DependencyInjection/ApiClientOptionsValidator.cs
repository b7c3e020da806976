using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace SharesGen.Runtime.DependencyInjection;

/// <summary>
/// Validates the options of one registered client when they are created: at start-up (<c>ValidateOnStart</c>),
/// before the first client is built, and after every configuration reload. It reports what binding found wrong and
/// a base address the client would refuse, each by the configuration key it came from, or by the option's name
/// when it was set in code.
/// </summary>
internal sealed class ApiClientOptionsValidator(string name) : IValidateOptions<ApiClientOptions>
{
    /// <summary>The options name of the client this validates.</summary>
    public string Name => name;

    public ValidateOptionsResult Validate(string? optionsName, ApiClientOptions options)
    {
        if (!string.Equals(optionsName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>(options.BoundFrom?.Errors ?? new List<string>());
        if (options.BaseAddress is { } address)
        {
            try
            {
                ApiPipeline.BaseAddressOf(address, options.AllowInsecureHttp);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                var key = options.BoundFrom?.KeyFor(nameof(ApiClientOptions.BaseAddress));
                failures.Add((key is null ? "ApiClientOptions.BaseAddress" : $"Configuration key '{key}'") + ": " + BoundConfiguration.ReasonOf(exception));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Changes;

/// <summary>
/// Names each way an operation accepts to authenticate by what a caller sends (<c>header 'X-Auth-Email' + header
/// 'X-Auth-Key'</c>), not by the scheme's name in the spec: renaming a scheme breaks no caller, changing its header does.
/// </summary>
internal static class SecurityLabels
{
    public const string Anonymous = "calls without credentials";

    /// <summary>One label per alternative, ordinal, without repeats.</summary>
    public static EquatableArray<string> Of(IList<OpenApiSecurityRequirement> requirements)
    {
        if (requirements.Count == 0)
        {
            return new[] { Anonymous }.ToEquatableArray();
        }

        return requirements
            .Select(Alternative)
            .Distinct(System.StringComparer.Ordinal)
            .OrderBy(label => label, System.StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static string Alternative(OpenApiSecurityRequirement? requirement)
    {
        if (requirement is null || requirement.Count == 0)
        {
            return Anonymous;
        }

        return string.Join(" + ", requirement
            .Where(pair => pair.Key is not null)
            .Select(pair => Scheme(pair.Key) + Scopes(pair.Value))
            .OrderBy(label => label, System.StringComparer.Ordinal));
    }

    private static string Scheme(OpenApiSecurityScheme scheme) => scheme.Type switch
    {
        _ when scheme.UnresolvedReference => "scheme '" + scheme.Reference?.Id + "'",
        SecuritySchemeType.ApiKey => scheme.In.ToString().ToLowerInvariant() + " '" + scheme.Name + "'",
        SecuritySchemeType.Http => "HTTP " + (scheme.Scheme ?? string.Empty).ToLowerInvariant(),
        SecuritySchemeType.OAuth2 => "OAuth2 '" + scheme.Reference?.Id + "'",
        _ => "OpenID Connect '" + scheme.Reference?.Id + "'",
    };

    private static string Scopes(IList<string>? scopes)
        => scopes is { Count: > 0 } ? " (scopes " + string.Join(", ", scopes.OrderBy(s => s, System.StringComparer.Ordinal)) + ")" : string.Empty;
}

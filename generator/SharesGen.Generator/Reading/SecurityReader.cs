using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Reads what an operation accepts to authenticate: its own <c>security</c>, else the document's. The one reading
/// of security requirements, for the client (which checks its credentials against them) and the contract (whose
/// server enforces them).
/// </summary>
internal static class SecurityReader
{
    private const string Authorization = "Authorization";

    public static EquatableArray<SecurityRequirementModel> Read(OpenApiDocument document, OpenApiOperation operation)
    {
        var requirements = operation.Security is { Count: > 0 } own ? own : document.SecurityRequirements ?? new List<OpenApiSecurityRequirement>();
        return requirements
            .Select(requirement => new SecurityRequirementModel((requirement ?? new OpenApiSecurityRequirement()).Keys
                .Where(scheme => scheme is not null)
                .Select(Scheme)
                .Distinct()
                .OrderBy(scheme => scheme.Kind)
                .ThenBy(scheme => scheme.Name, System.StringComparer.OrdinalIgnoreCase)
                .ToEquatableArray()))
            .Distinct()
            .ToEquatableArray();
    }

    private static SecuritySchemeModel Scheme(OpenApiSecurityScheme scheme) => scheme.Type switch
    {
        _ when scheme.UnresolvedReference => new(SecuritySchemeKind.Other, "the undefined scheme '" + scheme.Reference?.Id + "'", null),
        SecuritySchemeType.ApiKey when scheme.In == Microsoft.OpenApi.Models.ParameterLocation.Header && !string.IsNullOrWhiteSpace(scheme.Name) => new(SecuritySchemeKind.ApiKeyHeader, scheme.Name, scheme.Name),
        SecuritySchemeType.ApiKey => new(SecuritySchemeKind.Other, "an API key in the " + scheme.In.ToString().ToLowerInvariant() + " '" + scheme.Name + "'", null),
        SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", System.StringComparison.OrdinalIgnoreCase) => new(SecuritySchemeKind.Bearer, Authorization, Authorization),
        SecuritySchemeType.Http => new(SecuritySchemeKind.Other, "HTTP " + (scheme.Scheme ?? string.Empty).ToLowerInvariant() + " authentication", Authorization),
        _ => new(SecuritySchemeKind.Bearer, Authorization, Authorization),
    };
}

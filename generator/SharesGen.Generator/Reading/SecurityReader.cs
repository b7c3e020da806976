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
        // Loops where a list of one or two is the usual case, rather than a Distinct/OrderBy chain per requirement:
        // every operation is read. Distinct is kept as it was, first occurrences in order; the sort is OrderBy's, stable.
        var requirements = operation.Security is { Count: > 0 } own ? own : document.SecurityRequirements ?? new List<OpenApiSecurityRequirement>();
        var models = new List<SecurityRequirementModel>(requirements.Count);
        foreach (var requirement in requirements)
        {
            var model = new SecurityRequirementModel(SchemesOf(requirement));
            if (!models.Contains(model))
            {
                models.Add(model);
            }
        }

        return models.ToEquatableArray();
    }

    private static EquatableArray<SecuritySchemeModel> SchemesOf(OpenApiSecurityRequirement? requirement)
    {
        if (requirement is null)
        {
            return EquatableArray<SecuritySchemeModel>.Empty;
        }

        var schemes = new List<SecuritySchemeModel>(requirement.Count);
        foreach (var scheme in requirement.Keys)
        {
            if (scheme is not null && Scheme(scheme) is var model && !schemes.Contains(model))
            {
                schemes.Add(model);
            }
        }

        return schemes.Count <= 1
            ? schemes.ToEquatableArray()
            : schemes.OrderBy(scheme => scheme.Kind).ThenBy(scheme => scheme.Name, System.StringComparer.OrdinalIgnoreCase).ToEquatableArray();
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

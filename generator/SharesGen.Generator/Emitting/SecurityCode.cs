using System.Collections.Generic;
using System.Linq;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// The <c>ApiSecurity</c> of each operation of one generated class, as static fields: one per distinct set of
/// alternatives, so the common case (every operation alike) is one line, and no call allocates one.
/// </summary>
internal sealed class SecurityCode
{
    private readonly List<EquatableArray<SecurityRequirementModel>> _distinct = new();
    private readonly string _apiSecurity;
    private readonly string _scheme;

    public SecurityCode(IEnumerable<OperationModel> operations, string apiSecurityType, string schemeType)
    {
        _apiSecurity = apiSecurityType;
        _scheme = schemeType;
        foreach (var operation in operations)
        {
            if (!_distinct.Contains(operation.Security))
            {
                _distinct.Add(operation.Security);
            }
        }
    }

    /// <summary>The field that holds <paramref name="operation"/>'s security.</summary>
    public string FieldOf(OperationModel operation) => FieldName(_distinct.IndexOf(operation.Security));

    public void EmitFields(SourceWriter writer)
    {
        for (var i = 0; i < _distinct.Count; i++)
        {
            writer.WriteLine($"private static readonly {_apiSecurity} {FieldName(i)} = {Expression(_distinct[i], _scheme)};");
        }
    }

    private static string FieldName(int index) => index == 0 ? "s_security" : "s_security" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>ApiSecurity.ApiKeyHeaders("X-Auth-Email", "X-Auth-Key").Or(ApiSecurity.BearerToken)</c>.</summary>
    private string Expression(EquatableArray<SecurityRequirementModel> requirements, string schemeType)
    {
        if (requirements.IsEmpty)
        {
            return _apiSecurity + ".Undeclared";
        }

        var alternatives = requirements.Select(r => Alternative(r, schemeType)).ToList();
        return alternatives[0] + string.Concat(alternatives.Skip(1).Select(a => ".Or(" + a + ")"));
    }

    private string Alternative(SecurityRequirementModel requirement, string schemeType)
    {
        var schemes = requirement.Schemes;
        if (schemes.IsEmpty)
        {
            return _apiSecurity + ".Anonymous";
        }

        if (schemes.All(s => s.Kind == SecuritySchemeKind.ApiKeyHeader))
        {
            return $"{_apiSecurity}.ApiKeyHeaders({string.Join(", ", schemes.Select(s => Literals.String(s.Name)))})";
        }

        if (schemes.Count == 1 && schemes[0].Kind == SecuritySchemeKind.Bearer)
        {
            return _apiSecurity + ".BearerToken";
        }

        return $"{_apiSecurity}.Requires({string.Join(", ", schemes.Select(s => Scheme(s, schemeType)))})";
    }

    private static string Scheme(SecuritySchemeModel scheme, string schemeType) => scheme.Kind switch
    {
        SecuritySchemeKind.ApiKeyHeader => $"{schemeType}.ApiKeyHeader({Literals.String(scheme.Name)})",
        SecuritySchemeKind.Bearer => schemeType + ".Bearer",
        _ => $"{schemeType}.Other({Literals.String(scheme.Name)})",
    };
}

using System.Collections.Generic;

namespace SharesGen.Generator.Model;

/// <summary>
/// The names of the types generated beside a client and beside each DTO or enum, in one place: the reader claims them
/// (so no schema takes one) and the emitters declare and refer to them.
/// </summary>
internal static class GeneratedTypeNames
{
    /// <summary>The System.Text.Json context of a client's types: <c>SharesClientJson</c>.</summary>
    public static string JsonContext(string clientName) => clientName + "Json";

    /// <summary>The <c>IServiceCollection</c> registration of a client: <c>SharesClientServiceCollectionExtensions</c>.</summary>
    public static string ServiceRegistration(string clientName) => clientName + "ServiceCollectionExtensions";

    /// <summary>The spec as data for the contract-test kit: <c>SharesClientContract</c>.</summary>
    public static string Contract(string clientName) => clientName + "Contract";

    /// <summary>Every example of the spec as a JSON constant: <c>SharesClientExamples</c>.</summary>
    public static string Examples(string clientName) => clientName + "Examples";

    /// <summary>The reflection-free converter of a DTO or enum: <c>ShareJsonConverter</c>.</summary>
    public static string Converter(string typeName) => typeName + "JsonConverter";

    /// <summary>Every type generated for a client besides the client itself; the reader reserves them before any schema is named.</summary>
    public static IEnumerable<string> ClientCompanions(string clientName) => new[]
    {
        JsonContext(clientName),
        ServiceRegistration(clientName),
        Contract(clientName),
        Examples(clientName),
    };
}

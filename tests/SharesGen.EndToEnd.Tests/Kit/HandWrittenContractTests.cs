using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Testing;
using SharesGen.Testing.Contracts;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>
/// The server on contracts small enough to read in full (the document the generator emits, written by hand), for
/// what no Cloudflare spec here happens to exercise: a literal path segment beside a parameter in the same place, and
/// a schema the kit cannot make an answer for.
/// </summary>
public sealed class HandWrittenContractTests
{
    private const string Envelope = """{"type":"object","required":["success","errors","messages","result"],"properties":{"success":{"type":"boolean"},"errors":{"type":"array"},"messages":{"type":"array"},"result":RESULT}}""";

    [Test]
    public async Task A_literal_segment_is_routed_before_a_parameter_in_the_same_place()
    {
        // The parameter's operation comes first, so taking the first match would answer /things/special as an item.
        var contract = Contract(
            Operation("thing-get", "GET", "/things/{thing_id}", """{"type":"object","properties":{"id":{"type":"string"}}}"""),
            Operation("special-get", "GET", "/things/special", """{"type":"object","required":["mode"],"properties":{"mode":{"type":"string","enum":["special"]}}}"""));
        await using var server = await LoopbackApiServer.StartAsync(contract);
        using var http = new HttpClient();

        using var special = await http.GetAsync(new Uri(server.BaseAddress, "things/special"));
        using var item = await http.GetAsync(new Uri(server.BaseAddress, "things/special-one"));

        Assert.Multiple(() =>
        {
            Assert.That(server.Exchanges.Select(e => (e.OperationId, e.StatusCode)), Is.EqualTo(new[] { ("special-get", 200), ("thing-get", 404) }));
            Assert.That(server.Exchanges[0].ResponseJson()!["result"]!.ToJsonString(), Is.EqualTo("""{"mode":"special"}"""));
        });
    }

    [TestCase(LoopbackMode.Examples)]
    [TestCase(LoopbackMode.Stateful)]
    public async Task An_answer_the_kit_cannot_make_conform_is_a_500_naming_the_operation_never_a_body_outside_the_spec(LoopbackMode mode)
    {
        // No integer is at least 5 and at most 2: whatever the kit makes up breaks the schema.
        var contract = Contract(Operation("count-get", "GET", "/count", """{"type":"integer","minimum":5,"maximum":2}"""));
        await using var server = await LoopbackApiServer.StartAsync(new LoopbackApiServerOptions { Contract = contract, Mode = mode });
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(server.BaseAddress, "count"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(500));
            Assert.That(body["success"]!.GetValue<bool>(), Is.False);
            Assert.That(body["errors"]![0]!["code"]!.GetValue<int>(), Is.EqualTo(LoopbackErrorCodes.InternalError));
            Assert.That(body["errors"]![0]!["message"]!.GetValue<string>(), Does.Contain("could not answer count-get within its spec").And.Contain("/result"));
        });
    }

    private static ApiContract Contract(params string[] operations)
        => ApiContract.Load($$"""{"schemas":{},"operations":[{{string.Join(",", operations)}}]}""");

    /// <summary>An operation without security or parameters beyond its path's, answering 200 with an envelope around <paramref name="result"/>.</summary>
    private static string Operation(string id, string method, string path, string result)
    {
        var parameters = path.Split('/').Where(s => s.StartsWith('{')).Select(s => $$$"""{"name":"{{{s[1..^1]}}}","in":"path","required":true,"schema":{"type":"string"}}""");
        return $$$"""{"operationId":"{{{id}}}","method":"{{{method}}}","path":"{{{path}}}","successStatus":200,"parameters":[{{{string.Join(",", parameters)}}}],"success":{{{Envelope.Replace("RESULT", result, StringComparison.Ordinal)}}}}""";
    }
}

using System;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;
using SharesGen.Generator.Tests.ReaderFeatures;

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// A generated client called over a real socket on 127.0.0.1 with answers its spec admits: a body of no stated type
/// answered <c>null</c> (what Prism answers for Cloudflare's page-shield and revoke-token operations), an envelope whose
/// result is nullable answered <c>result: null</c>. Each is a success without a value; a value still reads, and a body
/// whose schema says object still fails on <c>null</c>.
/// </summary>
public class NullBodyCallTests
{
    private const string CallSite = """
        using System;
        using System.Threading.Tasks;
        using SharesGen.Runtime;
        using Tests.Generated;

        namespace Consumer.App;

        /// <summary>Calls the one operation and says what came back.</summary>
        public static class CallSite
        {
            /// <summary>The id read, or "null".</summary>
            public static async Task<string> RunAsync(Uri baseAddress)
            {
                var client = new TestClient(new ApiClientOptions { BaseAddress = baseAddress, AllowInsecureHttp = true, Credentials = ApiCredentials.ApiToken("token-1"), Retry = { MaxRetries = 0 } });
                var value = await client.Things.ListAsync("a1");
                return value is null ? "null" : value.Id ?? "no id";
            }
        }
        """;

    private const string Thing = "{ $ref: '#/components/schemas/thing' }";
    private const string UntypedThing = "{ thing: { allOf: [ { properties: { id: { type: string } } } ] } }";
    private const string TypedThing = "{ thing: { type: object, properties: { id: { type: string } } } }";
    private const string EmptyResponse = "{ allOf: [ { properties: { result: { $ref: '#/components/schemas/thing' }, success: { type: boolean } } } ] }";
    private const string NullableThing = "{ thing: { type: object, nullable: true, properties: { id: { type: string } } } }";

    [TestCase("null", ExpectedResult = "null")]
    [TestCase(" null \n", ExpectedResult = "null")]
    [TestCase("""{"id":"t1"}""", ExpectedResult = "t1")]
    public Task<string> A_bare_body_of_no_stated_type_answered_null_is_a_success_without_a_value(string body)
        => CallAsync(FeatureSpec.Returning(Thing, UntypedThing), body);

    [TestCase("null", ExpectedResult = "null")]
    [TestCase("""{"success":true,"result":null}""", ExpectedResult = "null")]
    [TestCase("""{"success":true}""", ExpectedResult = "null")]
    [TestCase("""{"success":true,"result":{"id":"t1"}}""", ExpectedResult = "t1")]
    public Task<string> An_envelope_of_no_stated_type_with_a_nullable_result_answered_null_is_a_success_without_a_value(string body)
        => CallAsync(FeatureSpec.Returning(EmptyResponse, NullableThing), body);

    [Test]
    public void An_envelope_of_no_stated_type_still_says_success_false()
        => Assert.That(async () => await CallAsync(FeatureSpec.Returning(EmptyResponse, NullableThing), """{"success":false,"result":null}"""), Throws.InstanceOf<SharesGen.Runtime.ApiException>());

    [TestCase("null")]
    [TestCase("nullnull")]
    public void A_body_whose_schema_says_object_still_fails_on_null(string body)
        => Assert.That(async () => await CallAsync(FeatureSpec.Returning(Thing, TypedThing), body), Throws.InstanceOf<SharesGen.Runtime.ApiException>());

    private static async Task<string> CallAsync(string spec, string body)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(CallSite), SpecFile.Inline(spec));
        GeneratorAssertions.CompilesCleanly(run);
        using var assembly = GeneratedAssembly.Load(run);
        await using var server = new CapturingSocketServer(body);
        try
        {
            return await (Task<string>)assembly.Type("Consumer.App.CallSite").GetMethod("RunAsync")!.Invoke(null, new object[] { server.BaseAddress })!;
        }
        catch (System.Reflection.TargetInvocationException invocation) when (invocation.InnerException is { } inner)
        {
            throw inner;
        }
    }
}

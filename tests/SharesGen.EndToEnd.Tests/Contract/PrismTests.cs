using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;

namespace SharesGen.EndToEnd.Tests.Contract;

/// <summary>
/// An independent cross-check: every generated operation against Stoplight Prism mocking spec/shares.yaml, which
/// validates each request (and its own example response) against the spec with its own reading of OpenAPI. Prism must
/// find nothing wrong: no 422, no <c>sl-violations</c> entry of severity Error. Runs when <c>SHARESGEN_PRISM_URL</c>
/// names a running Prism (e.g. <c>http://127.0.0.1:4010</c>; Prism serves the paths without <c>/client/v4</c>).
/// </summary>
[Category("Prism")]
public sealed class PrismTests
{
    public const string UrlVariable = "SHARESGEN_PRISM_URL";

    private const string Email = "user@example.com";

    private const string Key = "144c9defac04969c7bfad8efaa8ea194";

    private HttpClient _http = null!;
    private PrismViolationRecorder _recorder = null!;
    private Uri _baseAddress = null!;

    public static IEnumerable<EveryOperation.Step> Operations => EveryOperation.Steps;

    [OneTimeSetUp]
    public void ConnectToPrism()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            Assert.Ignore("Prism is not running; .ci/run starts it");
        }

        _baseAddress = new Uri(url.TrimEnd('/') + "/");
        _recorder = new PrismViolationRecorder();
        _http = new HttpClient(_recorder);
    }

    [OneTimeTearDown]
    public void Disconnect()
    {
        _http?.Dispose(); // disposes the recorder too (its handler chain)
        _recorder?.Dispose();
    }

    [TestCaseSource(nameof(Operations))]
    public async Task Prism_finds_no_violation_in(EveryOperation.Step operation)
    {
        _recorder.Take();

        var failure = await Call(operation, ApiCredentials.GlobalApiKey(Email, Key));

        AssertNoViolation(operation, failure);
    }

    /// <summary>
    /// The fragment declares only X-Auth-Email + X-Auth-Key: Prism refuses a bearer token, as the generated client does
    /// before sending one (CredentialsMismatchTests), so the two agree on what the spec's security means.
    /// </summary>
    [Test]
    public async Task Prism_refuses_an_api_token_the_spec_does_not_declare()
    {
        _recorder.Take();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_baseAddress, $"accounts/{EveryOperation.AccountId}/shares"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "prism-token");

        using var response = await _http.SendAsync(request);

        Assert.That(_recorder.Take().Single().Status, Is.EqualTo(401));
    }

    [Test]
    public async Task The_check_is_not_vacuous_Prism_rejects_what_breaks_the_spec()
    {
        _recorder.Take();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_baseAddress, $"accounts/{EveryOperation.AccountId}/shares?per_page=101"));
        request.Headers.Add("X-Auth-Email", Email);
        request.Headers.Add("X-Auth-Key", Key);

        using var response = await _http.SendAsync(request);

        var exchange = _recorder.Take().Single();
        Assert.That(exchange.Status, Is.EqualTo(422));
        Assert.That(exchange.Violations, Has.One.Matches<PrismViolation>(v => v.Severity == "Error" && v.Location == "request.query.per_page"));
    }

    private async Task<Exception?> Call(EveryOperation.Step operation, ApiCredentials credentials)
    {
        var client = new SharesClient(_http, new ApiClientOptions
        {
            BaseAddress = _baseAddress,
            Credentials = credentials,
            Timeout = TimeSpan.FromSeconds(30),
            Retry = new ApiRetryOptions { MaxRetries = 0 },
        });
        try
        {
            await operation.Run(client, new EveryOperation.Ids());
            return null;
        }
        catch (ApiException exception)
        {
            return exception;
        }
    }

    private void AssertNoViolation(EveryOperation.Step operation, Exception? failure)
    {
        var exchanges = _recorder.Take();
        foreach (var warning in exchanges.SelectMany(e => e.Violations).Where(v => v.Severity != "Error"))
        {
            TestContext.Out.WriteLine($"Prism warning for {operation}: {warning}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(exchanges, Is.Not.Empty, "the call reached Prism");
            Assert.That(exchanges.Where(e => e.Status == 422 || e.Violations.Any(v => v.Severity == "Error")).Select(e => e.ToString()), Is.Empty,
                $"Prism found {operation} breaking the spec");
            Assert.That(failure, Is.Null, () => $"{operation} failed against Prism: {failure}{Environment.NewLine}{string.Join(Environment.NewLine, exchanges)}");
        });
    }
}

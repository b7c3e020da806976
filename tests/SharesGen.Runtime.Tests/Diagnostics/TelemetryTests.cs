using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.Runtime.Diagnostics;
using SharesGen.Runtime.Tests.Faults;

namespace SharesGen.Runtime.Tests.Diagnostics;

/// <summary>
/// SharesGen's own spans and metrics, collected in process with an <see cref="ActivityListener"/> and a
/// <see cref="MeterListener"/> from calls to a real server on 127.0.0.1: OpenTelemetry's HTTP client conventions,
/// one span and one measurement per send, the operation id and cf-ray, and no secret in any attribute.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class TelemetryTests
{
    private const string Token = "telemetry-token-5ecr3t";
    private const string Email = "telemetry-user@secret-mail.example";
    private const string Key = "telemetry-key-5ecr3t";
    private const string QueryValue = "query-value-5ecr3t";
    private const string BodyValue = "body-value-5ecr3t";
    private const string Ray = "8a1b2c3d4e5f6789-LHR";
    private static readonly string[] Secrets = [Token, Email, Key, QueryValue, BodyValue];

    [Test]
    public async Task A_send_is_one_client_span_following_the_HTTP_client_conventions()
    {
        var (spans, _, port) = await RecordOneAnsweredGetAsync();

        var span = spans.Single();
        Assert.That(span.DisplayName, Is.EqualTo("GET /client/v4/accounts/{account_id}/shares"));
        Assert.That(span.Kind, Is.EqualTo(ActivityKind.Client));
        Assert.That(span.Source.Name, Is.EqualTo(SharesGenTelemetry.ActivitySourceName));
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Unset));
        Assert.That(Tags(span), Is.EquivalentTo(new Dictionary<string, object?>
        {
            ["http.request.method"] = "GET",
            ["server.address"] = "127.0.0.1",
            ["server.port"] = port,
            ["url.scheme"] = "http",
            ["url.full"] = $"http://127.0.0.1:{port}/client/v4/accounts/acc-1/shares?name=REDACTED&page=REDACTED",
            ["url.template"] = "/client/v4/accounts/{account_id}/shares",
            ["http.response.status_code"] = 200,
            ["network.protocol.version"] = "1.1",
            ["sharesgen.operation.id"] = "shares-list",
            ["cloudflare.ray_id"] = Ray,
        }));
    }

    [Test]
    public async Task A_send_is_one_duration_measurement_in_seconds_with_bounded_attributes()
    {
        var (_, measurements, port) = await RecordOneAnsweredGetAsync();

        var measurement = measurements.Single();
        Assert.That(measurement.Instrument, Is.EqualTo("http.client.request.duration"));
        Assert.That(measurement.Unit, Is.EqualTo("s"));
        Assert.That(measurement.Value, Is.GreaterThanOrEqualTo(0));
        Assert.That(measurement.Tags, Is.EquivalentTo(new Dictionary<string, object?>
        {
            ["http.request.method"] = "GET",
            ["server.address"] = "127.0.0.1",
            ["server.port"] = port,
            ["url.scheme"] = "http",
            ["url.template"] = "/client/v4/accounts/{account_id}/shares",
            ["http.response.status_code"] = 200,
            ["network.protocol.version"] = "1.1",
            ["sharesgen.operation.id"] = "shares-list",
        }), "no url.full and no cf-ray: one value per request would make every measurement a series of its own");
    }

    [Test]
    public async Task A_retry_is_a_second_send_with_its_resend_count_and_the_failed_one_is_an_error()
    {
        await using var server = new MisbehavingServer();
        server.Respond(503, """{"success":false,"errors":[{"code":1,"message":"busy"}],"result":null}""").Respond(200, Envelopes.Success);
        using var telemetry = new Collected(server.Port);

        await Send(server, "GET");

        var spans = telemetry.Spans;
        Assert.That(spans.Select(s => s.GetTagItem("http.response.status_code")), Is.EqualTo(new object[] { 503, 200 }));
        Assert.That(spans[0].Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(spans[0].GetTagItem("error.type"), Is.EqualTo("503"));
        Assert.That(spans[0].GetTagItem("http.request.resend_count"), Is.Null);
        Assert.That(spans[1].GetTagItem("http.request.resend_count"), Is.EqualTo(1));
        Assert.That(spans[1].GetTagItem("error.type"), Is.Null);
        Assert.That(telemetry.Measurements.Select(m => m.Tags.GetValueOrDefault("error.type")), Is.EqualTo(new object?[] { "503", null }));
    }

    [Test]
    public async Task A_followed_redirect_is_a_second_send_to_its_own_address()
    {
        await using var server = new MisbehavingServer();
        server.Respond(307, "", $"Location: http://127.0.0.1:{server.Port}/client/v4/moved?page=2\r\n").Respond(200, Envelopes.Success);
        using var telemetry = new Collected(server.Port);

        await Send(server, "GET");

        var spans = telemetry.Spans;
        Assert.That(spans.Select(s => s.GetTagItem("url.full")), Is.EqualTo(new object[]
        {
            $"http://127.0.0.1:{server.Port}/client/v4/accounts/acc-1/shares?name=REDACTED&page=REDACTED",
            $"http://127.0.0.1:{server.Port}/client/v4/moved?page=REDACTED",
        }));
        Assert.That(spans[1].GetTagItem("http.request.resend_count"), Is.EqualTo(1));
        Assert.That(spans[0].Status, Is.EqualTo(ActivityStatusCode.Unset), "a 3xx is not an error");
    }

    [Test]
    public async Task A_connection_that_fails_is_an_error_typed_by_its_exception()
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(static (_, socket, _) =>
        {
            socket.LingerState = new System.Net.Sockets.LingerOption(true, 0);
            socket.Close();
            return Task.CompletedTask;
        });
        using var telemetry = new Collected(server.Port);

        Assert.ThrowsAsync<ApiConnectionException>(() => Send(server, "GET", retries: 0));

        var span = telemetry.Spans.Single();
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(span.GetTagItem("error.type"), Is.EqualTo(typeof(System.Net.Http.HttpRequestException).FullName));
        Assert.That(span.GetTagItem("http.response.status_code"), Is.Null);
        Assert.That(telemetry.Measurements.Single().Tags["error.type"], Is.EqualTo(typeof(System.Net.Http.HttpRequestException).FullName));
    }

    /// <summary>A cf-ray that is not an id is not recorded: what a server sends is not written into telemetry as is.</summary>
    [TestCase("8a1b<script>alert(1)</script>")]
    [TestCase("ray with spaces")]
    [TestCase("\u202Eevil")]
    public async Task A_cf_ray_that_is_not_an_id_is_left_out(string ray)
    {
        await using var server = new MisbehavingServer();
        server.Then(MisbehavingServer.Response(200, Envelopes.Success, "cf-ray: " + ray + "\r\n"));
        using var telemetry = new Collected(server.Port);

        await Send(server, "GET");

        Assert.That(telemetry.Spans.Single().GetTagItem("cloudflare.ray_id"), Is.Null);
    }

    /// <summary>Token, email and key, query values and the body: none in any attribute of any span or measurement.</summary>
    [TestCase(false, 200)]
    [TestCase(true, 200)]
    [TestCase(false, 401)]
    [TestCase(true, 503)]
    public async Task No_secret_is_recorded_whatever_the_outcome(bool emailAndKey, int status)
    {
        await using var server = new MisbehavingServer();
        server.Otherwise(MisbehavingServer.Response(status, status == 200 ? Envelopes.Success : Envelopes.Failure));
        using var telemetry = new Collected(server.Port);

        foreach (var method in new[] { "GET", "POST" })
        {
            try
            {
                await Send(server, method, emailAndKey: emailAndKey, retries: 1);
            }
            catch (ApiException)
            {
            }
        }

        var values = telemetry.Spans.SelectMany(s => s.TagObjects.Select(t => t.Value)).Concat(telemetry.Spans.Select(s => (object?)s.DisplayName))
            .Concat(telemetry.Measurements.SelectMany(m => m.Tags.Values))
            .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))
            .ToList();
        Assert.That(telemetry.Spans, Is.Not.Empty);
        foreach (var secret in Secrets)
        {
            Assert.That(values, Has.None.Contains(secret));
        }
    }

    /// <summary>What one GET, answered 200 with a cf-ray of <see cref="Ray"/>, records: the send the conventions tests read.</summary>
    private static async Task<(IReadOnlyList<Activity> Spans, IReadOnlyList<Measurement> Measurements, int Port)> RecordOneAnsweredGetAsync()
    {
        await using var server = new MisbehavingServer();
        server.Respond(200, Envelopes.Success, $"cf-ray: {Ray}\r\n");
        using var telemetry = new Collected(server.Port);

        await Send(server, "GET");

        return (telemetry.Spans, telemetry.Measurements, server.Port);
    }

    private static async Task Send(MisbehavingServer server, string method, bool emailAndKey = false, int retries = 1)
    {
        var options = new ApiClientOptions
        {
            BaseAddress = server.BaseAddress,
            Credentials = emailAndKey ? ApiCredentials.GlobalApiKey(Email, Key) : ApiCredentials.ApiToken(Token),
            Retry = { MaxRetries = retries, BaseDelay = TimeSpan.Zero },
        };
        using var http = new System.Net.Http.HttpClient(new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false });
        var pipeline = new ApiPipeline(http, options, null);
        var request = new ApiRequest(method, method == "GET" ? "shares-list" : "shares-create", ApiSecurity.Undeclared, "/accounts/{account_id}/shares")
            .PathValue("acc-1");
        if (method == "GET")
        {
            request.AddQuery("name", QueryValue);
            request.AddQuery("page", 2L);
        }
        else
        {
            request.SetJsonBody(BodyValue, JsonMetadataServices.StringConverter);
        }

        await pipeline.Send(request, JsonMetadataServices.JsonElementConverter, null, default).WithResponseAsync();
    }

    private static Dictionary<string, object?> Tags(Activity activity) => activity.TagObjects.ToDictionary(t => t.Key, t => t.Value);

    /// <summary>What SharesGen recorded for the sends to one server (by its port: other tests run at the same time).</summary>
    private sealed class Collected : IDisposable
    {
        private readonly int _port;
        private readonly ActivityListener _activities;
        private readonly MeterListener _meters = new();
        private readonly ConcurrentQueue<Activity> _spans = new();
        private readonly ConcurrentQueue<Measurement> _measurements = new();

        public Collected(int port)
        {
            _port = port;
            _activities = new ActivityListener
            {
                ShouldListenTo = source => source.Name == SharesGenTelemetry.ActivitySourceName,
                Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    if (Equals(activity.GetTagItem("server.port"), _port))
                    {
                        _spans.Enqueue(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_activities);
            _meters.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SharesGenTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            {
                var recorded = new Dictionary<string, object?>();
                foreach (var tag in tags)
                {
                    recorded[tag.Key] = tag.Value;
                }

                if (Equals(recorded.GetValueOrDefault("server.port"), _port))
                {
                    _measurements.Enqueue(new Measurement(instrument.Name, instrument.Unit, value, recorded));
                }
            });
            _meters.Start();
        }

        public IReadOnlyList<Activity> Spans => _spans.ToArray();

        public IReadOnlyList<Measurement> Measurements => _measurements.ToArray();

        public void Dispose()
        {
            _activities.Dispose();
            _meters.Dispose();
        }
    }

    private sealed record Measurement(string Instrument, string? Unit, double Value, Dictionary<string, object?> Tags);
}

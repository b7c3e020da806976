using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using SharesGen.EndToEnd.Parameters;
using SharesGen.EndToEnd.Tests.Support;
using SharesGen.Runtime;

namespace SharesGen.EndToEnd.Tests.Parameters;

/// <summary>
/// A generated <see cref="ParametersClient"/> whose every request lands, for each test, on a new raw socket on 127.0.0.1
/// that keeps its exact bytes (<see cref="RawCaptureServer"/>, answering 204); no retries, so one call is one request.
/// </summary>
public abstract class CapturedRequestTest
{
    private HttpClient _http = null!;

    private protected RawCaptureServer Server { get; private set; } = null!;

    private protected ParametersClient Client { get; private set; } = null!;

    [SetUp]
    public void StartCapture()
    {
        Server = new RawCaptureServer();
        _http = new HttpClient();
        Client = new ParametersClient(_http, new ApiClientOptions { BaseAddress = Server.BaseAddress, Credentials = ApiCredentials.ApiToken("raw-capture-token"), Retry = new ApiRetryOptions { MaxRetries = 0 } });
    }

    [TearDown]
    public async Task StopCaptureAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}

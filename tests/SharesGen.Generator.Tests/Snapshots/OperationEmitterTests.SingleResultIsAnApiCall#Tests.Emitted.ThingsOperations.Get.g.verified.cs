//HintName: Tests.Emitted.ThingsOperations.Get.g.cs
/// <summary><c>GET /accounts/{account_id}/things/{thing_id}</c>.</summary>
/// <param name="accountId">The <c>{account_id}</c> segment of <c>/accounts/{account_id}/things/{thing_id}</c>.</param>
/// <param name="thingId">The <c>{thing_id}</c> segment of <c>/accounts/{account_id}/things/{thing_id}</c>.</param>
/// <param name="options">A timeout and headers for this call.</param>
/// <param name="cancellationToken">Cancels the call.</param>
public virtual ApiCall<Thing> GetAsync(string accountId, string thingId, ApiCallOptions? options = null, CancellationToken cancellationToken = default)
{
    var request = new ApiRequest("GET", "things-get", s_security, "/accounts/{account_id}/things/{thing_id}").PathValue(accountId).PathValue(thingId);
    return _pipeline.Send(request, ThingJsonConverter.Instance, options, cancellationToken);
}

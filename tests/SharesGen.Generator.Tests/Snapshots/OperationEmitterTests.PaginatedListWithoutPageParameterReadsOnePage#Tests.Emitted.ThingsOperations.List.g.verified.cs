//HintName: Tests.Emitted.ThingsOperations.List.g.cs
/// <summary><c>GET /accounts/{account_id}/things</c>.</summary>
/// <param name="accountId">The <c>{account_id}</c> segment of <c>/accounts/{account_id}/things</c>.</param>
/// <param name="options">A timeout and headers for this call.</param>
/// <param name="cancellationToken">Cancels the call.</param>
public virtual AsyncPageable<Thing> ListAsync(string accountId, ApiCallOptions? options = null, CancellationToken cancellationToken = default)
{
    var request = new ApiRequest("GET", "things-list", s_security, "/accounts/{account_id}/things").PathValue(accountId);
    return _pipeline.SendForPages(request, ThingJsonConverter.Instance, null, options, cancellationToken);
}

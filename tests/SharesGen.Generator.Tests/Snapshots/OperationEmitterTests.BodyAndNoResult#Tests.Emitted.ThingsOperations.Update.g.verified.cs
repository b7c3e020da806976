//HintName: Tests.Emitted.ThingsOperations.Update.g.cs
/// <summary><c>PUT /accounts/{account_id}/things</c>.</summary>
/// <param name="accountId">The <c>{account_id}</c> segment of <c>/accounts/{account_id}/things</c>.</param>
/// <param name="body">The new thing.</param>
/// <param name="options">A timeout and headers for this call.</param>
/// <param name="cancellationToken">Cancels the call.</param>
public virtual ApiCall UpdateAsync(string accountId, Thing body, ApiCallOptions? options = null, CancellationToken cancellationToken = default)
{
    var request = new ApiRequest("PUT", "things-update", s_security, "/accounts/{account_id}/things").PathValue(accountId);
    request.SetJsonBody(body, ThingJsonConverter.Instance);
    return _pipeline.Send(request, options, cancellationToken);
}

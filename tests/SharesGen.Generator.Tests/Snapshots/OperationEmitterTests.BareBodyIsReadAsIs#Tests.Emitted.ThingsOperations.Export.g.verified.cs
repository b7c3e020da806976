//HintName: Tests.Emitted.ThingsOperations.Export.g.cs
/// <summary><c>GET /accounts/{account_id}/things/export</c>.</summary>
/// <param name="accountId">The <c>{account_id}</c> segment of <c>/accounts/{account_id}/things/export</c>.</param>
/// <param name="options">A timeout and headers for this call.</param>
/// <param name="cancellationToken">Cancels the call.</param>
public virtual ApiCall<IList<string>> ExportAsync(string accountId, ApiCallOptions? options = null, CancellationToken cancellationToken = default)
{
    var request = new ApiRequest("GET", "things-export", s_security, "/accounts/{account_id}/things/export").PathValue(accountId);
    return _pipeline.SendForBody(request, new JsonListConverter<string>(JsonMetadataServices.StringConverter!), options, cancellationToken);
}

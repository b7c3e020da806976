namespace SharesGen.Runtime.Tests;

/// <summary>Cloudflare-shaped bodies used across the tests.</summary>
internal static class Envelopes
{
    public const string Success = """{"success":true,"errors":[],"messages":[],"result":{"id":"abc"}}""";

    public const string Failure = """
        {"success":false,"errors":[{"code":7003,"message":"No route for the URI","documentation_url":"https://developers.example/7003","source":{"pointer":"/name"}},{"code":1000,"message":"Second"}],"messages":[],"result":null}
        """;

    public static string List(int page, int totalPages, params string[] ids)
        => "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":[" + string.Join(",", System.Array.ConvertAll(ids, id => "{\"id\":\"" + id + "\"}"))
           + "],\"result_info\":{\"page\":" + page + ",\"per_page\":2,\"count\":" + ids.Length + ",\"total_pages\":" + totalPages + "}}";
}

namespace SharesGen.Testing.Http;

/// <summary>The envelope's <c>result_info</c>: where a page sits in the whole list.</summary>
internal readonly record struct ResultInfo(int Page, int PerPage, int Count, int TotalCount, int TotalPages);

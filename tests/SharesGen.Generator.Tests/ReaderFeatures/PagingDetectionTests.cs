using NUnit.Framework;
using SharesGen.Generator.Model;
using static SharesGen.Generator.Tests.ReaderFeatures.FeatureSpec;

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>
/// A list is paginated when its envelope has <c>result_info</c>; it is walked page by page when the operation takes a
/// numeric <c>page</c> query parameter, and read one page at a time otherwise (a cursor-paged list among them).
/// </summary>
public class PagingDetectionTests
{
    private static readonly string List = Envelope("{ type: array, items: " + ThingRef + " }", resultInfo: true);

    private const string Page = "{ name: page, in: query, schema: { type: integer } }";

    [Test]
    public void ResultInfoAndPageParameterWalkPages()
    {
        var result = ResultOf(Returning(List, Thing, Page, "{ name: per_page, in: query, schema: { type: number } }"));

        Assert.That((result.Kind, result.IsPaginated, result.PageParameter), Is.EqualTo((ResultKind.List, true, "page")));
    }

    [Test]
    public void Int64PageParameterWalksPages()
    {
        var result = ResultOf(Returning(List, Thing, "{ name: page, in: query, schema: { type: integer, format: int64 } }"));

        Assert.That((result.IsPaginated, result.PageParameter), Is.EqualTo((true, "page")));
    }

    /// <summary>Cloudflare types most <c>page</c> parameters <c>number</c>: they are page numbers all the same.</summary>
    [Test]
    public void NumberPageParameterWalksPages()
    {
        var result = ResultOf(Returning(List, Thing, "{ name: page, in: query, schema: { type: number, minimum: 1 } }"));

        Assert.That((result.IsPaginated, result.PageParameter), Is.EqualTo((true, "page")));
    }

    [Test]
    public void ResultInfoWithoutPageParameterIsOnePage()
    {
        var result = ResultOf(Returning(List, Thing));

        Assert.That((result.IsPaginated, result.PageParameter), Is.EqualTo((true, (string?)null)));
    }

    /// <summary>A <c>page</c> the client would send as text (a string) cannot be counted up: no walk.</summary>
    [Test]
    public void StringPageParameterIsNotWalked()
    {
        var result = ResultOf(Returning(List, Thing, "{ name: page, in: query, schema: { type: string } }"));

        Assert.That((result.IsPaginated, result.PageParameter), Is.EqualTo((true, (string?)null)));
    }

    /// <summary>A header called <c>page</c> is not the page parameter.</summary>
    [Test]
    public void PageHeaderIsNotWalked()
    {
        var result = ResultOf(Returning(List, Thing, "{ name: page, in: header, schema: { type: integer } }"));

        Assert.That(result.PageParameter, Is.Null);
    }

    /// <summary>
    /// Cloudflare's cursor-paged lists (<c>cursor</c> in the query, <c>result_info.cursor</c> in the answer) are paginated
    /// but have no page number: the runtime cannot follow a cursor yet, so each call reads one page.
    /// </summary>
    [Test]
    public void CursorPagedListIsReadOnePageAtATime()
    {
        var cursorList = "{ type: object, properties: { success: { type: boolean }, errors: { type: array, items: {} }, result: { type: array, items: " + ThingRef + " }, result_info: { type: object, properties: { cursor: { type: string }, per_page: { type: number } } } } }";

        var result = ResultOf(Returning(cursorList, Thing, "{ name: cursor, in: query, schema: { type: string } }", "{ name: per_page, in: query, schema: { type: number } }"));

        Assert.That((result.Kind, result.IsPaginated, result.PageParameter), Is.EqualTo((ResultKind.List, true, (string?)null)));
    }

    [Test]
    public void ListWithoutResultInfoIsNotPaginated()
    {
        var result = ResultOf(Returning(Envelope("{ type: array, items: " + ThingRef + " }"), Thing, Page));

        Assert.That((result.Kind, result.IsPaginated, result.PageParameter), Is.EqualTo((ResultKind.List, false, (string?)null)));
    }

    /// <summary>Paging belongs to lists: one value with <c>result_info</c> and a <c>page</c> parameter is one value.</summary>
    [Test]
    public void SingleResultIsNeverPaginated()
    {
        var result = ResultOf(Returning(Envelope(ThingRef, resultInfo: true), Thing, Page));

        Assert.That((result.Kind, result.IsPaginated, result.PageParameter), Is.EqualTo((ResultKind.Single, false, (string?)null)));
    }
}

using NUnit.Framework;
using SharesGen.Generator.Emitting;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;
using SharesGen.Generator.Tests.Infrastructure;
using static SharesGen.Generator.Tests.Emitters.ModelBuilder;

namespace SharesGen.Generator.Tests.Emitters;

/// <summary>
/// <see cref="OperationEmitter"/> alone, from models built by hand: the method an operation becomes, by what its
/// result is. The emitter reads the reader's verdicts (enveloped, paginated, the page parameter) from the model.
/// </summary>
public class OperationEmitterTests
{
    private static readonly ParameterModel AccountId = PathParameter("account_id", "accountId");

    [Test]
    public void SingleResultIsAnApiCall()
        => VerifyMethod(Operation("things-get", "GET", "/accounts/{account_id}/things/{thing_id}", "Get",
            new ResultModel(ResultKind.Single, TypeRef.Object("Thing"), 200, IsPaginated: false, Description: "The thing."),
            parameters: new[] { AccountId, PathParameter("thing_id", "thingId") }));

    [Test]
    public void BodyAndNoResult()
        => VerifyMethod(Operation("things-update", "PUT", "/accounts/{account_id}/things", "Update",
            new ResultModel(ResultKind.None, null, 204, IsPaginated: false, Description: null),
            new RequestBodyModel(TypeRef.Object("Thing"), IsRequired: true, "The new thing.", BodyKind.Json, "application/json"),
            AccountId));

    /// <summary>The page parameter the reader found is the one the pageable walks: <c>SendForPages(..., "page", ...)</c>.</summary>
    [Test]
    public void PaginatedListWalksThePageParameter()
        => VerifyMethod(Operation("things-list", "GET", "/accounts/{account_id}/things", "List",
            new ResultModel(ResultKind.List, TypeRef.Object("Thing"), 200, IsPaginated: true, Description: null) { PageParameter = "page" },
            parameters: AccountId));

    /// <summary>Without a page parameter the first page is the whole answer: <c>SendForPages(..., null, ...)</c>.</summary>
    [Test]
    public void PaginatedListWithoutPageParameterReadsOnePage()
        => VerifyMethod(Operation("things-list", "GET", "/accounts/{account_id}/things", "List",
            new ResultModel(ResultKind.List, TypeRef.Object("Thing"), 200, IsPaginated: true, Description: null),
            parameters: AccountId));

    [Test]
    public void BareBodyIsReadAsIs()
        => VerifyMethod(Operation("things-export", "GET", "/accounts/{account_id}/things/export", "Export",
            new ResultModel(ResultKind.Bare, TypeRef.ArrayOf(TypeRef.String), 200, IsPaginated: false, Description: null),
            parameters: AccountId));

    private static void VerifyMethod(OperationModel operation)
    {
        var writer = new SourceWriter();
        OperationEmitter.Emit(writer, new ClientNames(EquatableArray<string>.Empty), operation, "s_security");
        Snapshot.VerifySources((Namespace + ".ThingsOperations." + operation.MethodName + ".g.cs", writer.ToString()));
    }
}

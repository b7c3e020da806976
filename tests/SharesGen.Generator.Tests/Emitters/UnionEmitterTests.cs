using NUnit.Framework;
using SharesGen.Generator.Emitting;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;
using SharesGen.Generator.Tests.Infrastructure;
using static SharesGen.Generator.Tests.Emitters.ModelBuilder;

namespace SharesGen.Generator.Tests.Emitters;

/// <summary><see cref="UnionEmitter"/> alone, from models built by hand: a value that is one of several JSON shapes.</summary>
public class UnionEmitterTests
{
    [Test]
    public void StringOrObjectUnionTellsBranchesByJsonKind()
    {
        var union = new UnionModel(
            "Target",
            "An id, or the resource itself.",
            "oneOf",
            new[]
            {
                Branch("Id", TypeRef.String, JsonKind.String),
                Branch("Resource", TypeRef.Object("Resource"), JsonKind.Object, "id"),
            }.ToEquatableArray());

        var source = UnionEmitter.Emit(Namespace, union);

        EmittedCode.CompilesCleanly(source, ObjectEmitter.Emit(Namespace, Object("Resource", Property("id", "Id", TypeRef.String, required: true))));
        Snapshot.VerifySources((Namespace + ".Target.g.cs", source));
    }
}

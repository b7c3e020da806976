using NUnit.Framework;
using SharesGen.Generator.Emitting;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;
using SharesGen.Generator.Tests.Infrastructure;
using static SharesGen.Generator.Tests.Emitters.ModelBuilder;

namespace SharesGen.Generator.Tests.Emitters;

/// <summary><see cref="EnumEmitter"/> alone, from models built by hand: the extensible enum over its wire values.</summary>
public class EnumEmitterTests
{
    [Test]
    public void StringEnumHasAKnownValuePerMember()
    {
        var source = EnumEmitter.Emit(Namespace, StringEnum("ShareStatus", "active", "deleting", "custom-ruleset"));

        EmittedCode.CompilesCleanly(source);
        Snapshot.VerifySources((Namespace + ".ShareStatus.g.cs", source));
    }

    [Test]
    public void IntegerEnumWrapsALong()
    {
        var model = new EnumModel(
            "RedirectCode",
            "The status a redirect answers with.",
            new[] { new EnumMemberModel("301", "MovedPermanently"), new EnumMemberModel("302", "Found") }.ToEquatableArray(),
            EnumValueKind.Integer);

        var source = EnumEmitter.Emit(Namespace, model);

        EmittedCode.CompilesCleanly(source);
        Snapshot.VerifySources((Namespace + ".RedirectCode.g.cs", source));
    }
}

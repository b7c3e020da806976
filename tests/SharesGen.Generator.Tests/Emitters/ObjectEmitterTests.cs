using NUnit.Framework;
using SharesGen.Generator.Emitting;
using SharesGen.Generator.Model;
using SharesGen.Generator.Tests.Infrastructure;
using static SharesGen.Generator.Tests.Emitters.ModelBuilder;

namespace SharesGen.Generator.Tests.Emitters;

/// <summary><see cref="ObjectEmitter"/> alone, from models built by hand: what a DTO and its converter look like for each kind of member.</summary>
public class ObjectEmitterTests
{
    [Test]
    public void EveryKindOfMemberIsDeclaredAndConverted()
    {
        var share = Object(
            "Share",
            Property("id", "Id", TypeRef.String, required: true, description: "The share's id."),
            Property("count", "Count", TypeRef.Int64, nullable: true),
            Property("created", "Created", TypeRef.DateTimeOffset, required: true),
            Property("status", "Status", TypeRef.Enum("ShareStatus")),
            Property("recipients", "Recipients", TypeRef.ArrayOf(TypeRef.Object("Recipient"))),
            Property("labels", "Labels", TypeRef.MapOf(TypeRef.String)),
            Property("legacy", "Legacy", TypeRef.Boolean, obsolete: "Use status."));
        var source = ObjectEmitter.Emit(Namespace, share);

        EmittedCode.CompilesCleanly(source, ObjectEmitter.Emit(Namespace, Object("Recipient")), EnumEmitter.Emit(Namespace, StringEnum("ShareStatus", "active")));
        Snapshot.VerifySources((Namespace + ".Share.g.cs", source));
    }

    /// <summary>
    /// The converter reads into locals named after the members; a member named like one of the converter's own
    /// parameters or locals (<c>value</c>, <c>reader</c>, <c>options</c>, <c>writer</c>) must get another local, or
    /// the converter would not compile (CS0136) or would read into its own parameter.
    /// </summary>
    [TestCase("Value", "value")]
    [TestCase("Reader", "reader")]
    [TestCase("Options", "options")]
    [TestCase("Writer", "writer")]
    [TestCase("TypeToConvert", "typeToConvert")]
    // The DTO's own AdditionalProperties takes the Pascal name, so only a C# name that is already camel reaches this one.
    [TestCase("additionalProperties", "additionalProperties")]
    public void MemberNamedLikeAConverterLocalGetsItsOwn(string memberName, string camelName)
    {
        var model = Object("Thing", Property(camelName, memberName, TypeRef.String, required: true), Property("other", "Other", TypeRef.Int32));

        var source = ObjectEmitter.Emit(Namespace, model);

        EmittedCode.CompilesCleanly(source);
        Assert.That(source, Does.Contain($"string? {camelName}Member = default;"));
    }
}

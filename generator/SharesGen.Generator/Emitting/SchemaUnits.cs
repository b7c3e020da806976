using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>A union's file: the class over the JSON and its converter.</summary>
internal sealed record UnionUnit(string Namespace, UnionModel Model) : EmitUnit(Namespace)
{
    public override string TypeName => Model.Name;

    public override string Emit() => UnionEmitter.Emit(Namespace, Model);
}

/// <summary>A hierarchy's file: the abstract base, its unknown variant and the converter (the variants have files of their own).</summary>
internal sealed record HierarchyUnit(string Namespace, HierarchyModel Model) : EmitUnit(Namespace)
{
    public override string TypeName => Model.Name;

    public override string Emit() => HierarchyEmitter.Emit(Namespace, Model);
}

/// <summary>A form's file: the class of a <c>multipart/form-data</c> body's parts, which writes itself.</summary>
internal sealed record FormUnit(string Namespace, FormModel Model) : EmitUnit(Namespace)
{
    public override string TypeName => Model.Name;

    public override string Emit() => FormEmitter.Emit(Namespace, Model);
}

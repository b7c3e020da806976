using System.Linq;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// One generated file. Each unit is cached on its own, so a spec edit that touches one schema re-emits only
/// that schema's file.
/// </summary>
internal abstract record EmitUnit(string Namespace)
{
    /// <summary>The name of the type the file declares, without its namespace.</summary>
    public abstract string TypeName { get; }

    /// <summary><c>{Namespace}.{TypeName}.g.cs</c>: one file per type, so a file name says what is in it.</summary>
    public string HintName => Namespace + "." + TypeName + ".g.cs";

    /// <summary>Every type the file declares: the one it is named after, and any that belong with it.</summary>
    public virtual System.Collections.Generic.IEnumerable<string> TypeNames => new[] { TypeName };

    public abstract string Emit();
}

internal sealed record ObjectUnit(string Namespace, ObjectModel Model) : EmitUnit(Namespace)
{
    public override string TypeName => Model.Name;

    public override string Emit() => ObjectEmitter.Emit(Namespace, Model);
}

internal sealed record EnumUnit(string Namespace, EnumModel Model) : EmitUnit(Namespace)
{
    public override string TypeName => Model.Name;

    public override string Emit() => EnumEmitter.Emit(Namespace, Model);
}

internal sealed record ClientUnit(ClientModel Model) : EmitUnit(Model.Namespace)
{
    public override string TypeName => Model.ClientName;

    public override string Emit() => ClientEmitter.Emit(Model);
}

/// <summary>A sub-client, with the options classes of its operations: the file of <c>SharesRecipientsOperations</c>.</summary>
internal sealed record SubClientUnit(SubClientModel Model) : EmitUnit(Model.Namespace)
{
    public override string TypeName => Model.ClassName;

    public override System.Collections.Generic.IEnumerable<string> TypeNames
        => new[] { Model.ClassName }.Concat(Model.Operations.Where(o => o.OptionsTypeName is not null).Select(o => o.OptionsTypeName!));

    public override string Emit() => SubClientEmitter.Emit(Model);
}

internal sealed record JsonResolverUnit(JsonResolverModel Model) : EmitUnit(Model.Namespace)
{
    public override string TypeName => GeneratedTypeNames.JsonContext(Model.ClientName);

    public override string Emit() => JsonResolverEmitter.Emit(Model);
}

internal sealed record ContractUnit(ContractModel Model) : EmitUnit(Model.Namespace)
{
    public override string TypeName => GeneratedTypeNames.Contract(Model.ClientName);

    public override string Emit() => ContractEmitter.EmitContract(Model);
}

internal sealed record ExamplesUnit(ContractModel Model) : EmitUnit(Model.Namespace)
{
    public override string TypeName => GeneratedTypeNames.Examples(Model.ClientName);

    public override string Emit() => ContractEmitter.EmitExamples(Model);
}

namespace SharesGen.Generator.Model;

/// <summary>What a schema becomes in C#.</summary>
internal enum TypeKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    DateTimeOffset,

    /// <summary>Free-form JSON, kept losslessly as a <c>JsonElement</c>.</summary>
    Json,

    /// <summary>
    /// A generated class with a converter of its own, <see cref="TypeRef.Name"/> its C# name: a DTO, a union
    /// (<see cref="UnionModel"/>) or the abstract base of a hierarchy (<see cref="HierarchyModel"/>). Code that uses a
    /// value needs no more than that, so the three share a kind.
    /// </summary>
    Object,

    /// <summary>A generated extensible enum; <see cref="TypeRef.Name"/> holds its C# name.</summary>
    Enum,

    /// <summary>A list of <see cref="TypeRef.Element"/>.</summary>
    Array,

    /// <summary>A dictionary from member names to <see cref="TypeRef.Element"/> (<c>additionalProperties</c>).</summary>
    Map,
}

/// <summary>A reference to a C# type, independent of the namespace it will be emitted into.</summary>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Element = null)
{
    public static readonly TypeRef String = new(TypeKind.String);
    public static readonly TypeRef Int32 = new(TypeKind.Int32);
    public static readonly TypeRef Int64 = new(TypeKind.Int64);
    public static readonly TypeRef Double = new(TypeKind.Double);
    public static readonly TypeRef Boolean = new(TypeKind.Boolean);
    public static readonly TypeRef DateTimeOffset = new(TypeKind.DateTimeOffset);
    public static readonly TypeRef Json = new(TypeKind.Json);

    public static TypeRef Object(string name) => new(TypeKind.Object, name);

    public static TypeRef Enum(string name) => new(TypeKind.Enum, name);

    public static TypeRef ArrayOf(TypeRef element) => new(TypeKind.Array, Element: element);

    public static TypeRef MapOf(TypeRef value) => new(TypeKind.Map, Element: value);

    /// <summary>Value types need <c>?</c> to express absence; reference types use nullable annotations.</summary>
    public bool IsValueType => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean
        or TypeKind.DateTimeOffset or TypeKind.Json or TypeKind.Enum;
}

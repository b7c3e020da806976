using System.Collections.Generic;
using System.Text.Json;

namespace SharesGen.Testing.Contracts;

/// <summary>
/// One schema of the spec as data, with its <c>allOf</c> members already merged (generated at compile time, or read from a
/// spec by the kit's command). <see cref="Ref"/> points at a component by its spec name instead.
/// </summary>
public sealed class SchemaNode
{
    /// <summary>A schema that accepts anything.</summary>
    public static readonly SchemaNode Any = new();

    /// <summary>The component this node stands for, e.g. <c>resource-sharing_share_object</c>.</summary>
    public string? Ref { get; init; }

    /// <summary><c>object</c>, <c>array</c>, <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>; null for any.</summary>
    public string? Type { get; init; }

    /// <summary>The <c>format</c>, e.g. <c>date-time</c>.</summary>
    public string? Format { get; init; }

    /// <summary>The spec's <c>nullable: true</c>.</summary>
    public bool Nullable { get; init; }

    /// <summary>The allowed string values; empty when unrestricted.</summary>
    public IReadOnlyList<string> Enum { get; init; } = [];

    /// <summary>The enum lists <c>null</c>.</summary>
    public bool EnumAllowsNull { get; init; }

    /// <summary><c>minLength</c>.</summary>
    public int? MinLength { get; init; }

    /// <summary><c>maxLength</c>.</summary>
    public int? MaxLength { get; init; }

    /// <summary><c>minimum</c>.</summary>
    public double? Minimum { get; init; }

    /// <summary><c>maximum</c>.</summary>
    public double? Maximum { get; init; }

    /// <summary><c>minItems</c>.</summary>
    public int? MinItems { get; init; }

    /// <summary><c>maxItems</c>.</summary>
    public int? MaxItems { get; init; }

    /// <summary>The properties, in spec order.</summary>
    public IReadOnlyDictionary<string, SchemaNode> Properties { get; init; } = new Dictionary<string, SchemaNode>();

    /// <summary>The required property names.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>The schema of array items.</summary>
    public SchemaNode? Items { get; init; }

    /// <summary>Alternatives of an <c>anyOf</c>/<c>oneOf</c> no later <c>allOf</c> member narrowed away.</summary>
    public IReadOnlyList<SchemaNode> AnyOf { get; init; } = [];

    /// <summary>The spec's <c>deprecated: true</c>.</summary>
    public bool Deprecated { get; init; }

    /// <summary>The schema's own <c>example</c>; the kit's server prefers it when it makes up a value.</summary>
    public JsonElement? Example { get; init; }

    /// <summary>The schema's <c>default</c>, e.g. a query parameter's page size.</summary>
    public JsonElement? Default { get; init; }
}

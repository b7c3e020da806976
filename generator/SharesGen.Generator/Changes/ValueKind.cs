namespace SharesGen.Generator.Changes;

/// <summary>What a type/format change does to the values a side may send.</summary>
internal enum TypeEffect
{
    /// <summary>The same values are valid.</summary>
    None,

    /// <summary>Every value valid before is valid now, and more.</summary>
    Widened,

    /// <summary>Some values valid before are not any more, none are added.</summary>
    Narrowed,

    /// <summary>Values valid before are not valid now.</summary>
    Incompatible,
}

/// <summary>
/// A schema's JSON type and format, as far as they decide which values are valid and how a generated client reads
/// them: <c>integer</c> without a format is read as <c>int</c>, <c>date-time</c> strings as <c>DateTimeOffset</c>,
/// and a schema of no type (or an <c>anyOf</c> nothing narrowed) as raw JSON that takes anything.
/// </summary>
internal sealed record ValueKind(string? Type, string? Format)
{
    public static ValueKind Of(SchemaShape shape)
    {
        if (shape.IsComposite)
        {
            return new ValueKind(null, null);
        }

        var type = shape.Type
            ?? (!shape.Properties.IsEmpty ? "object" : shape.Items is not null ? "array" : null);
        return new ValueKind(type, type is "string" or "integer" or "number" ? shape.Format : null);
    }

    public bool IsAny => Type is null;

    /// <summary>Objects, arrays and scalars never convert into one another; deeper comparison stops there.</summary>
    public bool IsStructurallyLike(ValueKind other)
        => IsAny || other.IsAny || Family == other.Family;

    private string? Family => Type is "integer" or "number" ? "number" : Type;

    /// <summary>What the change means for requests: may a caller keep sending what it sends today?</summary>
    public TypeEffect InRequestsBecomes(ValueKind now)
    {
        if (this == now)
        {
            return TypeEffect.None;
        }

        if (now.IsAny)
        {
            return TypeEffect.Widened;
        }

        if (IsAny)
        {
            return TypeEffect.Narrowed;
        }

        if (Type == "integer" && now.Type == "number")
        {
            return TypeEffect.Widened;
        }

        if (Type == "number" && now.Type == "integer")
        {
            return TypeEffect.Narrowed;
        }

        if (Type != now.Type)
        {
            return TypeEffect.Incompatible;
        }

        if (Type == "integer" && IntegerRange(Format) is { } before && IntegerRange(now.Format) is { } after)
        {
            return after > before ? TypeEffect.Widened : after < before ? TypeEffect.Narrowed : TypeEffect.None;
        }

        // Any other format: adding one narrows, dropping one widens, swapping one for another breaks.
        return Format is null ? TypeEffect.Narrowed : now.Format is null ? TypeEffect.Widened : TypeEffect.Incompatible;
    }

    /// <summary>What the change means for responses: can a client generated from this kind read every value of <paramref name="now"/>?</summary>
    public bool CanRead(ValueKind now)
    {
        if (IsAny)
        {
            return true;
        }

        return Type switch
        {
            "string" when Format == "date-time" => now.Type == "string" && now.Format == "date-time",
            "string" => now.Type == "string",
            "integer" when Format == "int64" => now.Type == "integer" && IntegerRange(now.Format) is not null,
            "integer" => now.Type == "integer" && IntegerRange(now.Format) == 0,
            "number" => now.Type is "integer" or "number",
            _ => now.Type == Type,
        };
    }

    /// <summary><c>integer</c>, <c>integer (int64)</c>, <c>string (date-time)</c>, <c>any</c>.</summary>
    public override string ToString() => Type is null ? "any" : Format is null ? Type : Type + " (" + Format + ")";

    /// <summary>int32, or no format, which generated code reads as <c>int</c>, below int64; null for a format it does not know.</summary>
    private static int? IntegerRange(string? format) => format switch
    {
        null or "int32" => 0,
        "int64" => 1,
        _ => null,
    };
}

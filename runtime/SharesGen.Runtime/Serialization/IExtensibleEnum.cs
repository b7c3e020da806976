namespace SharesGen.Runtime.Serialization;

/// <summary>An extensible enum: a value type over its wire string (implemented by generated enums).</summary>
public interface IExtensibleEnum
{
    /// <summary>The value exactly as it appears on the wire.</summary>
    string Value { get; }

    /// <summary>True when the spec the client was generated from names this value.</summary>
    bool IsKnown { get; }
}

namespace SharesGen.Runtime;

/// <summary>How a path parameter is written, as the spec's <c>style</c> says (OpenAPI 3.0.3, "Style Values").</summary>
public enum PathStyle
{
    /// <summary><c>style: simple</c>, the default: the value itself, <c>/items/5</c>.</summary>
    Simple = 0,

    /// <summary><c>style: label</c>: the value after a dot, <c>/items/.5</c>.</summary>
    Label,

    /// <summary><c>style: matrix</c>: the parameter's name and value after a semicolon, <c>/items/;id=5</c>.</summary>
    Matrix,
}

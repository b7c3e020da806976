namespace SharesGen.Runtime;

/// <summary>How an array query parameter is written, as the spec's <c>style</c> says, when it is not exploded.</summary>
/// <remarks>
/// Exploded (<c>explode: true</c>, the default of <c>form</c>), every style repeats the key: <c>id=1&amp;id=2</c>.
/// Otherwise the values share one key, each percent-encoded, joined by the style's delimiter. Only form's comma can be
/// sent unencoded, so only there does a value that contains the delimiter stay one value; a query cannot carry a literal
/// space or pipe, and <c>a%20b</c> or <c>a%7Cb</c> is one value or two depending on how the server reads it.
/// </remarks>
public enum QueryArrayStyle
{
    /// <summary><c>style: form</c>: <c>id=1,2</c>.</summary>
    Form = 0,

    /// <summary><c>style: spaceDelimited</c>: <c>id=1%202</c>.</summary>
    SpaceDelimited,

    /// <summary><c>style: pipeDelimited</c>: <c>id=1%7C2</c> (<c>1|2</c>, the pipe encoded).</summary>
    PipeDelimited,
}

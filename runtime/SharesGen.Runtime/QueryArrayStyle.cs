namespace SharesGen.Runtime;

/// <summary>How an array query parameter is written, as the spec's <c>style</c> says, when it is not exploded.</summary>
/// <remarks>
/// Exploded (<c>explode: true</c>, the default of <c>form</c>), every style repeats the key: <c>id=1&amp;id=2</c>.
/// Otherwise the values share one key, each percent-encoded, joined by the style's delimiter, which is not: a value
/// that contains the delimiter stays one value.
/// </remarks>
public enum QueryArrayStyle
{
    /// <summary><c>style: form</c>: <c>id=1,2</c>.</summary>
    Form = 0,

    /// <summary><c>style: spaceDelimited</c>: <c>id=1%202</c>.</summary>
    SpaceDelimited,

    /// <summary><c>style: pipeDelimited</c>: <c>id=1|2</c>.</summary>
    PipeDelimited,
}
